with

source as (

    select * from {{ source('staging', 'load_errors') }}

),

renamed as (

    select
        run_id,
        source_path,
        error as error_message,
        logged_at

    from source

)

select * from renamed
