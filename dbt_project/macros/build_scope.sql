{#
    Incremental builds by country. A new or superseded document changes only the facts of
    its country, and every intermediate and mart model (but dim_tier) is partitioned by
    country, so a build rebuilds the rows of the countries whose documents changed.

    `tipwh transform` records them in the running build's row of staging.transform_runs
    (column `countries`; null: every country). Outside such a build (dbt run by hand, no
    build running) every country is rebuilt.
#}

{#- The countries this build rebuilds, or none for every country. -#}
{% macro build_countries() %}
    {% if not execute %}
        {{ return(none) }}
    {% endif %}
    {% set found = run_query(
        "select countries is not null, coalesce(array_to_string(countries, ','), '')"
        " from staging.transform_runs where status = 'running'"
        " order by transform_id desc limit 1"
    ) %}
    {% if found.rows | length == 0 or not found.rows[0][0] %}
        {{ return(none) }}
    {% endif %}
    {% set listed = found.rows[0][1] %}
    {{ return(listed.split(',') if listed else []) }}
{% endmacro %}

{#- A predicate: `column` is a country of this build (always true on a full build). -#}
{% macro in_build_scope(column='country_iso3') -%}
    {%- set countries = build_countries() if is_incremental() else none -%}
    {%- if countries is none -%}
        true
    {%- elif countries | length == 0 -%}
        false
    {%- else -%}
        {{ column }} in ({% for c in countries %}'{{ c }}'{% if not loop.last %}, {% endif %}{% endfor %})
    {%- endif -%}
{%- endmacro %}

{#- Strategy `by_country`: replace the rows of this build's countries (all rows on a build of
    every country) by the model's new rows; a country left without rows loses its old ones. -#}
{% macro get_incremental_by_country_sql(arg_dict) %}
    {%- set target = arg_dict['target_relation'] -%}
    {%- set columns = get_quoted_csv(arg_dict['dest_columns'] | map(attribute='name')) -%}
    delete from {{ target }} where {{ in_build_scope('country_iso3') }};
    insert into {{ target }} ({{ columns }})
    select {{ columns }} from {{ arg_dict['temp_relation'] }};
{% endmacro %}

{#- Planner statistics for the next node, after a full build (an incremental one changes a
    few countries' rows: the table's statistics still hold). -#}
{% macro analyze_after_full_build() -%}
    {%- if not is_incremental() or build_countries() is none -%}
        analyze {{ this }}
    {%- endif -%}
{%- endmacro %}

{#- Data tests of a model built by country look at this build's countries only (a full
    build tests every row); any `where` config still applies. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set countries = build_countries() -%}
    {%- set by_country = countries is not none and relation.schema in ('intermediate', 'marts')
        and graph.nodes.values() | selectattr('resource_type', 'equalto', 'model')
        | selectattr('schema', 'equalto', relation.schema)
        | selectattr('alias', 'equalto', relation.identifier)
        | selectattr('config.materialized', 'equalto', 'incremental') | list | length > 0 -%}
    {%- if by_country or where -%}
        {%- set filters = [] -%}
        {%- if by_country -%}
            {%- do filters.append(
                'false' if countries | length == 0
                else "country_iso3 in ('" ~ countries | join("', '") ~ "')"
            ) -%}
        {%- endif -%}
        {%- if where -%}
            {%- do filters.append('(' ~ where ~ ')') -%}
        {%- endif -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ filters | join(' and ') ~ ') dbt_subquery') -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
