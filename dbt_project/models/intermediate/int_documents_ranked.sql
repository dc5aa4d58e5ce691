-- Current documents that name a country and a report year, ranked within their report:
-- the document with more facts first, then the latest loaded.

{%- set in_scope_documents = documents_in_build_scope() %}

with

documents as (

    select * from {{ ref('stg_documents') }}
    where
        is_current
        and country_iso3 is not null
        and report_year is not null
        and {{ in_build_scope() }}

),

facts as (

    select
        document_id,
        count(*) as n_facts
    from {{ ref('stg_facts') }}
    where {{ in_scope_documents }}
    group by document_id

),

funding_facts as (

    select
        document_id,
        count(*) as n_funding_facts
    from {{ ref('stg_funding_facts') }}
    where {{ in_scope_documents }}
    group by document_id

),

directions as (

    select
        document_id,
        count(*) as n_directions
    from {{ ref('stg_directions') }}
    where {{ in_scope_documents }}
    group by document_id

),

counted as (

    select
        documents.document_id,
        documents.country_iso3,
        documents.country_name,
        documents.report_year,
        documents.reporting_year,
        documents.tier,
        documents.source_path,
        documents.loaded_at,
        coalesce(facts.n_facts, 0) as n_facts,
        coalesce(funding_facts.n_funding_facts, 0) as n_funding_facts,
        coalesce(directions.n_directions, 0) as n_directions

    from documents
    left join facts on documents.document_id = facts.document_id
    left join funding_facts on documents.document_id = funding_facts.document_id
    left join directions on documents.document_id = directions.document_id

),

ranked as (

    select
        *,
        row_number() over (
            partition by country_iso3, report_year
            order by
                n_facts + n_funding_facts desc,
                loaded_at desc,
                document_id desc
        ) as document_rank

    from counted

)

select * from ranked
