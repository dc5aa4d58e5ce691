-- The wide table for BI: one row per country and reference year that has any fact,
-- each chosen number once (from fct_victims, fct_law_enforcement and fct_funding).

with

counts as (

    select
        country_iso3,
        year,
        metric,
        value
    from {{ ref('fct_victims') }}
    where {{ in_build_scope() }}

    union all

    select
        country_iso3,
        year,
        metric,
        value
    from {{ ref('fct_law_enforcement') }}
    where {{ in_build_scope() }}

),

funding as (

    select * from {{ ref('fct_funding') }}
    where {{ in_build_scope() }}

),

reports as (

    select * from {{ ref('dim_report') }}
    where {{ in_build_scope() }}

),

countries as (

    select * from {{ ref('dim_country') }}
    where {{ in_build_scope() }}

),

country_years as (

    select
        country_iso3,
        year
    from counts

    union

    select
        country_iso3,
        year
    from funding

),

pivoted as (

    select
        country_iso3,
        year,
        max(value) filter (where metric = 'victims_identified') as victims_identified,
        max(value) filter (where metric = 'victims_identified_sex') as victims_identified_sex,
        max(value) filter (where metric = 'victims_identified_labor') as victims_identified_labor,
        max(value) filter (
            where metric = 'victims_identified_foreign'
        ) as victims_identified_foreign,
        max(value) filter (where metric = 'victims_assisted_ngo') as victims_assisted_ngo,
        max(value) filter (where metric = 'hotline_calls') as hotline_calls,
        max(value) filter (where metric = 'investigations') as investigations,
        max(value) filter (where metric = 'prosecutions') as prosecutions,
        max(value) filter (where metric = 'prosecutions_sex') as prosecutions_sex,
        max(value) filter (where metric = 'prosecutions_labor') as prosecutions_labor,
        max(value) filter (where metric = 'convictions') as convictions,
        max(value) filter (where metric = 'convictions_sex') as convictions_sex,
        max(value) filter (where metric = 'convictions_labor') as convictions_labor

    from counts
    group by country_iso3, year

),

victim_assistance_ranked as (

    select
        country_iso3,
        year,
        currency,
        amount_local,
        amount_usd_reported,
        amount_usd_at_average_rate,
        count(*) over (partition by country_iso3, year) as n_currencies,
        row_number() over (
            partition by country_iso3, year
            order by currency = 'USD', amount_local is null, currency
        ) as currency_rank

    from funding
    where purpose = 'victim_assistance'

),

victim_assistance as (

    select * from victim_assistance_ranked
    where currency_rank = 1

),

final as (

    select
        country_years.country_iso3,
        countries.country_name,
        country_years.year,
        reports.report_year,
        reports.tier,
        pivoted.victims_identified,
        pivoted.victims_identified_sex,
        pivoted.victims_identified_labor,
        pivoted.victims_identified_foreign,
        pivoted.victims_assisted_ngo,
        pivoted.hotline_calls,
        pivoted.investigations,
        pivoted.prosecutions,
        pivoted.prosecutions_sex,
        pivoted.prosecutions_labor,
        pivoted.convictions,
        pivoted.convictions_sex,
        pivoted.convictions_labor,
        victim_assistance.amount_local as funding_local,
        victim_assistance.currency as funding_currency,
        victim_assistance.amount_usd_reported as funding_usd_reported,
        victim_assistance.amount_usd_at_average_rate as funding_usd_at_average_rate,
        coalesce(victim_assistance.n_currencies, 0) as n_funding_currencies

    from country_years
    left join countries on country_years.country_iso3 = countries.country_iso3
    left join reports
        on
            country_years.country_iso3 = reports.country_iso3
            and country_years.year + 1 = reports.report_year
    left join pivoted
        on
            country_years.country_iso3 = pivoted.country_iso3
            and country_years.year = pivoted.year
    left join victim_assistance
        on
            country_years.country_iso3 = victim_assistance.country_iso3
            and country_years.year = victim_assistance.year

)

select * from final
