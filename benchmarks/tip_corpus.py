"""A TIP-scale corpus: the 2018 narratives as every report year's, as `<year>/<country>.txt`.

    uv run python benchmarks/tip_corpus.py OUT [--years 2001-2025] [--copies 2] [--limit N]

Each report year Y gets every narrative of ../shared/corpus/tip-2018 with every year in the
text shifted by Y - 2018 (so "in 2017" reads "in 2004" in the 2005 report), and some of its
figures perturbed by a seeded amount per year and country, so no two texts are the same
and the warehouse holds a different figure per year. `--copies 2` adds a second, differently
perturbed document of each report (`<country>-2.txt`): 93 countries x 25 years x 2 = 4,650
narratives, about 72 MB, the size of the whole report history.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "corpus" / "tip-2018"
SOURCE_YEAR = 2018
YEAR_TOKEN = re.compile(r"(?<![\d,.$])(19[5-9]\d|20[0-3]\d)(?![\d,])")
FIGURE_TOKEN = re.compile(r"(?<![\d,.$])(\d{1,3}(?:,\d{3})+|\d{2,4})(?![\d,.]|\s*percent)")
PERTURBED_SHARE = 0.3


def parse_years(text: str) -> list[int]:
    """`2001-2025` or `2016,2018` as a list of report years."""
    years: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        years += range(int(first), int(last or first) + 1)
    return years


def shift_years(text: str, shift: int) -> str:
    return YEAR_TOKEN.sub(lambda m: str(int(m.group(1)) + shift), text)


def perturb_figures(text: str, rng: random.Random) -> str:
    """Change about a third of the figures (never years, which are shifted apart) a little."""

    def change(match: re.Match[str]) -> str:
        raw = match.group(1)
        value = int(raw.replace(",", ""))
        if YEAR_TOKEN.fullmatch(raw) or rng.random() > PERTURBED_SHARE:
            return raw
        new = max(value + rng.randint(-max(1, value // 10), max(1, value // 10)), 10)
        return f"{new:,}" if "," in raw else str(new)

    return FIGURE_TOKEN.sub(change, text)


def narrative(text: str, report_year: int, copy: int, country: str) -> str:
    """One report year's version of a 2018 narrative (copy 1, 2, ... perturbed apart)."""
    rng = random.Random(f"{report_year}:{country}:{copy}")
    shifted = shift_years(text, report_year - SOURCE_YEAR)
    return perturb_figures(shifted, rng)


def generate(
    out: Path, years: list[int], *, copies: int = 1, limit: int | None = None
) -> list[Path]:
    """Write the corpus under `out`; return its files (at most `limit`, years interleaved)."""
    sources = sorted(SOURCE.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no narratives in {SOURCE}")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sources}
    plan = [
        (year, copy, country)
        for copy in range(1, copies + 1)
        for country in texts
        for year in years
    ]
    if limit is not None:
        plan = plan[:limit]
    written = []
    for year, copy, country in plan:
        name = country if copy == 1 else f"{country}-{copy}"
        path = out / str(year) / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(narrative(texts[country], year, copy, country), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=parse_years, default=parse_years("2001-2025"))
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="at most this many files")
    args = parser.parse_args()
    files = generate(args.out, args.years, copies=args.copies, limit=args.limit)
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"{len(files)} narratives, {size:.1f} MB under {args.out}")


if __name__ == "__main__":
    main()
