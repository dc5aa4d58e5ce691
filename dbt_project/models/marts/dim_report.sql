-- One row per report: a country's narrative in one year's TIP Report, however many
-- documents carry it.

with

documents as (

    select * from {{ ref('int_documents_ranked') }}
    where {{ in_build_scope() }}

),

facts as (

    select
        country_iso3,
        report_year,
        count(*) as n_facts
    from {{ ref('int_facts_deduplicated') }}
    where {{ in_build_scope() }}
    group by country_iso3, report_year

),

funding_facts as (

    select
        country_iso3,
        report_year,
        count(*) as n_funding_facts
    from {{ ref('int_funding_facts_deduplicated') }}
    where {{ in_build_scope() }}
    group by country_iso3, report_year

),

directions as (

    select
        country_iso3,
        report_year,
        count(*) as n_directions
    from {{ ref('int_directions_deduplicated') }}
    where {{ in_build_scope() }}
    group by country_iso3, report_year

),

preferred_tiers as (

    -- an excerpt often states no tier: take the preferred document that states one
    select distinct on (country_iso3, report_year)
        country_iso3,
        report_year,
        tier
    from documents
    where tier is not null
    order by country_iso3 asc, report_year asc, document_rank asc

),

preferred_names as (

    select distinct on (country_iso3, report_year)
        country_iso3,
        report_year,
        country_name
    from documents
    where country_name is not null
    order by country_iso3 asc, report_year asc, document_rank asc

),

reports as (

    select
        country_iso3,
        report_year,
        min(reporting_year) as reporting_year,
        count(distinct tier) > 1 as has_tier_conflict,
        count(*) as n_documents,
        min(document_id) filter (where document_rank = 1) as preferred_document_id,
        array_agg(document_id order by document_rank) as document_ids,
        array_agg(source_path order by document_rank) as source_paths,
        max(loaded_at) as last_loaded_at

    from documents
    group by country_iso3, report_year

),

final as (

    select
        reports.country_iso3,
        reports.report_year,
        reports.reporting_year,
        preferred_tiers.tier,
        reports.has_tier_conflict,
        preferred_names.country_name,
        reports.n_documents,
        reports.preferred_document_id,
        reports.document_ids,
        reports.source_paths,
        coalesce(facts.n_facts, 0) as n_facts,
        coalesce(funding_facts.n_funding_facts, 0) as n_funding_facts,
        coalesce(directions.n_directions, 0) as n_directions,
        reports.last_loaded_at

    from reports
    left join preferred_tiers
        on
            reports.country_iso3 = preferred_tiers.country_iso3
            and reports.report_year = preferred_tiers.report_year
    left join preferred_names
        on
            reports.country_iso3 = preferred_names.country_iso3
            and reports.report_year = preferred_names.report_year
    left join facts
        on
            reports.country_iso3 = facts.country_iso3
            and reports.report_year = facts.report_year
    left join funding_facts
        on
            reports.country_iso3 = funding_facts.country_iso3
            and reports.report_year = funding_facts.report_year
    left join directions
        on
            reports.country_iso3 = directions.country_iso3
            and reports.report_year = directions.report_year

)

select * from final
