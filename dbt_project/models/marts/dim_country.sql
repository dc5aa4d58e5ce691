-- One row per country with at least one report in the warehouse.

with

reports as (

    select * from {{ ref('dim_report') }}
    where {{ in_build_scope() }}

),

latest_names as (

    select distinct on (country_iso3)
        country_iso3,
        country_name
    from reports
    where country_name is not null
    order by country_iso3 asc, report_year desc

),

latest_tiers as (

    select distinct on (country_iso3)
        country_iso3,
        tier
    from reports
    where tier is not null
    order by country_iso3 asc, report_year desc

),

countries as (

    select
        country_iso3,
        count(*) as n_reports,
        min(report_year) as first_report_year,
        max(report_year) as last_report_year
    from reports
    group by country_iso3

),

final as (

    select
        countries.country_iso3,
        coalesce(latest_names.country_name, countries.country_iso3) as country_name,
        countries.n_reports,
        countries.first_report_year,
        countries.last_report_year,
        latest_tiers.tier as latest_tier

    from countries
    left join latest_names on countries.country_iso3 = latest_names.country_iso3
    left join latest_tiers on countries.country_iso3 = latest_tiers.country_iso3

)

select * from final
