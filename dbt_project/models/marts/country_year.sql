{%- set count_metrics = [
    'victims_identified',
    'victims_identified_sex',
    'victims_identified_labor',
    'victims_identified_foreign',
    'victims_assisted_ngo',
    'hotline_calls',
    'investigations',
    'prosecutions',
    'prosecutions_sex',
    'prosecutions_labor',
    'convictions',
    'convictions_sex',
    'convictions_labor',
] -%}

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

    union all

    select
        country_iso3,
        year,
        metric,
        value
    from {{ ref('fct_law_enforcement') }}

),

funding as (

    select * from {{ ref('fct_funding') }}

),

reports as (

    select * from {{ ref('dim_report') }}

),

countries as (

    select * from {{ ref('dim_country') }}

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
        {%- for metric in count_metrics %}
        max(value) filter (where metric = '{{ metric }}') as {{ metric }}
        {{- ',' if not loop.last }}
        {%- endfor %}

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
        {%- for metric in count_metrics %}
        pivoted.{{ metric }},
        {%- endfor %}
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
