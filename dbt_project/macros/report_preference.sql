{#
    Which report's statement of a reference year counts, when several reports state one:
      1. the report that covers the year (report_year = year + 1);
      2. else the nearest later report (smallest report_year > year);
      3. else the latest report.
    `report_preference_order` is an ORDER BY list (first row wins);
    `report_choice_rule` names the rule that picks a given report.
#}
{% macro report_preference_order(report_year='report_year', year='year') -%}
    case
        when {{ report_year }} = {{ year }} + 1 then 0
        when {{ report_year }} > {{ year }} then 1
        else 2
    end,
    case
        when {{ report_year }} > {{ year }} then {{ report_year }}
        else -{{ report_year }}
    end
{%- endmacro %}

{% macro report_choice_rule(report_year='report_year', year='year') -%}
    case
        when {{ report_year }} = {{ year }} + 1 then 'covering_report'
        when {{ report_year }} > {{ year }} then 'nearest_later_report'
        else 'latest_report'
    end
{%- endmacro %}
