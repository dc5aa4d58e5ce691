-- Revisions, visible: every value every report stated for a country, reference year and
-- metric (counts) or allocation (money), one row per report, beside the value the warehouse
-- chose, the rule that chose it, and what changed from the previous report that stated it.
-- Built on the reconciled intermediate models: the choice itself is made there.

{%- set in_scope_documents = documents_in_build_scope() %}

with

counts as (

    select * from {{ ref('int_facts_reconciled') }}
    where {{ in_build_scope() }}

),

funding as (

    select * from {{ ref('int_funding_facts_reconciled') }}
    where {{ in_build_scope() }}

),

sentences as (

    select * from {{ ref('stg_sentences') }}
    where {{ in_scope_documents }}

),

count_statements as (

    select
        'count' as figure_kind,
        country_iso3,
        year,
        metric,
        cast(null as text) as purpose,
        cast(null as text) as currency,
        report_year,
        cast(value as numeric) as value,  -- noqa: RF04
        unit,
        cast(null as numeric) as amount_local,
        cast(null as numeric) as amount_usd_reported,
        qualifier,
        is_chosen,
        chosen_report_year,
        cast(chosen_value as numeric) as chosen_value,
        cast(null as numeric) as chosen_amount_local,
        cast(null as numeric) as chosen_amount_usd_reported,
        choice_rule,
        disagrees_with_chosen,
        has_disagreement,
        n_reports,
        n_disagreeing_reports,
        document_id,
        source_path,
        sentence_no,
        sentence,
        start_char,
        end_char,
        span_text,
        rule

    from counts

),

funding_statements as (

    select
        'funding' as figure_kind,
        country_iso3,
        year,
        cast(null as text) as metric,
        purpose,
        currency,
        report_year,
        cast(null as numeric) as value,  -- noqa: RF04
        cast(null as text) as unit,
        amount_local,
        amount_usd_reported,
        qualifier,
        is_chosen,
        chosen_report_year,
        cast(null as numeric) as chosen_value,
        chosen_amount_local,
        chosen_amount_usd_reported,
        choice_rule,
        disagrees_with_chosen,
        has_disagreement,
        n_reports,
        n_disagreeing_reports,
        document_id,
        source_path,
        sentence_no,
        sentence,
        start_char,
        end_char,
        span_text,
        rule

    from funding

),

statements as (

    select * from count_statements
    union all
    select * from funding_statements

),

with_previous as (

    select
        *,
        lag(report_year) over figure_window as previous_report_year,
        lag(value) over figure_window as previous_value,
        lag(amount_local) over figure_window as previous_amount_local,
        lag(amount_usd_reported) over figure_window as previous_amount_usd_reported

    from statements
    window figure_window as (
        partition by figure_kind, country_iso3, year, metric, purpose, currency
        order by report_year
    )

),

classified as (

    select
        *,
        amount_local is not null and previous_amount_local is not null as both_local,
        amount_local is null and previous_amount_local is null as neither_local

    from with_previous

),

revisions as (

    select
        *,
        case
            when previous_report_year is null then 'first_statement'
            when figure_kind = 'count' and value <> previous_value then 'revised'
            when figure_kind = 'count' then 'unchanged'
            when both_local and amount_local <> previous_amount_local then 'revised'
            when
                both_local
                and (
                    amount_usd_reported <> previous_amount_usd_reported
                    or (amount_usd_reported is null) <> (previous_amount_usd_reported is null)
                )
                then 'reconverted'
            when both_local then 'unchanged'
            when
                neither_local and amount_usd_reported <> previous_amount_usd_reported
                then 'revised'
            when neither_local then 'unchanged'
            else 'not_comparable'
        end as revision_kind

    from classified

),

final as (

    select
        revisions.figure_kind,
        revisions.country_iso3,
        revisions.year,
        revisions.metric,
        revisions.purpose,
        revisions.currency,
        revisions.report_year,
        revisions.value,
        revisions.unit,
        revisions.amount_local,
        revisions.amount_usd_reported,
        round(
            revisions.amount_local / nullif(revisions.amount_usd_reported, 0), 4
        ) as implied_rate_reported,
        revisions.qualifier,
        revisions.is_chosen,
        revisions.chosen_report_year,
        revisions.chosen_value,
        revisions.chosen_amount_local,
        revisions.chosen_amount_usd_reported,
        revisions.choice_rule,
        revisions.disagrees_with_chosen,
        revisions.has_disagreement,
        revisions.n_reports,
        revisions.n_disagreeing_reports,
        revisions.previous_report_year,
        revisions.previous_value,
        revisions.previous_amount_local,
        revisions.previous_amount_usd_reported,
        revisions.revision_kind,
        revisions.document_id,
        revisions.source_path,
        revisions.sentence_no,
        sentences.page,
        revisions.sentence,
        revisions.start_char,
        revisions.end_char,
        revisions.span_text,
        revisions.rule

    from revisions
    left join sentences
        on
            revisions.document_id = sentences.document_id
            and revisions.sentence_no = sentences.sentence_no

)

select * from final
