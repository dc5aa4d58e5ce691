-- Every report's statement of a (country, reference year, metric), with the one that
-- counts marked: the covering report (report_year = year + 1), else the nearest later
-- report, else the latest (macros/report_preference.sql). Statements whose value differs
-- from the chosen one are flagged.

with

deduplicated as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_build_scope() }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by country_iso3, year, metric
            order by {{ report_preference_order() }}
        ) as report_rank

    from deduplicated

),

chosen as (

    select
        country_iso3,
        year,
        metric,
        report_year as chosen_report_year,
        value as chosen_value,
        {{ report_choice_rule() }} as choice_rule

    from ranked
    where report_rank = 1

),

compared as (

    select
        ranked.*,
        chosen.chosen_report_year,
        chosen.chosen_value,
        chosen.choice_rule,
        ranked.report_rank = 1 as is_chosen,
        ranked.value <> chosen.chosen_value as disagrees_with_chosen

    from ranked
    inner join chosen
        on
            ranked.country_iso3 = chosen.country_iso3
            and ranked.year = chosen.year
            and ranked.metric = chosen.metric

),

final as (

    select
        country_iso3,
        year,
        metric,
        report_year,
        value,
        unit,
        qualifier,
        is_chosen,
        disagrees_with_chosen,
        report_rank,
        chosen_report_year,
        chosen_value,
        choice_rule,
        count(*) over group_window as n_reports,
        bool_or(disagrees_with_chosen) over group_window as has_disagreement,
        count(*) filter (where disagrees_with_chosen) over group_window
            as n_disagreeing_reports,
        n_statements,
        n_documents,
        has_report_internal_disagreement,
        document_id,
        source_path,
        sentence_no,
        sentence,
        start_char,
        end_char,
        span_text,
        rule

    from compared
    window group_window as (partition by country_iso3, year, metric)

)

select * from final
