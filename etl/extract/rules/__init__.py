"""The phrasing families, one module each, over the grammar pieces of `etl.extract`
(numbers, years, subjects, grammar):

- `counts`: a figure governed by a metric verb or noun ("identified 110 victims", "29
  investigations"), its breakdowns by form and its comparisons ("compared with 92 in 2015");
- `form_splits`: form counts of a total counted before ("Of the 37, 33 were convicted of sex
  trafficking and four of forced labor", "all involving sex trafficking"), and one form
  counted beside none of the other ("five victims of sex trafficking and no victims of
  forced labor");
- `victim_parts`: victims by form as parts of a total the sentence names ("Of the 952
  identified, 523 were victims of sex trafficking");
- `body_parts`: victims listed by the body that identified them, or found in cases named
  before them: parts, no national total;
- `total_after`: the total of identified victims given after its parts ("..., for a total
  of 45");
- `foreign`: foreign victims ("all but 15 were Kazakhstani", "six were foreign nationals");
- `zeros`: stated zeros ("did not convict any traffickers");
- `gaps`: an earlier year's count beside an unreported year ("did not report the number of
  investigations it initiated in 2017 (44 in 2016)");
- `confirmed`: the victims confirmed out of the potential ones ("identified 2,224 potential
  victims and confirmed 721");
- `paren_forms`: an earlier year's form breakdown in a parenthesis ("(26 were subjected to
  sex trafficking, nine to forced labor ... in 2016)");
- `respectively`: figures paired with years or with the sentence's counts by "respectively";
- `same_number`: a count restated for another year ("the same number as in 2016");
- `spans`: totals over several years ("since 2010"), no year's count;
- `verb_pairs`: one figure of two or three metric verbs ("investigated and prosecuted 177
  cases");
- `comparison_lists`: a list of comparisons after a list of counts ("compared with 45 cases,
  24 prosecutions, and 23 convictions the previous reporting period");
- `lone_forms`: a one-form prosecution or conviction count that is the year's only figure,
  also its total;
- `agencies`: figures of several named agencies and no total give none;
- `hotline`: a hotline's trafficking share of its calls;
- `funding`: allocations with their purpose, currency and printed dollars;
- `directions`: changes stated without a count ("identified more victims").

Every fact keeps the id of the rule that produced it (`count.head`, `count.zero`, ...).
"""
