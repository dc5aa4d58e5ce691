{% macro span_text(fact) -%}
    {#- A figure's text, cut from its sentence (the sentence is the document's text at its
        span: tests/assert_fact_spans_within_their_sentence.sql); from the document only
        when the span leaves the sentence, so few bodies are decompressed. Needs the CTEs
        `sentences` and `document_texts` joined to `fact`. -#}
    case
        when
            {{ fact }}.start_char >= sentences.start_char
            and {{ fact }}.end_char <= sentences.end_char
            then substr(
                sentences.sentence,
                {{ fact }}.start_char - sentences.start_char + 1,
                {{ fact }}.end_char - {{ fact }}.start_char
            )
        else substr(
            document_texts.document_text,
            {{ fact }}.start_char + 1,
            {{ fact }}.end_char - {{ fact }}.start_char
        )
    end
{%- endmacro %}
