-- Changes a report states without a count, one per report, metric and reference year,
-- beside the count the warehouse holds for that year and the year before, where it has them.

with

directions as (

    select * from {{ ref('int_directions_deduplicated') }}
    where {{ in_build_scope() }}

),

reconciled as (

    select * from {{ ref('int_facts_reconciled') }}
    where is_chosen and {{ in_build_scope() }}

),

final as (

    select
        directions.country_iso3,
        directions.report_year,
        directions.year,
        directions.metric,
        directions.direction,
        this_year.value as value_this_year,
        previous_year.value as value_previous_year,
        directions.has_report_internal_disagreement,
        directions.document_id,
        directions.source_path,
        directions.sentence_no,
        directions.sentence,
        directions.start_char,
        directions.end_char,
        directions.rule

    from directions
    left join reconciled as this_year
        on
            directions.country_iso3 = this_year.country_iso3
            and directions.metric = this_year.metric
            and directions.year = this_year.year
    left join reconciled as previous_year
        on
            directions.country_iso3 = previous_year.country_iso3
            and directions.metric = previous_year.metric
            and directions.year - 1 = previous_year.year

)

select * from final
