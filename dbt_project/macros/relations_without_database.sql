{#
    `ref` and `source` render schema.table, without the database: the server resolves them
    in the database it is connected to. So the SQL dbt compiles is the same whatever the
    database is called (a copy, a restore under another name), which the stored build plan
    of tipwh (etl/transform/plan.py) relies on. The project refers to its own models by name
    only (no packages, no versions).
#}

{% macro ref(model_name) %}
    {%- do return(builtins.ref(model_name).include(database=false)) -%}
{% endmacro %}

{% macro source(source_name, table_name) %}
    {%- do return(builtins.source(source_name, table_name).include(database=false)) -%}
{% endmacro %}
