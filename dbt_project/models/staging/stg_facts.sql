with

source as (

    select * from {{ source('staging', 'facts') }}

),

renamed as (

    select
        document_id,
        sentence_no,
        metric,
        year::integer as year,
        value,
        unit,
        qualifier,
        start_char,
        end_char,
        rule

    from source

)

select * from renamed
