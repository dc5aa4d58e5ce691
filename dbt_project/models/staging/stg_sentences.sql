with

source as (

    select * from {{ source('staging', 'sentences') }}

),

renamed as (

    select
        document_id,
        sentence_no,
        start_char,
        end_char,
        section,
        body as sentence,
        page

    from source

)

select * from renamed
