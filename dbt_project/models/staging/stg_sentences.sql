with

source as (

    select * from {{ source('staging', 'sentences') }}

),

documents as (

    select
        document_id,
        body
    from {{ source('staging', 'documents') }}

),

renamed as (

    select
        source.document_id,
        source.sentence_no,
        source.start_char,
        source.end_char,
        source.section,
        -- the sentence is the document's text at its span (staging keeps no copy)
        substr(documents.body, source.start_char + 1, source.end_char - source.start_char)
            as sentence,
        source.page

    from source
    inner join documents on source.document_id = documents.document_id

)

select * from renamed
