"""Word lists both reading and extraction use: countries and demonyms (`countries`),
currency names, codes and symbols (`currencies`, read from `currencies.json`, which
`currency_tables` builds from babel and pycountry), institutions and single-country
currencies as clues to a report's country (`clues`).

The stages import downward only: `read` and `extract` import `lexicon` and `model`, never
each other (tests/test_layers.py checks it).
"""
