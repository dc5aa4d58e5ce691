-- Every funding statement of a current document with a known country and report year,
-- joined to its report and its sentence, and ranked within its report: the preferred
-- document first, then statements giving the local amount, then the printed dollars,
-- then the earliest in the text.

{%- set in_scope_documents = documents_in_build_scope() %}

with

funding_facts as (

    select * from {{ ref('stg_funding_facts') }}
    where {{ in_scope_documents }}

),

documents as (

    select * from {{ ref('int_documents_ranked') }}
    where {{ in_build_scope() }}

),

document_texts as (

    select
        document_id,
        document_text
    from {{ ref('stg_documents') }}
    where {{ in_scope_documents }}

),

sentences as (

    select * from {{ ref('stg_sentences') }}
    where {{ in_scope_documents }}

),

joined as (

    select
        documents.country_iso3,
        documents.report_year,
        funding_facts.year,
        funding_facts.purpose,
        funding_facts.currency,
        funding_facts.amount_local,
        funding_facts.amount_usd_reported,
        funding_facts.qualifier,
        funding_facts.document_id,
        documents.document_rank,
        documents.source_path,
        funding_facts.sentence_no,
        sentences.sentence,
        funding_facts.start_char,
        funding_facts.end_char,
        {{ span_text('funding_facts') }} as span_text,
        funding_facts.rule

    from funding_facts
    inner join documents on funding_facts.document_id = documents.document_id
    inner join document_texts on funding_facts.document_id = document_texts.document_id
    left join sentences
        on
            funding_facts.document_id = sentences.document_id
            and funding_facts.sentence_no = sentences.sentence_no

),

ranked as (

    select
        *,
        row_number() over (
            partition by country_iso3, report_year, year, purpose, currency
            order by
                document_rank,
                amount_local is null,
                amount_usd_reported is null,
                start_char
        ) as report_statement_rank

    from joined

)

select * from ranked
