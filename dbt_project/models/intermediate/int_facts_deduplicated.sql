-- One statement per report, metric and reference year. A report can arrive as several
-- documents (a full narrative and an excerpt of it) and can repeat a figure; the
-- statement of the preferred document (more facts, then latest loaded) wins, earliest
-- in the text first.

with

statements as (

    select * from {{ ref('int_facts_joined') }}
    where {{ in_build_scope() }}

),

report_counts as (

    select
        country_iso3,
        report_year,
        metric,
        year,
        count(*) as n_statements,
        count(distinct document_id) as n_documents,
        count(distinct value) as n_values

    from statements
    group by country_iso3, report_year, metric, year

),

chosen as (

    select * from statements
    where report_statement_rank = 1

),

final as (

    select
        chosen.country_iso3,
        chosen.report_year,
        chosen.metric,
        chosen.year,
        chosen.value,
        chosen.unit,
        chosen.qualifier,
        report_counts.n_statements,
        report_counts.n_documents,
        report_counts.n_values > 1 as has_report_internal_disagreement,
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
            and chosen.metric = report_counts.metric
            and chosen.year = report_counts.year

)

select * from final
