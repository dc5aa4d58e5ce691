-- The placements a TIP Report gives a country, best to worst, then Special Case.
-- A constant table, the same for every country: rebuilt on a full build only.

{{ config(materialized='table') }}

with

tiers as (

    select *
    from (
        values
        (
            1,
            'Tier 1',
            'Fully meets the minimum standards for the elimination of trafficking.'
        ),
        (
            2,
            'Tier 2',
            'Does not fully meet the minimum standards but is making significant efforts.'
        ),
        (
            3,
            'Tier 2 Watch List',
            'Tier 2, with a significant or increasing number of victims, or no evidence of '
            || 'increasing efforts.'
        ),
        (
            4,
            'Tier 3',
            'Does not fully meet the minimum standards and is not making significant efforts.'
        ),
        (
            5,
            'Special Case',
            'Not ranked (e.g. a country in crisis); described without a tier.'
        )
    ) as tier_values (tier_order, tier, tier_description)

),

final as (

    select
        tier,
        tier_order,
        tier_description,
        tier_order <= 4 as is_ranked

    from tiers

)

select * from final
