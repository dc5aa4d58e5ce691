-- The rate a report used (day of writing) should be within a factor of two of the year's
-- average rate; farther off usually means a misread amount (millions vs thousands) or a
-- wrong currency or year.
{{ config(severity='warn') }}

select
    country_iso3,
    year,
    purpose,
    currency,
    amount_local,
    amount_usd_reported,
    implied_rate_reported,
    lcu_per_usd_average
from {{ ref('fct_funding') }}
where
    implied_rate_reported is not null
    and lcu_per_usd_average is not null
    and (
        implied_rate_reported > 2 * lcu_per_usd_average
        or implied_rate_reported < 0.5 * lcu_per_usd_average
    )
