{#
    Grain test: no two rows share the same values in `columns`.
    Usage (model level):
        data_tests:
          - unique_combination:
              arguments:
                columns: [country_iso3, year, metric]
#}
{% test unique_combination(model, columns) %}

select
    {{ columns | join(', ') }},
    count(*) as n_rows
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1

{% endtest %}
