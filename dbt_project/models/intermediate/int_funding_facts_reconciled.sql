-- Every report's statement of a (country, reference year, purpose, currency), with the one
-- that counts marked by the same rule as int_facts_reconciled. Disagreement compares the
-- local amounts (the printed dollars of two reports differ with the rate of the day);
-- where neither statement gives a local amount, it compares the printed dollars.

with

deduplicated as (

    select * from {{ ref('int_funding_facts_deduplicated') }}
    where {{ in_build_scope() }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by country_iso3, year, purpose, currency
            order by {{ report_preference_order() }}
        ) as report_rank

    from deduplicated

),

chosen as (

    select
        country_iso3,
        year,
        purpose,
        currency,
        report_year as chosen_report_year,
        amount_local as chosen_amount_local,
        amount_usd_reported as chosen_amount_usd_reported,
        {{ report_choice_rule() }} as choice_rule

    from ranked
    where report_rank = 1

),

compared as (

    select
        ranked.*,
        chosen.chosen_report_year,
        chosen.chosen_amount_local,
        chosen.chosen_amount_usd_reported,
        chosen.choice_rule,
        ranked.report_rank = 1 as is_chosen,
        coalesce(
            case
                when ranked.amount_local is not null and chosen.chosen_amount_local is not null
                    then ranked.amount_local <> chosen.chosen_amount_local
                when ranked.amount_local is null and chosen.chosen_amount_local is null
                    then ranked.amount_usd_reported <> chosen.chosen_amount_usd_reported
            end,
            false
        ) as disagrees_with_chosen

    from ranked
    inner join chosen
        on
            ranked.country_iso3 = chosen.country_iso3
            and ranked.year = chosen.year
            and ranked.purpose = chosen.purpose
            and ranked.currency = chosen.currency

),

final as (

    select
        country_iso3,
        year,
        purpose,
        currency,
        report_year,
        amount_local,
        amount_usd_reported,
        qualifier,
        is_chosen,
        disagrees_with_chosen,
        report_rank,
        chosen_report_year,
        chosen_amount_local,
        chosen_amount_usd_reported,
        choice_rule,
        count(*) over group_window as n_reports,
        bool_or(disagrees_with_chosen) over group_window as has_disagreement,
        count(*) filter (where disagrees_with_chosen) over group_window
            as n_disagreeing_reports,
        n_statements,
        n_documents,
        has_report_internal_disagreement,
        document_id,
        source_path,
        sentence_no,
        sentence,
        start_char,
        end_char,
        span_text,
        rule

    from compared
    window group_window as (partition by country_iso3, year, purpose, currency)

)

select * from final
