{#
    Every value of `column_name` is a metric of the catalogue (seed `metrics`), and of
    `family` when one is named: the metric lists of the marts come from the seed.
#}
{% test in_metric_catalogue(model, column_name, family=none) %}

select checked.{{ column_name }}
from (select * from {{ model }}) as checked  -- `model` may be a subquery (a `where`)
left join {{ ref('metrics') }} as catalogue
    on
        checked.{{ column_name }} = catalogue.metric
        {% if family %}and catalogue.family = '{{ family }}'{% endif %}
where
    checked.{{ column_name }} is not null
    and catalogue.metric is null

{% endtest %}
