-- Every count statement of a current document with a known country and report year,
-- joined to its report and its sentence, and ranked within its report:
-- report_statement_rank = 1 is the statement the report is taken to make.

{%- set in_scope_documents = documents_in_build_scope() %}

with

facts as (

    select * from {{ ref('stg_facts') }}
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
        facts.metric,
        facts.year,
        facts.value,
        facts.unit,
        facts.qualifier,
        facts.document_id,
        documents.document_rank,
        documents.source_path,
        facts.sentence_no,
        sentences.sentence,
        facts.start_char,
        facts.end_char,
        {{ span_text('facts') }} as span_text,
        facts.rule

    from facts
    inner join documents on facts.document_id = documents.document_id
    inner join document_texts on facts.document_id = document_texts.document_id
    left join sentences
        on
            facts.document_id = sentences.document_id
            and facts.sentence_no = sentences.sentence_no

),

ranked as (

    select
        *,
        row_number() over (
            partition by country_iso3, report_year, metric, year
            order by document_rank, start_char
        ) as report_statement_rank

    from joined

)

select * from ranked
