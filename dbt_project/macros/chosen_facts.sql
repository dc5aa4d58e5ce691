{#- The chosen statement of each (country, year, metric) of the catalogue's `family`
    (seed `metrics`), with its provenance: the body of the long-format fact marts. -#}
{% macro chosen_facts(family) %}

with

reconciled as (

    select * from {{ ref('int_facts_reconciled') }}
    where {{ in_build_scope() }}

),

catalogue as (

    select metric from {{ ref('metrics') }}
    where family = '{{ family }}'

),

final as (

    select
        country_iso3,
        year,
        metric,
        value,
        unit,
        qualifier,
        report_year,
        choice_rule,
        n_reports,
        has_disagreement,
        n_disagreeing_reports,
        document_id,
        source_path,
        sentence_no,
        sentence,
        start_char,
        end_char,
        span_text,
        rule

    from reconciled
    where
        is_chosen
        and metric in (select catalogue.metric from catalogue)

)

select * from final

{% endmacro %}
