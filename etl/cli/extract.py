"""`tipwh extract`: print the facts of report files, touching no database."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from etl.cli.ingest import CountryOpt, PathsArg, YearOpt
from etl.cli.output import err, print_table
from etl.model import Document
from etl.read import ReadError, discover_files

out = Console()


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


def extract(
    paths: PathsArg,
    output_format: Annotated[
        Format,
        typer.Option("--format", help="jsonl: one JSON object per line; table: for a person."),
    ] = Format.table,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Show each fact's sentence with the figure marked, and its rule."
        ),
    ] = False,
    country: CountryOpt = None,
    report_year: YearOpt = None,
) -> None:
    """Extract facts from report files and print them (no database is used).

    JSON lines: a `"kind": "document"` line per file (country, report year, tier), then one
    line per fact with its reference year, value, character span and sentence.
    """
    from etl.read import read_documents  # on use: the other commands do not read texts

    failed = 0
    for path in discover_files(paths):
        try:
            for document in read_documents(path, country=country, report_year=report_year):
                _print_document(document, output_format, explain)
        except ReadError as exc:
            err.print(f"[red]failed:[/red] {escape(str(exc))}")
            failed += 1
    if failed:
        raise typer.Exit(1)


def _print_document(document: Document, output_format: Format, explain: bool) -> None:
    for warning in document.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(document.path)}: {escape(warning)}")
    # imported here: every other command starts without paying for the extractor's rules
    from etl.extract import extract as extract_facts
    from etl.extract.jsonl import dumps, extraction_records

    records = extraction_records(extract_facts(document))
    if output_format is Format.jsonl:
        for record in records:
            typer.echo(dumps(record))
    else:
        _print_for_a_person(records, explain, document)


def _print_for_a_person(records: list[dict[str, Any]], explain: bool, document: Document) -> None:
    head, facts = records[0], records[1:]
    out.print(
        f"[bold]{escape(str(head['document']))}[/bold]: country {head.get('country_iso3') or '?'},"
        f" report {head.get('report_year') or '?'}, {head.get('tier') or 'tier not stated'},"
        f" {len(facts)} facts"
    )
    if explain:
        from etl.extract.rules.catalogue import rules

        for fact in facts:
            out.print(f"- {_describe(fact)}  [dim]rule {escape(str(fact.get('rule')))}[/dim]")
            out.print(f"  {_marked(fact, document)}")
            rule = rules().get(str(fact.get("rule")))
            if rule is not None:
                out.print(f"  [dim]{escape(rule.shape)}[/dim]")
        return
    print_table(
        ["metric", "year", "value", "qualifier", "span", "sentence"],
        [
            (
                f["metric"] + (f"/{f['purpose']}" if f.get("purpose") else ""),
                f["year"],
                _value(f),
                f.get("qualifier"),
                f"{f.get('start')}-{f.get('end')}",
                f.get("sentence"),
            )
            for f in facts
        ],
    )


def _value(fact: dict[str, Any]) -> str:
    if "direction" in fact:
        return str(fact["direction"])
    if fact["metric"] == "funding":
        local = f"{fact['amount_local']:,} {fact['currency']}" if fact.get("amount_local") else ""
        usd = f"(${fact['amount_usd']:,})" if fact.get("amount_usd") is not None else ""
        return f"{local} {usd}".strip()
    return f"{fact['value']:,}"


def _describe(fact: dict[str, Any]) -> str:
    purpose = f" ({fact['purpose']})" if fact.get("purpose") else ""
    return escape(f"{fact['metric']}{purpose} {fact['year']} = {_value(fact)}")


def _marked(fact: dict[str, Any], document: Document) -> str:
    """The sentence around the fact with its figure in reverse video."""
    start, end = fact["start"], fact["end"]
    sentence = next((x for x in document.sentences if x.start <= start < x.end), None)
    lo, hi = (sentence.start, sentence.end) if sentence else (start, end)
    text = document.text
    marked = "[bold reverse]" + escape(text[start:end]) + "[/]"
    return escape(text[lo:start]) + marked + escape(text[end:hi])
