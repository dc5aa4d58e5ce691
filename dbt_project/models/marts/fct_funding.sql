-- The chosen allocation per country, reference year, purpose and currency, with the
-- report's printed dollars (converted at the rate of the day of writing) kept apart from
-- our own conversion at the reference year's average rate (World Bank, seed).

with

reconciled as (

    select * from {{ ref('int_funding_facts_reconciled') }}
    where is_chosen and {{ in_build_scope() }}

),

exchange_rates as (

    select * from {{ ref('exchange_rates_usd') }}

),

rated as (

    select
        reconciled.*,
        case
            when reconciled.currency = 'USD' then 1::numeric
            else exchange_rates.lcu_per_usd::numeric
        end as lcu_per_usd_average

    from reconciled
    left join exchange_rates
        on
            reconciled.year = exchange_rates.year
            and reconciled.currency = exchange_rates.currency

),

final as (

    select
        country_iso3,
        year,
        purpose,
        currency,
        amount_local,
        qualifier,
        amount_usd_reported,
        round(amount_local / nullif(amount_usd_reported, 0), 4) as implied_rate_reported,
        lcu_per_usd_average,
        round(
            case
                when currency = 'USD' then coalesce(amount_local, amount_usd_reported)
                else amount_local / nullif(lcu_per_usd_average, 0)
            end,
            2
        ) as amount_usd_at_average_rate,
        report_year,
        choice_rule,
        n_reports,
        has_disagreement,
        n_disagreeing_reports,
        document_id,
        source_path,
        sentence_no,
        sentence,
        start_char,
        end_char,
        span_text,
        rule

    from rated

)

select * from final
