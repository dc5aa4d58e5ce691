-- Every direction statement of a current document with a known country and report year,
-- joined to its report and its sentence, and ranked within its report.

{%- set in_scope_documents = documents_in_build_scope() %}

with

directions as (

    select * from {{ ref('stg_directions') }}
    where {{ in_scope_documents }}

),

documents as (

    select * from {{ ref('int_documents_ranked') }}
    where {{ in_build_scope() }}

),

sentences as (

    select * from {{ ref('stg_sentences') }}
    where {{ in_scope_documents }}

),

joined as (

    select
        documents.country_iso3,
        documents.report_year,
        directions.metric,
        directions.year,
        directions.direction,
        directions.document_id,
        documents.document_rank,
        documents.source_path,
        directions.sentence_no,
        sentences.sentence,
        directions.start_char,
        directions.end_char,
        directions.rule

    from directions
    inner join documents on directions.document_id = documents.document_id
    left join sentences
        on
            directions.document_id = sentences.document_id
            and directions.sentence_no = sentences.sentence_no

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
