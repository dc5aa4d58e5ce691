"""Build the dbt models (staging -> intermediate -> marts) in-process."""
