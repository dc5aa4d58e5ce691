{#
    Every row rule of one model in one test (one query, one dbt node), instead of one node
    per rule: each offending row (each duplicated key, for `unique`) is returned with the
    rule it breaks (`failed_check`) and its value (`offending_value`).

        unique:              [[col, ...], ...]  no two rows share these values
        not_null:            [col, ...]
        relationships:       [{column, to: <model>, field}, ...]  non-null values exist in <model>
        accepted_values:     [{column, values, quote: true}, ...]  non-null values are listed
        in_metric_catalogue: [{column, family: null}, ...]  non-null values are metrics (seed)
        not_greater_than:    [{column, ceiling}, ...]  where both are known, column <= ceiling

    not_null, relationships and accepted_values are the rules of dbt's tests of those
    names; a model's rules of severity warn are a second row_checks test with that config.
#}
{% test row_checks(
    model,
    unique=[],
    not_null=[],
    relationships=[],
    accepted_values=[],
    in_metric_catalogue=[],
    not_greater_than=[]
) %}

-- `model` may be a subquery (a `where`, or the countries of an incremental build)
with tested as (select * from {{ model }})
select null::text as failed_check, null::text as offending_value
where false
{% for columns in unique %}
union all
select
    'unique ({{ columns | join(", ") }})',
    concat_ws(', ', {% for c in columns %}{{ c }}::text{{ ", " if not loop.last }}{% endfor %})
from tested
group by {{ columns | join(', ') }}
having count(*) > 1
{% endfor %}
{% for column in not_null %}
union all
select 'not_null {{ column }}', null
from tested
where {{ column }} is null
{% endfor %}
{% for rule in relationships %}
union all
select
    'relationships {{ rule.column }} -> {{ rule.to }}.{{ rule.field }}',
    child.{{ rule.column }}::text
from tested as child
left join {{ ref(rule.to) }} as parent on child.{{ rule.column }} = parent.{{ rule.field }}
where child.{{ rule.column }} is not null and parent.{{ rule.field }} is null
{% endfor %}
{% for rule in accepted_values %}
union all
select 'accepted_values {{ rule.column }}', {{ rule.column }}::text
from tested
where
    {{ rule.column }} not in (
        {%- for value in rule['values'] -%}
            {%- if rule.get('quote', true) %}'{{ value }}'{% else %}{{ value }}{% endif -%}
            {{- ", " if not loop.last -}}
        {%- endfor -%}
    )
{% endfor %}
{% for rule in in_metric_catalogue %}
union all
select 'in_metric_catalogue {{ rule.column }}', checked.{{ rule.column }}::text
from tested as checked
left join {{ ref('metrics') }} as catalogue
    on
        checked.{{ rule.column }} = catalogue.metric
        {% if rule.get('family') %}and catalogue.family = '{{ rule.family }}'{% endif %}
where checked.{{ rule.column }} is not null and catalogue.metric is null
{% endfor %}
{% for rule in not_greater_than %}
union all
select
    'not_greater_than {{ rule.column }} <= {{ rule.ceiling }}',
    {{ rule.column }}::text || ' > ' || ({{ rule.ceiling }})::text
from tested
where
    {{ rule.column }} is not null
    and ({{ rule.ceiling }}) is not null
    and {{ rule.column }} > ({{ rule.ceiling }})
{% endfor %}

{% endtest %}
