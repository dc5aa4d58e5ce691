with

source as (

    select * from {{ source('staging', 'funding_facts') }}

),

renamed as (

    select
        document_id,
        sentence_no,
        year::integer as year,
        purpose,
        currency::text as currency,
        amount_local,
        amount_usd as amount_usd_reported,
        qualifier,
        start_char,
        end_char,
        rule

    from source

)

select * from renamed
