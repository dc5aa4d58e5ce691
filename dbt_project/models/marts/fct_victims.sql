with

reconciled as (

    select * from {{ ref('int_facts_reconciled') }}

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
        and metric in (
            'victims_identified',
            'victims_identified_sex',
            'victims_identified_labor',
            'victims_identified_foreign',
            'victims_assisted_ngo',
            'hotline_calls'
        )

)

select * from final
