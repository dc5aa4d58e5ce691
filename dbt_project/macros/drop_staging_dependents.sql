{#
    The `stg` views (and the `intermediate` views on them) depend on alembic's tables in
    schema `staging`, so `alembic downgrade` fails with DependentObjectsStillExist while
    they exist. Run this first:
        dbt run-operation drop_staging_dependents --profiles-dir .
    The next `dbt build` recreates them.
#}
{% macro drop_staging_dependents() %}
    {% set sql %}
        drop schema if exists intermediate cascade;
        drop schema if exists stg cascade;
    {% endset %}
    {% do run_query(sql) %}
    {{ log("dropped schemas intermediate and stg", info=true) }}
{% endmacro %}
