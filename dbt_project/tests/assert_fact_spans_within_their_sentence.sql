-- Every figure's span lies inside the span of the sentence it is attributed to, and the
-- sentence text is the document text at the sentence's span: the provenance chain from a
-- number to its sentence holds.
{{ config(severity='warn') }}

with

facts as (

    select * from {{ ref('stg_facts') }}

),

sentences as (

    select * from {{ ref('stg_sentences') }}

),

documents as (

    select
        document_id,
        document_text
    from {{ ref('stg_documents') }}

)

select
    facts.document_id,
    facts.metric,
    facts.year,
    facts.start_char,
    facts.end_char,
    sentences.start_char as sentence_start_char,
    sentences.end_char as sentence_end_char
from facts
inner join sentences
    on
        facts.document_id = sentences.document_id
        and facts.sentence_no = sentences.sentence_no
inner join documents on facts.document_id = documents.document_id
where
    facts.start_char < sentences.start_char
    or facts.end_char > sentences.end_char
    or substr(
        documents.document_text,
        sentences.start_char + 1,
        sentences.end_char - sentences.start_char
    ) <> sentences.sentence
