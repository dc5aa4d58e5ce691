-- fct_funding's allocations in three kinds of dollars side by side: as printed in the
-- report, at the reference year's average exchange rate, and that amount in constant
-- dollars of one base year (var constant_dollar_base_year) by the CPI-U (seed cpi_u_annual).

with

funding as (

    select * from {{ ref('fct_funding') }}
    where {{ in_build_scope() }}

),

cpi as (

    select * from {{ ref('cpi_u_annual') }}

),

base as (

    select
        year as base_year,
        cpi_u as cpi_u_base_year
    from cpi
    where year = {{ var('constant_dollar_base_year') }}

),

final as (

    select
        funding.country_iso3,
        funding.year,
        funding.purpose,
        funding.currency,
        funding.amount_local,
        funding.qualifier,
        funding.amount_usd_reported,
        funding.amount_usd_at_average_rate,
        cpi.cpi_u,
        base.base_year as constant_dollar_year,
        base.cpi_u_base_year,
        round(
            funding.amount_usd_at_average_rate * base.cpi_u_base_year / nullif(cpi.cpi_u, 0), 2
        ) as amount_usd_constant,
        funding.report_year,
        funding.choice_rule,
        funding.has_disagreement,
        funding.document_id,
        funding.source_path,
        funding.sentence_no,
        funding.sentence

    from funding
    cross join base
    left join cpi on funding.year = cpi.year

)

select * from final
