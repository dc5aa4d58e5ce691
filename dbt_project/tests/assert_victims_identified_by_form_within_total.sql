-- Sex and forced-labor victims are parts of the victims identified: their sum should not
-- exceed the total (a report can count a victim under both forms, hence warn).
{{ config(severity='warn') }}

select
    country_iso3,
    year,
    victims_identified,
    victims_identified_sex,
    victims_identified_labor
from {{ ref('country_year') }}
where
    victims_identified is not null
    and coalesce(victims_identified_sex, 0) + coalesce(victims_identified_labor, 0)
    > victims_identified
