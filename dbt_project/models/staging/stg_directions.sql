with

source as (

    select * from {{ source('staging', 'directions') }}

),

renamed as (

    select
        document_id,
        sentence_no,
        metric,
        year::integer as year,
        direction,
        start_char,
        end_char,
        rule

    from source

)

select * from renamed
