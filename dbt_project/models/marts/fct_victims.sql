{{ chosen_facts([
    'victims_identified',
    'victims_identified_sex',
    'victims_identified_labor',
    'victims_identified_foreign',
    'victims_assisted_ngo',
    'hotline_calls',
]) }}
