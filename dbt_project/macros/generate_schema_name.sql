{#
    Schemas are exact names: `stg`, `intermediate`, `marts`, `reference`.
    dbt's default would prefix them with the target schema (`marts_stg`).
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
