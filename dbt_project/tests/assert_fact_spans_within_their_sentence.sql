-- Every figure's span lies inside the span of the sentence it is attributed to, and the
-- sentence's span inside its document's text (a sentence's text is the document's text at
-- its span, stg_sentences): the provenance chain from a number to its sentence holds.
{{ config(severity='warn') }}

with

facts as (

    select * from {{ ref('stg_facts') }}

),

sentences as (

    select * from {{ ref('stg_sentences') }}

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
where
    facts.start_char < sentences.start_char
    or facts.end_char > sentences.end_char
    -- a span past the end of the document's text cuts a shorter sentence
    or length(sentences.sentence) <> sentences.end_char - sentences.start_char
