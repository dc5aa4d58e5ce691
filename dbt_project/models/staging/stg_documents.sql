with

source as (

    select * from {{ source('staging', 'documents') }}

),

renamed as (

    select
        -- ids
        document_id,
        run_id,
        superseded_by as superseded_by_document_id,

        -- strings
        content_sha256::text as content_sha256,
        source_path,
        encoding,
        body as document_text,
        country_iso3::text as country_iso3,
        country_name,
        tier,
        extractor_version,

        -- numerics
        report_year::integer as report_year,
        (report_year - 1)::integer as reporting_year,

        -- semi-structured
        metadata_sources,
        to_jsonb(warnings) as warnings,
        cardinality(warnings) as n_warnings,

        -- booleans
        superseded_at is null as is_current,

        -- timestamps
        loaded_at,
        superseded_at

    from source

)

select * from renamed
