-- Prosecutions and convictions by form are parts of their totals (warn: a report may count
-- a case under both forms).
{{ config(severity='warn') }}

select
    country_iso3,
    year,
    prosecutions,
    prosecutions_sex,
    prosecutions_labor,
    convictions,
    convictions_sex,
    convictions_labor
from {{ ref('country_year') }}
where
    (
        prosecutions is not null
        and coalesce(prosecutions_sex, 0) + coalesce(prosecutions_labor, 0) > prosecutions
    )
    or (
        convictions is not null
        and coalesce(convictions_sex, 0) + coalesce(convictions_labor, 0) > convictions
    )
