-- One direction per report, metric and reference year; the statement of the preferred
-- document wins, earliest in the text first.

with

statements as (

    select * from {{ ref('int_directions_joined') }}
    where {{ in_build_scope() }}

),

report_counts as (

    select
        country_iso3,
        report_year,
        metric,
        year,
        count(*) as n_statements,
        count(distinct direction) as n_directions

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
        chosen.direction,
        report_counts.n_statements,
        report_counts.n_directions > 1 as has_report_internal_disagreement,
        chosen.document_id,
        chosen.source_path,
        chosen.sentence_no,
        chosen.sentence,
        chosen.start_char,
        chosen.end_char,
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
