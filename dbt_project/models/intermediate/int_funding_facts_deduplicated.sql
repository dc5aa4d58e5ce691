-- One funding statement per report, reference year, purpose and currency; the statement
-- of the preferred document wins (see int_funding_facts_joined for the order).

with

statements as (

    select * from {{ ref('int_funding_facts_joined') }}
    where {{ in_build_scope() }}

),

report_counts as (

    select
        country_iso3,
        report_year,
        year,
        purpose,
        currency,
        count(*) as n_statements,
        count(distinct document_id) as n_documents,
        count(distinct amount_local) as n_local_amounts

    from statements
    group by country_iso3, report_year, year, purpose, currency

),

chosen as (

    select * from statements
    where report_statement_rank = 1

),

final as (

    select
        chosen.country_iso3,
        chosen.report_year,
        chosen.year,
        chosen.purpose,
        chosen.currency,
        chosen.amount_local,
        chosen.amount_usd_reported,
        chosen.qualifier,
        report_counts.n_statements,
        report_counts.n_documents,
        report_counts.n_local_amounts > 1 as has_report_internal_disagreement,
        chosen.document_id,
        chosen.source_path,
        chosen.sentence_no,
        chosen.sentence,
        chosen.start_char,
        chosen.end_char,
        chosen.span_text,
        chosen.rule

    from chosen
    inner join report_counts
        on
            chosen.country_iso3 = report_counts.country_iso3
            and chosen.report_year = report_counts.report_year
            and chosen.year = report_counts.year
            and chosen.purpose = report_counts.purpose
            and chosen.currency = report_counts.currency

)

select * from final
