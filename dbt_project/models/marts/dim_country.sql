-- One row per country with at least one current report document.

with

reports as (

    select * from {{ ref('dim_report') }}

),

final as (

    select
        country_iso3,
        coalesce(
            (array_agg(country_name order by report_year desc)
                filter (where country_name is not null))[1],
            country_iso3
        ) as country_name,
        count(*) as n_reports,
        min(report_year) as first_report_year,
        max(report_year) as last_report_year,
        (array_agg(tier order by report_year desc) filter (where tier is not null))[1]
            as latest_tier

    from reports
    group by country_iso3

)

select * from final
