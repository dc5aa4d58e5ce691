"""The stored currency tables are those babel and pycountry give today, and reading them
keeps babel out of the extractor's import."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import babel.numbers

from etl.lexicon import currencies
from etl.lexicon.currency_tables import TABLE_PATH, as_json, build_tables


def test_the_stored_tables_are_those_built_from_babel_and_pycountry() -> None:
    """Fails after an upgrade of babel or pycountry until the file is written again
    (`uv run python -m etl.lexicon.currency_tables`)."""
    built = as_json(build_tables())
    assert TABLE_PATH.read_text(encoding="utf-8") == built
    assert "tenge" in currencies.NAMES
    assert currencies.NAMES["tenge"] == ("KZT",)


def test_territory_currencies_are_babels() -> None:
    territories = list(currencies._TERRITORY_CURRENCIES)
    assert len(territories) > 200
    for territory in territories:
        for span in ((None, None), (date(2000, 1, 1), date.today()), (date(2010, 6, 1), None)):
            expected = babel.numbers.get_territory_currencies(territory, *span)
            assert currencies.territory_currencies(territory, *span) == tuple(expected)
    redenominated = currencies.territory_currencies("SL", date(2022, 1, 1), date(2022, 12, 31))
    assert redenominated == ("SLL", "SLE")


def test_country_currencies_by_alpha_3_in_any_case() -> None:
    assert currencies.country_currencies("KAZ") == ("KZT",)
    assert currencies.country_currencies("kaz") == ("KZT",)
    assert currencies.country_currencies("XKX") == ("EUR",)
    assert currencies.country_currencies("ZZZ") == ()


def test_importing_the_extractor_does_not_import_babel() -> None:
    code = (
        "import sys, etl.extract;"
        " print('etl.lexicon.currencies' in sys.modules, 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
