{#
    Incremental builds by country. A new or superseded document changes only the facts of
    its country, and every intermediate and mart model (but dim_tier) is partitioned by
    country, so a build rebuilds the rows of the countries whose documents changed.

    `tipwh transform` names them in the environment of the dbt it runs in-process:
    TIPWH_BUILD_COUNTRIES (ISO3 codes, comma-separated) and TIPWH_BUILD_DOCUMENTS (the ids
    of those countries' documents). Unset, as when dbt is run by hand, every country is
    rebuilt. (Read at run time only: dbt's partial parsing does not see them change.)
#}

{#- The countries this build rebuilds, or none for every country. -#}
{% macro build_countries() %}
    {% set listed = env_var('TIPWH_BUILD_COUNTRIES', '*') if execute else '*' %}
    {% if listed == '*' %}
        {{ return(none) }}
    {% endif %}
    {{ return(listed.split(',') if listed else []) }}
{% endmacro %}

{#- A predicate: `column` is a country of this build (always true on a full build). -#}
{% macro in_build_scope(column='country_iso3') -%}
    {%- set countries = build_countries() if is_incremental() else none -%}
    {%- if countries is none -%}
        true
    {%- else -%}
        {{ country_list(column, countries) }}
    {%- endif -%}
{%- endmacro %}

{#- A predicate: `column` is the id of a document of this build's countries (always true on a
    full build). The ids are listed: a qual on a list reaches into the staging views (whose
    CTEs keep them from being flattened into a join) and their tables' indexes. -#}
{% macro documents_in_build_scope(column='document_id') -%}
    {%- set countries = build_countries() if is_incremental() else none -%}
    {%- if countries is none -%}
        true
    {%- else -%}
        {{ column }} = any('{ {{- env_var('TIPWH_BUILD_DOCUMENTS', '') -}} }'::bigint[])
    {%- endif -%}
{%- endmacro %}

{#- `column = any('{AGO,ALB}'::text[])` (no country: an empty array, false). One array
    literal, as for the documents: the SQL of a build of some countries is the same text
    whichever they are but for these literals (etl/transform/plan.py stores it). -#}
{% macro country_list(column, countries) -%}
    {{ column }} = any('{ {{- countries | join(",") -}} }'::text[])
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
    {%- set tested = graph.nodes.get(model.attached_node) if countries is not none else none -%}
    {%- set by_country = tested is not none and tested.config.materialized == 'incremental'
        and tested.alias == relation.identifier -%}
    {%- if by_country or where -%}
        {%- set filters = [] -%}
        {%- if by_country -%}
            {%- do filters.append(country_list('country_iso3', countries)) -%}
        {%- endif -%}
        {%- if where -%}
            {%- do filters.append('(' ~ where ~ ')') -%}
        {%- endif -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ filters | join(' and ') ~ ') dbt_subquery') -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
