{#
    Consistency rule: where both are known, `column_name` <= `ceiling` (a column or expression
    of the same row), e.g. victims_identified_sex <= victims_identified.
#}
{% test not_greater_than(model, column_name, ceiling) %}

select *
from {{ model }}
where
    {{ column_name }} is not null
    and ({{ ceiling }}) is not null
    and {{ column_name }} > ({{ ceiling }})

{% endtest %}
