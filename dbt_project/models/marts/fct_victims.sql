{{ chosen_facts('victims') }}
