with

source as (

    select * from {{ source('staging', 'load_runs') }}

),

renamed as (

    select
        run_id,
        command,
        status,
        files_seen,
        documents_loaded,
        documents_skipped,
        files_failed,
        message,
        started_at,
        finished_at

    from source

)

select * from renamed
