{{ chosen_facts([
    'investigations',
    'prosecutions',
    'prosecutions_sex',
    'prosecutions_labor',
    'convictions',
    'convictions_sex',
    'convictions_labor',
]) }}
