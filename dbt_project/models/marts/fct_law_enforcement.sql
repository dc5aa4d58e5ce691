{{ chosen_facts('law_enforcement') }}
