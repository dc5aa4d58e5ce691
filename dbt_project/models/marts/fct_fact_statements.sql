-- The audit trail: every count statement of every current report document, chosen or
-- not, with what the warehouse made of it.

with

statements as (

    select * from {{ ref('int_facts_joined') }}
    where {{ in_build_scope() }}

),

reconciled as (

    select * from {{ ref('int_facts_reconciled') }}
    where {{ in_build_scope() }}

),

report_choices as (

    select
        country_iso3,
        report_year,
        metric,
        year,
        value as report_value,
        is_chosen as is_report_chosen,
        chosen_report_year,
        chosen_value,
        choice_rule,
        n_reports,
        has_disagreement

    from reconciled

),

final as (

    select
        statements.document_id,
        statements.metric,
        statements.year,
        statements.start_char,
        statements.end_char,
        statements.country_iso3,
        statements.report_year,
        statements.value,
        statements.unit,
        statements.qualifier,
        statements.report_statement_rank = 1 as is_report_statement,
        statements.value <> report_choices.report_value as differs_within_report,
        statements.report_statement_rank = 1 and report_choices.is_report_chosen as is_chosen,
        report_choices.chosen_report_year,
        report_choices.chosen_value,
        report_choices.choice_rule,
        statements.value <> report_choices.chosen_value as disagrees_with_chosen,
        report_choices.n_reports,
        report_choices.has_disagreement,
        statements.document_rank,
        statements.source_path,
        statements.sentence_no,
        statements.sentence,
        statements.span_text,
        statements.rule

    from statements
    inner join report_choices
        on
            statements.country_iso3 = report_choices.country_iso3
            and statements.report_year = report_choices.report_year
            and statements.metric = report_choices.metric
            and statements.year = report_choices.year

)

select * from final
