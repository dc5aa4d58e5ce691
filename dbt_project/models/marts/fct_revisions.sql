-- Revisions, visible: every value every report stated for a country, reference year and
-- metric (counts) or allocation (money), one row per report, beside the value the warehouse
-- chose, the rule that chose it, and what changed from the previous report that stated it.
-- Built on the reconciled intermediate models: the choice itself is made there.

with

counts as (

    select * from {{ ref('int_facts_reconciled') }}

),

funding as (

    select * from {{ ref('int_funding_facts_reconciled') }}

),

sentences as (

    select * from {{ ref('stg_sentences') }}

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
        value::numeric as value,
        unit,
        cast(null as numeric) as amount_local,
        cast(null as numeric) as amount_usd_reported,
        qualifier,
        is_chosen,
        chosen_report_year,
        chosen_value::numeric as chosen_value,
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
        cast(null as numeric) as value,
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

final as (

    select
        with_previous.figure_kind,
        with_previous.country_iso3,
        with_previous.year,
        with_previous.metric,
        with_previous.purpose,
        with_previous.currency,
        with_previous.report_year,
        with_previous.value,
        with_previous.unit,
        with_previous.amount_local,
        with_previous.amount_usd_reported,
        round(
            with_previous.amount_local / nullif(with_previous.amount_usd_reported, 0), 4
        ) as implied_rate_reported,
        with_previous.qualifier,
        with_previous.is_chosen,
        with_previous.chosen_report_year,
        with_previous.chosen_value,
        with_previous.chosen_amount_local,
        with_previous.chosen_amount_usd_reported,
        with_previous.choice_rule,
        with_previous.disagrees_with_chosen,
        with_previous.has_disagreement,
        with_previous.n_reports,
        with_previous.n_disagreeing_reports,
        with_previous.previous_report_year,
        with_previous.previous_value,
        with_previous.previous_amount_local,
        with_previous.previous_amount_usd_reported,
        case
            when with_previous.previous_report_year is null then 'first_statement'
            when with_previous.figure_kind = 'count'
                then
                    case
                        when with_previous.value <> with_previous.previous_value then 'revised'
                        else 'unchanged'
                    end
            when with_previous.amount_local is not null
                and with_previous.previous_amount_local is not null
                then
                    case
                        when with_previous.amount_local <> with_previous.previous_amount_local
                            then 'revised'
                        when with_previous.amount_usd_reported
                            is distinct from with_previous.previous_amount_usd_reported
                            then 'reconverted'
                        else 'unchanged'
                    end
            when with_previous.amount_local is null
                and with_previous.previous_amount_local is null
                then
                    case
                        when with_previous.amount_usd_reported
                            <> with_previous.previous_amount_usd_reported
                            then 'revised'
                        else 'unchanged'
                    end
            else 'not_comparable'
        end as revision_kind,
        with_previous.document_id,
        with_previous.source_path,
        with_previous.sentence_no,
        sentences.page,
        with_previous.sentence,
        with_previous.start_char,
        with_previous.end_char,
        with_previous.span_text,
        with_previous.rule

    from with_previous
    left join sentences
        on
            with_previous.document_id = sentences.document_id
            and with_previous.sentence_no = sentences.sentence_no

)

select * from final
