"""Funding facts: money the government allocated, by purpose, in the local currency with
the dollar figure the report printed beside it.

An amount is an allocation only when an allocating verb ("allocated", "spent", "provided
... funding") governs it and nothing marks it as something else: fines, compensation,
allowances and salaries, bribes, "an increase of X" deltas, a foreign donor's money, or a
part of an earlier amount ("released only 2.2 billion naira ... of that amount"), or one
end of a range ("fines ranging from ... ($870-$2,170)"). An amount printed dollars first
("$149,000 (22 million tenge)") is the local amount with those dollars.
A comparison ("an increase from 4.7 million KZT ($14,101) in 2015") takes the purpose of
the first (total) amount of its sentence, not of the last sub-amount. The purpose comes
from the allocation's own words ("... to implement the national action plan") before the
rest of the sentence, the sentence before, and the section. A purpose phrase after a
comparison ("..., an increase from 4.5 million KZT in 2013, to one NGO-run shelter") is the
allocation's, and a recipient given the money ("provided an NGO shelter with $18,500")
names its purpose when the amount's own words open no "for"/"to" phrase.

Neither is an allocation: money proposed or requested, a cap ("up to"), an amount per unit,
money for a wider group than trafficking victims that names trafficking only as a part of it
("victims of crime, including trafficking"), the part disbursed of an allocation just before
it, either end of an undated change ("decreased from X to Y"). The dated start of a change
("increased from X in 2016 to Y") and an earlier year's amount beside a year without reported
funding are facts of their years (rules `funding.change`, `funding.comparison.none`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from etl.extract.amounts import Amount, is_whole_of_part
from etl.extract.analysis import SentenceReading
from etl.extract.grammar import COMPARISON_CUE_RE, LIST_JOINER_RE
from etl.extract.numbers import qualifier_before
from etl.extract.subjects import clause_start
from etl.extract.years import opener_year, years_at, years_between
from etl.lexicon import currencies
from etl.model import FundingFact, Sentence

_NOT_ALLOCATION_BEFORE_RE = re.compile(
    r"\b(?:fine[sd]?|penalt(?:y|ies)|compensat\w*|restitution|damages|bribes?|salar(?:y|ies)|"
    r"wages?|allowances?|stipends?|pay|paid|paying|pays|debts?|loans?|fees?|costs?|earn\w*|"
    r"worth|valued?|seized|confiscat\w+|forfeit\w*|assets|profits?|ransom|sold|price|bail|"
    r"per\s+(?:victim|person|month)|ordered|lump\s+sum|one-time|benefits?|"
    r"pensions?|up\s+to|maximum\s+of|minimum\s+of|amounting|"
    # money proposed or requested, not yet allocated ("proposed to allocate", "the
    # proposed $4 million budget", "requested 5 million")
    r"propos\w+|request\w*)\b"
    r"(?:(?!(?<!ranging\s)(?<!varying\s)\bfrom\b)[^;]){0,50}$|"
    r"\b(?:increase|decrease|reduction|cut|rise|drop|increment)\s+of\s+$|"
    # a court's award is compensation ("the court awarded the victim 5,000 lari"); a
    # ministry's award is a grant ("HHS awarded $1.75 million to an NGO")
    r"\b(?:courts?|judges?|tribunals?|jur(?:y|ies)|judgments?|verdicts?|rulings?)\b[^.;]{0,60}?"
    r"\bawarded\b[^.;]{0,40}$|\bawarded\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:compensation|damages|"
    r"restitution)\b[^.;]{0,30}$|"
    # a delta given with "by" ("increased its anti-trafficking budget by 50,000 kwacha,
    # allocating 100,000"): the change, not the money allocated
    r"\b(?:increas|decreas|rais|reduc|cut|boost|expand|lower)\w*\s+(?:[\w'’-]+\s+){0,6}?by\s+$"
)
_NOT_ALLOCATION_AFTER_RE = re.compile(
    r"\s*(?:per\s+(?!(?:year|annum|cent)\b)[a-z]|(?:a|each|every)\s+(?:month|day|week|victim|person|"
    r"individual|participant|child|trafficking\s+victim)|monthly|in\s+(?:fines?|compensation|restitution|damages|"
    r"bribes|payments|salaries|allowances)|as\s+(?:a\s+)?(?:fine|compensation|restitution|"
    r"damages|allowance|bribe)|(?:(?:per|a|each|every)\s+(?:year|annum)\s+|annually\s+|yearly\s+)?"
    r"to\s+(?:each|every)\b|fine\b|"
    r"of\s+(?:that|this|the|these|those|its|their)\s+(?:amount|sum|allocation|budget|funds?|"
    r"total)\b|"
    # a per-period amount ("119 million leones ($15,570) quarterly"): not multiplied
    r"(?:quarterly|weekly|(?:per|a|each|every)\s+quarter)\b|"
    # "victims received 1,000 lari ($370) each": a per-unit amount
    r"each\b(?!\s+(?:year|annum|fiscal)\b)|"
    # money put into a fund that compensates crime victims is compensation
    r"(?:to|into|for)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?compensation\b)"
)
#: A budget whose trafficking share the text calls unknown ("the ministry, whose overall
#: budget was 20 billion shillings, did not report how much it spent on trafficking"): a
#: wider body's money, no allocation (METRICS.md).
_SHARE_UNKNOWN_RE = re.compile(
    r"\b(?:not\s+(?:report|specify|state|indicate|disaggregat|track|know|clear|known|possible)\w*|"
    r"unclear|unknown|no\s+(?:data|information|breakdown))\b[^.;]{0,30}?\b(?:how\s+much|"
    r"what\s+(?:portion|share|part|percentage|proportion|amount)|the\s+(?:portion|share|part|"
    r"percentage|proportion|amount))\b[^.;]{0,80}?\btraffick"
)
#: A list's joiner between two amounts.
_JOINER_RE = re.compile(r",?\s+and\s+|,\s+|;\s+")
#: A payment verb: wages, fines and fees are paid, and so are providers.
_PAY_RE = re.compile(r"pa(?:y|id|ying|ys)\b")
#: The provider a payment goes to ("... to an NGO to run the national shelter", "to two
#: NGO-run shelters"): the government funding a service, not a wage, fine or fee.
_PAID_TO_PROVIDER_RE = re.compile(
    r"\s*to\s+(?:an?\s+|the\s+|its\s+|\w+\s+)?(?:[\w-]+\s+){0,3}?(?:ngos?|ngo-\w+|"
    r"organi[sz]ations?|shelters?|service\s+providers?|civil\s+society)\b"
)
#: Money for a wider group than trafficking victims ("to assist women and children victims
#: of crime", "to the domestic abuse shelter", "NGOs that assist crime victims", "shelters
#: for vulnerable populations and abuse victims"): a general fund with no trafficking
#: earmark when its words name trafficking only as a part of the group.
_WIDER_GROUP_RE = re.compile(
    r"\bvictims\s+of\s+(?:crimes?|violent\s+crimes?|violence|abuse|(?:domestic|gender-based|"
    r"sexual)\s+(?:violence|abuse))\b|\b(?:crime|abuse)\s+victims\b|"
    r"\bdomestic\s+(?:abuse|violence)\s+(?:shelters?|victims|cent(?:er|re)s?)\b|"
    # a wider mandate ("the budget for the victims' attention and gender equality area")
    r"\bgender\s+equality\b"
)
#: A population the money serves with trafficking victims named only among it ("a support
#: center for foreign women, including trafficking victims", "shelters for children, some
#: of whom were trafficking victims"): money for a wider population, `other`.
_POPULATION_PART_RE = re.compile(
    r"\b(?:women|men|children|minors|girls|boys|migrants|foreigners|refugees|"
    r"asylum[\s-]seekers|persons|people|individuals|families|populations|groups)\b[^;.]{0,40}?"
    r"\b(?:including|some\s+of\s+whom|among\s+them|among\s+whom)\b[^;.]{0,40}?\btraffick"
)
#: A shelter with a wider mandate ("domestic violence shelters that assisted trafficking
#: victims"): the money is only also used for trafficking victims, `other`.
_WIDER_BODY_RE = re.compile(
    r"\b(?:domestic\s+(?:abuse|violence)|gender-based\s+violence|gbv)\s+(?:shelters?|"
    r"cent(?:er|re)s?|homes?)\b"
)
#: Trafficking named as a part of a wider group ("victims of crime, including trafficking",
#: "..., some of whom were likely trafficking victims", "which may have included ...").
_PART_OF_GROUP_RE = re.compile(
    r"\b(?:including|some\s+of\s+whom|which\s+may\s+have\s+included|among\s+them)\b[^;.]*"
)
_TRAFFICKING_RE = re.compile(r"\btraffick")
_AND_RE = re.compile(r"\band\b")
#: The same amount restated for an earlier year.
_SAME_AS_RE = re.compile(
    r"\b(?:the\s+same(?:\s+(?:amounts?|levels?|sums?))?(?:\s+(?:as|allocated|provided|spent))*|"
    # "unchanged from 2016" (a "steady allocation" is no figure of the year before)
    r"unchanged|"
    r"maintain\w*\s+(?:its\s+|the\s+|their\s+)?(?:allocations?|funding|budgets?|levels?))"
    r"\s+(?:(?:from|in|during|for|as\s+in)\s+)?(?:the\s+)?(?:(?P<year>(?:19|20)\d{2})|"
    r"(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:year|period))"
)
_ALLOCATION_VERB_RE = re.compile(
    r"\b(?:allocat\w+|budget\w*|provid\w+|spen[dt]\w*|fund(?:ed|s|ing)?|disburs\w+|dedicat\w+|"
    r"earmark\w*|grant(?:ed|s)?|contribut\w+|appropriat\w+|devot\w+|invest\w*|transferr?\w*|"
    r"set\s+aside|approv\w+|receiv\w+|assign\w+|financ\w+|subsidi[sz]\w+|award(?:ed|s|ing)?|"
    r"expend\w*|reserv\w+|gave|giv(?:e|en|es|ing)|allott\w+|donat\w+|direct(?:ed|s|ing)|"
    # a deposit into a trafficking fund and a commitment are allocations (METRICS.md)
    r"deposit(?:ed|s|ing)|committ(?:ed|ing))\b"
)
#: A part of a total named just before, with its own use ("Of this amount, 20 million rupees
#: went to shelters", "..., of which 6 million lei went to the Chisinau shelter").
_PART_OPENER_RE = re.compile(
    r"(?:^|[;,]\s*)of\s+(?:this|that|the|which|these|those)(?:\s+(?:amount|sum|total|budget|"
    r"funding|funds|allocation|money))?\s*,?\s*$"
)
_WENT_TO_RE = re.compile(
    r"\s+(?:went|was\s+(?:allocated|used|spent|earmarked|dedicated|directed|given|designated))"
    r"\s+(?:to|for|toward|towards)\b"
)
_DONOR_RE = re.compile(
    r"\b(?:foreign\s+donors?|international\s+donors?|donors?|foreign\s+government|"
    # money a named other funder gives ("a Swiss-funded grant", "EU-funded projects"), not
    # the government's own ("government-funded", "state-funded", "co-funded")
    r"(?!(?:government|state|publicly|public|municipal(?:ly)?|locally|nationally|federally|"
    r"self|city|provincial(?:ly)?|regional(?:ly)?|co|jointly)-)[a-z]+-funded|usaid|u\.s\.\s+government|united\s+states|european\s+union|\beu\b|"
    r"iom|unicef|unodc|osce|international\s+organi[sz]ations?|embass(?:y|ies)|"
    r"private\s+(?:donors|funds|sector)|the\s+church)\b"
)
#: A donor named as the source of the money after the amount ("in foreign donor funding",
#: "from an international organization"); an agreement *with* one is not its money.
_DONOR_SOURCE_RE = re.compile(
    # not who runs the activity the money pays for ("training facilitated by an
    # international organization"): that is no source of the money
    r"(?<!facilitated\s)(?<!organized\s)(?<!organised\s)(?<!conducted\s)(?<!led\s)"
    r"(?<!delivered\s)(?<!hosted\s)"
    r"\b(?:in|from|by|through)\s+(?:the\s+|an?\s+)?(?:foreign|international|donors?|"
    r"private|usaid|u\.s\.|united\s+states|european|eu|iom|unicef|unodc|osce)\b|"
    r"\b(?:donor|foreign|externally)[\s-]+fund\w*"
)
#: Purposes outside the catalogue that a phrase names: the agency's or the plan's general
#: money ("for its overall operations", "to implement the national action plan", "for
#: preventing and countering trafficking", "for anti-trafficking programs"), repatriation.
_OTHER_RE = re.compile(
    r"\bprevent\w*\s+and\s+(?:combat|counter|fight|suppress|eliminat|eradicat|address)\w*|"
    r"\b(?:combat|counter|fight|suppress|eliminat|eradicat)\w*[\s-]+(?:(?:human|child|labor|sex)\s+)?"
    r"trafficking\b|\banti-?trafficking\s+(?:programs?|programmes?|efforts|activities|work|"
    r"operations|measures|initiatives|plans?|strategy|budget|response|council|committee|"
    r"commission|unit|task\s+force|projects?|bod(?:y|ies))\b|"
    r"\baction\s+plan\b|"
    # child labour work is labour policy, not trafficking money ("to combat child labor")
    r"\b(?:combat|counter|fight|eliminat|eradicat)\w*\s+(?:the\s+worst\s+forms\s+of\s+)?"
    r"child\s+labou?r\b|"
    # the whole response ("for the human trafficking response, which included ...")
    r"\b(?:human\s+)?trafficking\s+response\b|"
    # a coordination body named before ("to the commission in 2021"), not one named for a
    # group ("the commission for women")
    r"\bto\s+the\s+(?:inter-?agency\s+|inter-?institutional\s+|inter-?ministerial\s+)?"
    r"(?:commission|council|committee)\b(?!\s+(?:for|on|of)\b)|"
    r"\bnap\b|\b(?:overall|general|core|day-to-day|operating|operational)\s+(?:operations|"
    r"costs|budget|expenses|activities)\b|\b(?:its|their)\s+operations\b|"
    # a coordination body's own running costs ("to operate the MAPO secretariat")
    r"\b(?:operat\w+|run(?:ning)?)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?secretariat\b|"
    # a coordinating office or its running costs ("to the Office of the National
    # Anti-Trafficking Coordinator", "for the KOK's management operations")
    r"\bcoordinat(?:or|ors|ion|ing\s+(?:body|office|unit|council|committee))\b|"
    r"\b(?:management|administrative|running)\s+(?:operations|costs|expenses)\b|"
    # training officials ("to train 30,000 police officers on victim identification"), not
    # victims' vocational or skills training
    r"(?<!vocational\s)(?<!skills\s)(?<!job\s)(?<!livelihood\s)\btrain(?:ing|s)?\b"
)
#: A general programme's money, wherever the phrase names it ("for services and
#: implementation of the annual national anti-trafficking and victim protection program"):
#: a programme budget, not a victim assistance or prevention allocation.
_PROGRAMME_RE = re.compile(
    r"\bimplement\w*\s+(?:of\s+)?(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,8}?"
    r"(?:programs?|programmes?|strateg(?:y|ies)|plans?)\b"
)
#: A programme named before ("to implement this program"): its purpose is the one the
#: sentence before gives.
_ANAPHORIC_PROGRAMME_RE = re.compile(r"\b(?:this|that|the|its|these)\s+programs?\b$")
#: A programme of services for victims, not a general one ("to implement the recovery and
#: reintegration program for trafficked persons"): its words decide its purpose.
_VICTIM_PROGRAMME_RE = re.compile(
    r"^(?:(?!\b(?:anti-?trafficking|national|action|combat\w*|counter\w*|prevent\w*|"
    r"strateg\w+|plans?|annual|yearly|state)\b).)*\b(?:recovery|reintegration|rehabilitation|"
    r"repatriation|assistance|care|support)\b.*\bprogram(?:me)?s?\b$"
)
#: Right before an amount: the budget of a body named before ("provided the commission
#: with a budget of 2.3 million"): the body's general money.
_BODY_BUDGET_RE = re.compile(
    r"\b(?:with|had|has|have|received|was\s+given|were\s+given)\s+(?:a|an|its|their)\s+"
    r"(?:total\s+|annual\s+|operating\s+|overall\s+|separate\s+)?budget\s+of\s+$"
)
_PURPOSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "victim_assistance_investigations",
        re.compile(
            r"during\s+(?:the\s+)?(?:criminal\s+)?(?:investigations?|proceedings|trials?|court|"
            r"the\s+criminal\s+process)|witness\s+protection|victims?\s+and\s+witness"
        ),
    ),
    (
        "shelters",
        re.compile(
            # not "programs with shelter residents" (services for victims)
            r"\bshelter(?:s|ing)?\b(?!\s+residents)|"
            r"\b(?:rehabilitation|shelter|safe|transit|protective|group)\s+homes?\b|"
            r"\bsafe\s*houses?\b"
        ),
    ),
    (
        "prevention",
        re.compile(
            r"\bprevent\w*|\bawareness|\bcampaigns?\b|\beducat\w+|\boutreach|"
            # events of an awareness day ("for EU Anti-Trafficking Day")
            r"\b(?:anti-?trafficking|world)\s+day\b|\bday\s+against\s+(?:human\s+)?trafficking\b"
        ),
    ),
    (
        "victim_assistance",
        re.compile(
            r"\bvictims?\b|\bsurvivors?\b|\brehabilitat\w+|\breintegrat\w+|\bprotection\b|"
            r"\bassistance\b|\bservices\b|\bcare\b|\bcounsel\w+|\brepatriat\w+"
        ),
    ),
)
#: Care beside shelter in one phrase ("for shelters and rehabilitation", "support centers
#: and shelters", "shelter and medical care"): victim assistance, not shelter money alone
#: (crisis centers and rehabilitation homes are shelters).
_CARE_RE = re.compile(
    r"\b(?:care|rehabilitat\w+(?!\s+(?:homes?|cent(?:er|re)s?))|reintegrat\w+|counsel\w+|"
    r"medical|psycholog\w+|support\s+cent(?:er|re)s?)\b"
)
_PURPOSE_STOP_RE = re.compile(
    r"[;.]|,\s+and\s+(?!(?:[\w-]+\s+){0,2}(?:assistance|services|shelters?|care)\b)|"
    r"\b(?:which|while|but|although|however|due\s+to)\b"
)
#: A recipient, then the use the money is given for in an infinitive: "... ($650) to some
#: trafficking victims upon repatriation to educate their communities about trafficking".
_RECIPIENT_THEN_USE_RE = re.compile(
    r"\s*to\s+(?P<recipient>(?:[\w-]+\s+){1,6}?)to\s+(?!(?:the|a|an|its|their|each|every|\d)\b)"
    r"(?P<use>[a-z]+\b)"
)
#: A recipient described by a clause of its own ("to an NGO providing shelter to male
#: victims", "to NGOs that provide services to victims"): its "to" is no infinitive.
_DESCRIBED_RECIPIENT_RE = re.compile(
    r"\b(?:that|which|who|where)\b|\b(?!(?:[\w-]*traffick(?:ing|ed))\b)[\w-]+(?:ing|ed)\b"
)
#: Words that tie money to trafficking, its victims or its prevention.
_TRAFFICKING_WORDS_RE = re.compile(
    r"\b(?:traffick\w*|victims?|survivors?|exploit\w*|shelters?|forced|prostitut\w+|slave\w*|"
    r"servitude|smuggl\w+|hotlines?|prevent\w*|awareness|assist\w*|rehabilit\w*|reintegrat\w*|"
    r"ngos?|ngo-\w+|cent(?:er|re)s?|tip|nap|naptip)\b"
)
#: Words after ", and" that open a clause of their own: a verb, not a name's last part.
_NEW_CLAUSE_RE = re.compile(
    r"(?:(?:also|then|later|subsequently)\s+)?(?:did|does|do|was|were|is|are|has|had|have|"
    r"not|never|it|they|the\s+government|[a-z]+ed)\b"
)
#: A recipient between the giving verb and the amount: "provided an NGO shelter with the
#: equivalent of".
_RECIPIENT_RE = re.compile(
    r"\b(?:provid(?:ed|es|ing)|supplied|equipped|gave|giv(?:e|es|ing))\s+"
    r"(?P<recipient>(?:[^\s,;.]+\s+){1,6}?)with\s+(?:the\s+equivalent\s+of\s+|"
    r"approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$"
)
#: A government body the amount goes to, named right after it ("... ($13.1 million) to the
#: Ministry of Home Affairs", "to NAPTIP in 2017"), read in the sentence as written: a
#: capitalised name holding a body's noun, or an acronym (not "NGO").
_BODY_RECIPIENT_RE = re.compile(
    r"\s*to\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|for|and|the|on)\s+){0,8}?"
    r"(?:Ministry|Ministries|Office|Agency|Department|Directorate|Commission|Council|"
    r"Committee|Secretariat|Bureau|Unit|Police|Prosecutor\w*|Ombuds\w*|Task\s+Force)\b|"
    r"\s*to\s+(?:the\s+)?(?!NGOs?\b)[A-Z]{3,}\b(?![-’'])"
)
#: The amount's own words opening a purpose phrase ("... ($103,000) for victim assistance").
_OWN_LEAD_RE = re.compile(r"\s*(?:(?:in|during)\s+(?:19|20)\d{2}\s+)?(?:to|for)\b")
#: The amount's own "for" phrase naming what the money is for ("and an additional 180,000
#: kuna ($34,000) for a national trafficking hotline"), not a time ("for 2019", "for the
#: first time"): a thing outside the catalogue is `other`, not the clause's purpose.
_OWN_FOR_RE = re.compile(
    r"\s*(?:(?:in|during)\s+(?:19|20)\d{2}\s+)?for\s+(?!(?:the\s+)?(?:(?:19|20)\d{2}\b|"
    r"(?:first|second|third|year|period|fiscal|calendar|budget|each|every|fy)\b))"
)
#: Services or outreach for a population other than trafficking victims ("support services
#: to women in prostitution, some of whom may have been sex trafficking victims", "outreach
#: to women in commercial sex") are neither victim assistance nor prevention.
#: Groups at risk rather than victims ("projects for vulnerable populations"): other money.
_AT_RISK_RE = re.compile(
    r"\b(?:vulnerable|at-risk)\s+(?:populations|groups|communities)\b|\bgroups\s+at\s+risk\b|"
    # a wider population beside the victims ("the integration of foreigners and victims")
    r"\b(?:foreigners|migrants|refugees|asylum[\s-]seekers)\s+and\s+(?:[\w-]+\s+){0,2}?victims\b"
)
_NOT_VICTIMS_RE = re.compile(
    r"\b(?:women|men|persons|people|individuals|girls|boys)\s+(?:engaged\s+|involved\s+)?"
    r"in\s+(?:prostitution|commercial\s+sex)\b|\bsome\s+of\s+whom\s+(?:may|might|could)\b"
)
#: The start of a purpose phrase after a comparison: ", to one NGO-run shelter", ", for ...".
_VICTIMS_RE = re.compile(r"\bvictims?\b")
#: A clause describing a shelter ("shelters that could assist eight victims each with
#: accommodation and psycho-social support"): what the shelter does, not another use.
_RELATIVE_RE = re.compile(r"\b(?:that|where|who)\b")
_PURPOSE_LEAD_RE = re.compile(
    # "..., in the form of one-year grants to one NGO to run two shelters"
    r"\s*,\s*(?:in\s+the\s+form\s+of\s+(?:[\w-]+\s+){1,4}?)?(?:to|for)\b"
)
#: A second earlier year after a restated amount's year ("the same amount allocated in 2016
#: and 2015").
_AND_YEAR_RE = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s+and\s+)(?:in\s+)?(?P<year>(?:19|20)\d{2})\b")
_PHRASE_END_RE = re.compile(r",|\band\s+(?:the|its|local|regional)\b")
_YEAR_AFTER_RE = re.compile(r"\s+(?:allocated\s+)?in\s+(?:19|20)\d{2}(?:\s+and\s+(?:19|20)\d{2})?")
#: "the previous year" right after a compared amount.
_PRIOR_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:allocated|provided|spent|budgeted)\s+)?(?:(?:in|during|for)\s+)?"
    r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:reporting\s+|fiscal\s+|calendar\s+)?"
    r"(?:period|year)\b"
)
_CLAUSE_END_RE = re.compile(r"[;.](?:\s|$)")
#: The "from" that opens a change after an allocation's purpose words ("to provide services
#: for ..., from 12.6 million rupees ... to 25 million rupees").
_CHANGE_LEAD_RE = re.compile(r"(?:,\s*|\s+)from\s+")
#: The start of a change: "increased from" right before an amount.
_FROM_RE = re.compile(r"\bfrom\s+$")
#: Between the two ends of a change: an optional year, then "to".
_TO_NEXT_RE = re.compile(
    r"(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:fy\s*)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?)?"
    r"\s*,?\s+to\s+"
)
#: Between the two ends of an undated change: only "to".
_UNDATED_TO_RE = re.compile(r"\s*,?\s+to\s+")
#: A compared amount's year written with "from": "compared to 109,000 manat from 2015".
_FROM_YEAR_RE = re.compile(
    r"\s+from\s+(?P<year>(?:19|20)\d{2})\b(?!\s*(?:[-–/]|to\b|through\b|until\b))"
)
#: A clause opened by a fiscal year ("In fiscal year 2019/20, ...", "During the 2016-2017
#: fiscal year, ...").
_FISCAL_OPENER_RE = re.compile(
    r"(?:^|[;:]\s*)(?:in|during|for)\s+(?:the\s+)?(?:(?:fiscal|financial|budget|funding)\s+years?\s+|"
    r"fy\s*)(?P<start>(?:19|20)\d{2})\s*(?:[-–/]|\s+to\s+)\s*(?P<end>(?:19|20)?\d{2})\s*,|"
    r"(?:^|[;:]\s*)(?:in|during|for)\s+(?:the\s+)?(?P<start2>(?:19|20)\d{2})\s*[-–/]\s*"
    r"(?P<end2>(?:19|20)?\d{2})\s+(?:fiscal|financial|budget|funding)\s+years?\s*,"
)
#: A fiscal year right after an amount ("in 2016-2017", "in fiscal year 2016/17").
_SPAN_AFTER_RE = re.compile(
    r"\s+(?:in|during|for)\s+(?:the\s+)?(?:fiscal\s+year\s+|fy\s*)?(?P<start>(?:19|20)\d{2})"
    r"\s*[-–/]\s*(?P<end>(?:19|20)?\d{2})\b"
)
#: A year the text says had no funding, or no reported funding, before a compared amount.
_NONE_BEFORE_RE = re.compile(
    r"\b(?:did|does|do)\s+not\s+(?:\w+\s+){0,2}?(?:report|provide|allocate|spend|fund|disburse|"
    r"dedicate|budget)\w*\b|\bno\s+(?:funding|funds|budget|allocations?)\b"
)
#: Spending joined to an allocation just before ("... and disbursed").
_SPENT_AFTER_RE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*and\s+(?:\w+\s+){0,2}?(?:disburs\w+|spen[dt]\w*|expend\w*|"
    r"releas\w+|used)\s+(?:only\s+)?|"
    # "allocated 10 million pesos for the shelter in 2016, but disbursed only 6 million"
    r"\s*(?:\([^()]*\)\s*)?[^;.()$]{0,80}?,?\s+(?:but|yet|of\s+which)\s+(?:it\s+|the\s+\w+\s+)?"
    r"(?:\w+\s+){0,2}?(?:disburs\w+|spen[dt]\w*|expend\w*|releas\w+|used)\s+(?:only\s+)?"
)
_COMPARED_RE = re.compile(
    r"\b(?:compared|from|than|versus|vs|increas\w*|decreas\w*|up|down|respectively)\b"
)
_PART_RE = re.compile(r"\b(?:including|of\s+which|of\s+this|and)\s+$")


@dataclass(frozen=True)
class Funding:
    """A funding fact in sentence-local offsets."""

    year: int
    purpose: str
    #: None, with `amount_local`, for an amount printed only in dollars in a report about a
    #: country whose currency is not the dollar (METRICS.md "Dollars only").
    currency: str | None
    amount_local: Decimal | None
    amount_usd: Decimal | None
    start: int
    end: int
    rule: str
    qualifier: str | None


def sentence_funding(
    reading: SentenceReading, reporting_year: int | None, previous: str
) -> list[Funding]:
    """Funding facts among a sentence's amounts. An amount's purpose is the one its own
    words name ("... to implement the national action plan"), else the one its sentence
    names before it, else the one of the `previous` sentence ("The government allocated
    funding for prevention. The government allocated 9.8 million KZT during the previous
    year."), else its section's."""
    text, amounts, section = reading.text, reading.amounts, reading.section
    country = reading.country_iso3
    if not amounts:
        return []
    out: list[Funding] = []
    head_purpose: str | None = None
    head_years: tuple[int, ...] | None = None
    last_comparison = -1
    allocated: Amount | None = None
    for i, amount in enumerate(amounts):
        if amount.currency is None or amount.value <= 0:
            continue
        _, qstart = qualifier_before(text, amount.start)
        comparison = bool(COMPARISON_CUE_RE.search(text, max(0, qstart - 40), qstart)) or (
            last_comparison == i - 1
            and LIST_JOINER_RE.fullmatch(text, _after_year(text, amounts[i - 1].end), qstart)
            is not None
            and years_at(text, amount.end, reporting_year) is not None
        )
        if comparison and head_purpose is None:
            out.extend(_earlier_end(reading, i, qstart, reporting_year, previous) or ())
            last_comparison = i  # "... and 8.4 million euros in 2020" continues the comparison
            continue
        if _undated_change_end(text, amounts, i, qstart):
            continue  # "decreased from 840 million rupees to 750 million rupees"
        stop = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
        after = amounts[i - 1].end if i else 0
        fresh = allocated.end if allocated is not None else 0
        if not comparison and not _is_allocation(text, amount, qstart, stop, after, fresh):
            continue
        if not comparison and _share_unknown(text, amount):
            continue  # "whose overall budget was ..., did not report how much ... trafficking"
        if not comparison and _spent_part(text, allocated, amount, qstart):
            continue  # "allocated 1.6 billion colones and disbursed 1.03 billion"
        if not comparison:
            allocated = amount
        purpose = None
        whole = _whole_after(text, amounts, i)
        if whole is not None and not comparison:
            # "expending 378,000 cedis of the 500,000 cedis deposited in the fund ..., for
            # items to open two shelters": the part counts only for its own stated use
            purpose = _part_purpose(text, whole)
            if purpose is None:
                continue  # the same money as the whole it was taken from
        elif i and _whole_after(text, amounts, i - 1) == amount and not comparison:
            # the whole's own words ("deposited in the Human Trafficking Fund") name its use
            purpose = _purpose(text, amount.end, _own_words_end(text, amount.end)) or "other"
        if not comparison and _BODY_BUDGET_RE.search(text, max(0, qstart - 40), qstart):
            # "the campaign lasted six months with an operating budget of": the campaign's
            purpose = _purpose(text, clause_start(text, qstart), qstart) or "other"
        if not comparison and purpose is None and _OWN_LEAD_RE.match(text, amount.end) is None:
            purpose = _recipient_purpose(text, amount.start)
        purpose = purpose or _use_after_recipient(text, amount.end, stop)
        purpose = purpose or _purpose(text, amount.end, stop)
        if purpose is None and not comparison and i + 1 < len(amounts):
            # "98,800 hryvnia to the national budget and 219,220 hryvnia to local budgets for
            # anti-trafficking measures": a purpose after the list is each amount's
            after = amounts[i + 2].start if i + 2 < len(amounts) else len(text)
            if _AND_RE.search(
                text, amount.end, amounts[i + 1].start
            ) and not _NEW_GIVING_CLAUSE_RE.search(text, amount.end, amounts[i + 1].start):
                # (not "3.5 billion rupiah to the task force, and spent Rp 1.2 billion on
                # repatriating victims": the second amount's verb opens a clause of its own)
                purpose = _purpose(text, amounts[i + 1].end, after)
        if purpose is None and not comparison and _OWN_FOR_RE.match(text, amount.end):
            purpose = "other"
        if purpose is None and not comparison and _for_a_body(reading, amount, qstart):
            purpose = "other"  # a body's own money: "allocated 3.14 billion naira to NAPTIP"
        if purpose is None and not comparison:
            purpose = _purpose_past_comparison(text, amounts, i)
        if comparison:
            last_comparison = i
            years = (
                _span_end_year(text, amount.end)
                or years_at(text, amount.end, reporting_year)
                or _from_year(text, amount.end)
                or years_between(text, amount.end, _clause_end(text, amount.end), reporting_year)
                or years_between(text, amount.start, amount.end, reporting_year)
            )
            if head_years and _PRIOR_AFTER_RE.match(text, amount.end):
                # "... in the 2017-2018 fiscal year, compared with 466 million rupees the
                # previous year": the year before the allocation's own
                years = (min(head_years) - 1,)
            purpose = head_purpose or purpose
        else:
            # "3.2 million patacas allocated in 2014 ($400,000)": the year inside its span;
            # "350 million rupees in 2017-2018": the year a fiscal year ends in
            years = (
                years_between(text, amount.start, amount.end, reporting_year)
                or _span_end_year(text, amount.end)
                or years_at(text, amount.end, reporting_year)
            )
            if (
                years is None
                and head_years is not None
                and _PART_RE.search(text, max(0, qstart - 20), qstart)
            ):
                years = head_years
            if years is None:  # "allocated 5 million naira for shelters in 2018"
                years = years_between(
                    text, amount.end, _own_end(text, amount.end, stop), reporting_year
                )
            if years is None:
                years = _fiscal_opener(text, amount.start)
            if years is None:
                opener = opener_year(text, amount.start, reporting_year)
                years = (opener,) if opener is not None else None
            if years is None and reporting_year is not None:
                years = (reporting_year,)
        if purpose is None and not comparison:
            purpose = _purpose(text, clause_start(text, amount.start), amount.start) or _purpose(
                text, 0, amount.start
            )
        if purpose is None:
            if head_purpose is None and not _about_trafficking(text, previous):
                continue  # "allocated 2.7 million euros to the reforms" of child care
            purpose = head_purpose or _fallback_purpose(section, _sentence_purpose(previous))
        if not comparison and head_purpose is None:
            head_purpose, head_years = purpose, years
        if years is None:
            continue
        same = None if comparison else _SAME_AS_RE.search(text, amount.end)
        if same is not None and reporting_year is not None:
            # "..., the same amount allocated the previous year", "maintaining allocations
            # from the previous year": the amount is that year's too (METRICS.md); the
            # year phrase inside it is not the allocation's own
            earlier = int(same.group("year")) if same.group("year") else reporting_year - 1
            also = _AND_YEAR_RE.match(text, same.end()) if same.group("year") else None
            restated = {earlier} | ({int(also.group("year"))} if also is not None else set())
            if set(years) <= restated:
                # "..., the same amount allocated in 2014 and 2013": those years are the
                # restatement's, the allocation's own is the reporting period
                years = (reporting_year,)
            years = (*years, earlier) if earlier not in years else years
            if also is not None and int(also.group("year")) not in years:
                years = (*years, int(also.group("year")))
        currency, local = _local_amount(amount, country, reporting_year)
        for year in years:
            out.append(
                Funding(
                    year=year,
                    purpose=purpose,
                    currency=currency,
                    amount_local=local,
                    amount_usd=amount.usd,
                    start=amount.start,
                    end=amount.end,
                    rule="funding.comparison" if comparison else "funding.allocation",
                    qualifier=amount.qualifier,
                )
            )
    return out


def _earlier_end(
    reading: SentenceReading, i: int, qstart: int, reporting_year: int | None, previous: str
) -> list[Funding] | None:
    """The facts of a compared amount that no allocation of its sentence heads: the dated
    start of a change ("increased from 203 million rupees in 2016-2017 to 350 million
    rupees"), or an earlier year's amount beside a year without funding ("did not report
    the funds allocated in 2017, compared to 288,000 euros in 2015"); None when neither."""
    text, amounts = reading.text, reading.amounts
    amount = amounts[i]
    clause = clause_start(text, qstart)
    if _FROM_RE.search(text, max(0, qstart - 8), qstart) and i + 1 < len(amounts):
        _, next_start = qualifier_before(text, amounts[i + 1].start)
        if not _to_after(text, amount, next_start):
            return None
        rule = "funding.change"
    elif _NONE_BEFORE_RE.search(text, clause, qstart):
        rule = "funding.comparison.none"
    else:
        return None
    years = _span_end_year(text, amount.end) or years_between(
        text, amount.end, _clause_end(text, amount.end), reporting_year
    )
    if not years or (rule == "funding.comparison.none" and reporting_year in years):
        return None
    purpose = (
        _purpose(text, clause, qstart)
        or _purpose(text, 0, qstart)
        or _fallback_purpose(reading.section, _sentence_purpose(previous))
    )
    currency, local = _local_amount(amount, reading.country_iso3, reporting_year)
    return [
        Funding(
            year=year,
            purpose=purpose,
            currency=currency,
            amount_local=local,
            amount_usd=amount.usd,
            start=amount.start,
            end=amount.end,
            rule=rule,
            qualifier=amount.qualifier,
        )
        for year in years
    ]


#: Between a part and the whole it was taken from ("378,000 cedis ($78,340) of the 500,000").
_OF_THE_BETWEEN_RE = re.compile(r"\s+of\s+the\s+")
#: Where a whole's own words end: the next comma or clause end.
_WORDS_END_RE = re.compile(r"[,;.](?:\s|$)")


def _whole_after(text: str, amounts: list[Amount], i: int) -> Amount | None:
    """The allocation amount `i` is a part of, named right after it ("... of the 500,000
    cedis deposited in the Human Trafficking Fund"), or None."""
    if i + 1 >= len(amounts):
        return None
    whole = amounts[i + 1]
    if _OF_THE_BETWEEN_RE.fullmatch(text, amounts[i].end, whole.start) is None:
        return None
    return whole if is_whole_of_part(text, whole) else None


def _own_words_end(text: str, pos: int) -> int:
    """Where the words right after an amount end (its participle phrase)."""
    m = _WORDS_END_RE.search(text, pos)
    return len(text) if m is None else m.start()


def _part_purpose(text: str, whole: Amount) -> str | None:
    """The use a part of an allocation is stated to be spent on, after the whole's own
    words (", for items necessary to open two specialized shelters"), or None."""
    lead = _PURPOSE_LEAD_RE.match(text, _own_words_end(text, whole.end))
    if lead is None:
        return None
    return _purpose(text, lead.start(), _clause_end(text, lead.end()))


def _undated_change_end(text: str, amounts: list[Amount], i: int, qstart: int) -> bool:
    """Whether amount `i` ends a change from the amount before it that no year dates
    ("the budget decreased from 840 million rupees to 750 million rupees"): neither end is
    an allocation of a known year (METRICS.md: undated from-to changes)."""
    if i == 0:
        return False
    before = amounts[i - 1]
    _, before_start = qualifier_before(text, before.start)
    return (
        _FROM_RE.search(text, max(0, before_start - 8), before_start) is not None
        and _UNDATED_TO_RE.fullmatch(text, before.end, qstart) is not None
    )


def _to_after(text: str, amount: Amount, next_start: int) -> bool:
    """Whether the amount beginning at `next_start` is the "to" end of a change starting at
    `amount` ("from 203 million rupees in 2016-2017 to 350 million rupees")."""
    return _TO_NEXT_RE.fullmatch(text, amount.end, next_start) is not None


def _from_year(text: str, pos: int) -> tuple[int] | None:
    """The year a compared amount is "from" ("compared to 109,000 manat ($59,239) from
    2015"), not the start of a span ("from 2015 to 2017")."""
    m = _FROM_YEAR_RE.match(text, pos)
    return None if m is None else (int(m.group("year")),)


def _fiscal_opener(text: str, pos: int) -> tuple[int] | None:
    """The year a fiscal year opening the clause before `pos` ends in ("In fiscal year
    2019/20, the government allocated ...": 2020)."""
    year = None
    for m in _FISCAL_OPENER_RE.finditer(text, 0, pos):
        start, end = int(m.group("start") or m.group("start2")), m.group("end") or m.group("end2")
        last = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        year = last if last == start + 1 else None
    return None if year is None else (year,)


def _span_end_year(text: str, pos: int) -> tuple[int] | None:
    """The year a fiscal year printed right at `pos` ends in ("in 2016-2017": 2017)."""
    m = _SPAN_AFTER_RE.match(text, pos)
    if m is None:
        return None
    start, end = m.group("start"), m.group("end")
    year = int(end) if len(end) == 4 else int(start[:2] + end)
    return (year,) if year == int(start) + 1 else None


def _spent_part(text: str, allocated: Amount | None, amount: Amount, qstart: int) -> bool:
    """Whether `amount` is the part spent of the allocation just before it ("allocated 1.6
    billion colones ($2.8 million) and disbursed 1.03 billion colones"): the same money, not
    another allocation; spending more than the allocation is money of its own."""
    return (
        allocated is not None
        and allocated.currency == amount.currency
        and amount.value <= allocated.value
        and _SPENT_AFTER_RE.fullmatch(text, allocated.end, qstart) is not None
    )


def _local_amount(
    amount: Amount, country: str | None, reporting_year: int | None
) -> tuple[str | None, Decimal | None]:
    """The currency and local amount of an allocation: the currency in force in the
    reporting year (old leones, SLL, before Sierra Leone's 2022 redenomination); none for
    dollars printed alone about a country whose currency is not the dollar."""
    code = amount.currency or ""
    if code == "USD":
        if country and not currencies.uses_dollar(country, reporting_year):
            return None, None
        return code, amount.value
    return currencies.in_force(code, country, reporting_year), amount.value


def _about_trafficking(text: str, previous: str) -> bool:
    """Whether a sentence whose money names no use, or the sentence before it, speaks of
    trafficking at all; money for something else the text describes ("reforms to the
    child care system ... allocated 2.7 million euros to the reforms") has no trafficking
    earmark (METRICS.md: general funds are not funding)."""
    return bool(_TRAFFICKING_WORDS_RE.search(text) or _TRAFFICKING_WORDS_RE.search(previous))


def _use_after_recipient(text: str, pos: int, stop: int) -> str | None:
    """The purpose of the use an infinitive names after the money's recipient ("to some
    victims upon repatriation to educate their communities": prevention), which the
    recipient's own words do not decide (purpose follows the stated use)."""
    m = _RECIPIENT_THEN_USE_RE.match(text, pos)
    if m is None or m.end() > stop or _DESCRIBED_RECIPIENT_RE.search(m.group("recipient")):
        return None
    return _purpose(text, m.start("use"), stop)


def _for_a_body(reading: SentenceReading, amount: Amount, qstart: int) -> bool:
    """Whether the amount goes to a government body and nothing in its clause names a use
    ("allocated 832 million rupees ($13.1 million) to the Ministry of Home Affairs"): the
    body's general money, `other`, not its section's purpose."""
    if _BODY_RECIPIENT_RE.match(reading.original, amount.end) is None:
        return False
    text = reading.text
    return _purpose(text, clause_start(text, qstart), qstart) is None


def _recipient_purpose(text: str, start: int) -> str | None:
    """The purpose named by the recipient the money was given *with* ("provided an NGO
    shelter with the equivalent of $18,500"), when the amount's own words open no "for" or
    "to" phrase of their own."""
    m = _RECIPIENT_RE.search(text, max(0, start - 80), start)
    return None if m is None else _purpose(text, m.start("recipient"), m.end("recipient"))


def _purpose_past_comparison(text: str, amounts: list[Amount], i: int) -> str | None:
    """The purpose named after a comparison that follows amount `i` ("allocated 6.2 million
    KZT, an increase from 4.5 million KZT in 2013, to one NGO-run shelter"): the phrase
    after the compared amounts and their year belongs to the allocation."""
    j = i + 1
    while j < len(amounts):
        _, qstart = qualifier_before(text, amounts[j].start)
        between = text[amounts[j - 1].end : qstart]
        if _CLAUSE_END_RE.search(between) or not COMPARISON_CUE_RE.search(
            text, max(0, qstart - 40), qstart
        ):
            break
        j += 1
    if j == i + 1:
        return None
    pos = _after_year(text, amounts[j - 1].end)
    if _PURPOSE_LEAD_RE.match(text, pos) is None:
        return None
    return _purpose(text, pos, amounts[j].start if j < len(amounts) else len(text))


def _sentence_purpose(text: str) -> str | None:
    """The purpose an allocating sentence names ("allocated funding for prevention")."""
    return _purpose(text, 0, len(text)) if _ALLOCATION_VERB_RE.search(text) else None


def _after_year(text: str, pos: int) -> int:
    """The end of a year phrase right at `pos`, or `pos`."""
    m = _YEAR_AFTER_RE.match(text, pos)
    return m.end() if m else pos


def _own_end(text: str, pos: int, stop: int) -> int:
    """Where the words about the amount at `pos` end: at the clause end, the next amount
    (`stop`) or a comparison ("compared with none in 2018" is another year's)."""
    end = min(stop, _clause_end(text, pos))
    cue = _COMPARED_RE.search(text, pos, end)
    return end if cue is None else cue.start()


def _clause_end(text: str, pos: int) -> int:
    """Where the clause at `pos` ends."""
    m = _CLAUSE_END_RE.search(text, pos)
    return len(text) if m is None else m.start()


def _is_allocation(
    text: str, amount: Amount, qstart: int, stop: int, after: int, fresh: int = 0
) -> bool:
    """Whether an amount is money the government allocated (not a fine, salary, delta, a
    donor's money, a part of an earlier amount released or spent, ...); `stop` is where the
    next amount begins, `after` where the one before ends, `fresh` where the last allocation
    of the sentence ends (its own words, "for salaries of shelter staff", are not this
    amount's)."""
    if amount.is_range or _RANGE_START_RE.search(text, max(0, qstart - 40), qstart):
        return False  # "between 2 and 3 million pesos": a range, no one allocation
    window = max(0, qstart - 80)
    if fresh > window:
        # "allocated X for salaries of shelter staff and Y for food": the words up to the
        # list's joiner are the last allocation's own
        ends = [m.end() for m in _JOINER_RE.finditer(text, fresh, qstart)]
        window = ends[-1] if ends else fresh
    before = text[window:qstart]
    not_before = _NOT_ALLOCATION_BEFORE_RE.search(before)
    if not_before is not None and _allocated_after(before, not_before.start() + 1):
        # "... to pay 2 million naira in restitution, and the government allocated"
        not_before = None
    verb = None
    if not_before is not None and _PAY_RE.match(not_before.group()):
        # "paid 40,000 euros to an NGO to run the shelter": paying a provider funds it
        paid = _PAY_RE.match(text, window + not_before.start())
        not_before = _NOT_ALLOCATION_BEFORE_RE.search(before, not_before.end())
        if not_before is None and _PAID_TO_PROVIDER_RE.match(text, amount.end) is None:
            return False
        verb = paid
    if not_before is not None or _NOT_ALLOCATION_AFTER_RE.match(text, amount.end):
        return False
    start = clause_start(text, qstart)
    if _PART_OPENER_RE.search(text, max(0, qstart - 40), qstart) and _WENT_TO_RE.match(
        text, amount.end
    ):
        return True  # "Of this amount, 20 million rupees ($280,000) went to shelters"
    for m in _ALLOCATION_VERB_RE.finditer(text, verb.end() if verb else 0, qstart):
        verb = m
    if verb is None:
        return False
    subject = text[clause_start(text, verb.start()) : verb.start()]
    own = text[amount.end : min(stop, _clause_end(text, amount.end))]
    # the words between the verb and the amount, when they are this amount's own
    recipient = text[max(verb.end(), qstart - 120) : qstart] if verb.end() >= after else ""
    if not recipient and (change := _CHANGE_LEAD_RE.search(text, verb.end(), after)) is not None:
        # "increased its budget to provide services for victims of violence, including
        # trafficking, from X to Y": the words before the change are Y's too
        recipient = text[verb.end() : change.start()]
    if amount.qualifier == "at most" or _for_wider_group(own) or _for_wider_group(recipient):
        return False  # "up to 20,000 rupees": a cap, not an allocation
    return not (
        _DONOR_RE.search(subject)
        or _DONOR_RE.search(text, start, amount.start)
        or _DONOR_SOURCE_RE.search(_PURPOSE_STOP_RE.split(own, maxsplit=1)[0])
    )


#: Right before an amount: the low end of a range ("between 2 and", "2-").
_RANGE_START_RE = re.compile(
    r"\bbetween\s+(?!(?:19|20)\d{2}\b)[\d.,]+(?:\s+(?:thousand|million|billion))?\s+and\s+$|"
    r"(?<![\d,.])\d[\d.,]*\s*[-–]\s*$"
)
#: ", and spent": a clause of its own with its own giving verb between two amounts.
_NEW_GIVING_CLAUSE_RE = re.compile(
    r",\s+and\s+(?:[\w-]+\s+){0,2}?(?:allocat|provid|spen[dt]|disburs|gave|grant|contribut|"
    r"appropriat|earmark|releas|expend|used|paid|invest|transferr)\w*\b"
)
#: A verb by which a body gives money (not "received": "the victim received 3,000 lari").
_GOVERNMENT_ALLOCATES_RE = re.compile(
    r"\b(?:allocat\w+|budget\w*|provid\w+|spen[dt]\w*|fund(?:ed|s)|disburs\w+|earmark\w*|"
    r"contribut\w+|appropriat\w+|devot\w+|set\s+aside|assign\w+|financ\w+|subsidi[sz]\w+)\b"
)
#: A new clause before an allocating verb: ", and the government allocated", "; it provided".
_CLAUSE_JOIN_RE = re.compile(r",\s+|;\s+|\band\s+(?:the|it|its|authorities|officials)\b")


def _allocated_after(before: str, pos: int) -> bool:
    """Whether the words before an amount open, after position `pos` (inside a fine,
    compensation or other non-allocation word), a new clause with an allocating verb of its
    own ("courts ordered ... 2 million naira in restitution, and the government allocated"):
    the word is the other clause's."""
    verbs = list(_GOVERNMENT_ALLOCATES_RE.finditer(before, pos))
    if not verbs:
        return False
    verb = verbs[-1]  # the last allocating verb before the amount
    return verb is not None and _CLAUSE_JOIN_RE.search(before, pos, verb.start()) is not None


def _share_unknown(text: str, amount: Amount) -> bool:
    """Whether the sentence says after `amount` that its trafficking share is unknown, and
    names trafficking nowhere before that (the money is a wider body's budget)."""
    if "traffick" not in text:
        return False
    m = _SHARE_UNKNOWN_RE.search(text, amount.end)
    return m is not None and _TRAFFICKING_RE.search(text, 0, m.start()) is None


def _for_wider_group(words: str) -> bool:
    """Whether `words` give the money to a wider group than trafficking victims, naming
    trafficking only as a part of it ("shelters for victims of crime, including trafficking")."""
    if _WIDER_GROUP_RE.search(words) is None:
        return False
    return _TRAFFICKING_RE.search(_PART_OF_GROUP_RE.sub("", words)) is None


def _purpose(text: str, start: int, stop: int) -> str | None:
    """The purpose that the words in text[start:stop] name first; a general one ("victim
    assistance") gives way to a specific one in the same phrase ("... during investigations").
    A general anti-trafficking or agency purpose named first ("for preventing and countering
    trafficking", "for its overall operations") is `other`, whatever follows it."""
    m = _PURPOSE_STOP_RE.search(text, start, stop)
    purpose = _window_purpose(text[start : m.start() if m else stop])
    if (
        purpose is None
        and m is not None
        and m.group().startswith(",")
        and _NEW_CLAUSE_RE.match(text, m.end()) is None
    ):
        # "to the Directorate for Children, Youth, and Family Affairs to establish a
        # coordinating unit": a name's list; the words after it are still this amount's
        # (the next amount bounds `stop`), unless they open a clause of their own ("..., and
        # did not provide any other support to NGOs that delivered victim care")
        return _purpose(text, m.end(), stop)
    return purpose


def _window_purpose(window: str) -> str | None:
    """The purpose the words of one purpose phrase name (see `_purpose`)."""
    found = [(r.search(window), p) for p, r in _PURPOSES]
    hits = sorted((hit.start(), rank, p) for rank, (hit, p) in enumerate(found) if hit)
    other = _OTHER_RE.search(window)
    if other is not None and (not hits or other.start() <= hits[0][0]):
        return "other"
    programme = _PROGRAMME_RE.search(window)
    if programme is not None:
        if _ANAPHORIC_PROGRAMME_RE.search(programme.group()):
            return None  # "to implement this program": the one the text named before
        if not _VICTIM_PROGRAMME_RE.search(programme.group()):
            return "other"
    if not hits:
        return None
    first_pos, _, purpose = hits[0]
    end = _PHRASE_END_RE.search(window, first_pos)
    phrase_end = end.start() if end else len(window)
    specific = [(rank, p) for pos, rank, p in hits if pos < phrase_end]
    if {"victim_assistance", "prevention"} <= {p for _, p in specific}:
        return "other"  # "to victim protection services and prevention programs": both uses
    purpose = min(specific)[1] if specific else purpose
    relative = _RELATIVE_RE.search(window, first_pos)
    care_end = relative.start() if relative else len(window)
    if purpose == "shelters" and _CARE_RE.search(window, 0, care_end):
        return "victim_assistance"  # "Shelter and care" (METRICS.md)
    if purpose in ("victim_assistance", "prevention", "shelters") and (
        _not_victims_first(window)
        or _AT_RISK_RE.search(window)
        or _POPULATION_PART_RE.search(window)
        # "to seven domestic violence shelters that assisted trafficking victims": money
        # only also used for victims (an allocation only where trafficking is named)
        or _WIDER_BODY_RE.search(window)
    ):
        return "other"
    return purpose


def _not_victims_first(window: str) -> bool:
    """Whether a phrase serves people who are not (yet) victims before it names victims
    ("services to women in prostitution, some of whom may have been victims"); "to assist
    trafficking victims and women in prostitution" is for the victims first."""
    m = _NOT_VICTIMS_RE.search(window)
    if m is None:
        return False
    victims = _VICTIMS_RE.search(window)
    return victims is None or m.start() < victims.start()


def _fallback_purpose(section: str | None, previous: str | None) -> str:
    """Purpose for an amount whose sentence names none: the previous funding sentence's,
    else the section's (protection money is victim assistance)."""
    if previous is not None:
        return previous
    return {"prevention": "prevention", "protection": "victim_assistance"}.get(
        section or "", "other"
    )


#: A verb that spends money (rather than allocating it): "disbursed", "released", "spent".
_SPENDING_VERB_RE = re.compile(r"\b(?:disburs\w+|releas\w+|spent|spends?|spending|expend\w+)\b")
#: A verb that allocates money: "allocated", "budgeted", "appropriated".
_ALLOCATING_VERB_RE = re.compile(
    r"\b(?:allocat\w+|budget\w*|appropriat\w+|earmark\w*|approv\w+|set\s+aside|assign\w+)\b"
)
#: How many sentences back an allocation's spending may be reported.
_SPENDING_REACH = 2


#: Right after an amount: money for "the shelter" named before, with no words of its own
#: ("... ($93,450) to fund the shelter and provide victim services").
_TO_THE_SHELTER_RE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:to|for)\s+(?:(?:fund|run|operate|support|maintain)\s+)?"
    r"the\s+shelter\b"
)
#: A shelter for victims of domestic violence or abuse ("a shelter in Honiara for domestic
#: violence victims", "the NGO-run domestic abuse shelter").
_WIDER_SHELTER_RE = re.compile(
    r"\bshelters?\b[^.;]{0,40}?\b(?:domestic|gender-based|family)\s+(?:violence|abuse)\b|"
    r"\b(?:domestic|gender-based|family)\s+(?:violence|abuse)\s+(?:[\w-]+\s+)?shelters?\b"
)
#: A shelter for trafficking victims named beside it ("a shelter for trafficking victims",
#: "the trafficking shelter"): "the shelter" may be that one.
_TRAFFICKING_SHELTER_RE = re.compile(
    r"\btraffick\w*(?:-\w+)?\s+(?:[\w-]+\s+)?shelters?\b|"
    r"\bshelters?\s+(?:for|dedicated\s+to)\s+(?:[\w-]+\s+){0,2}?(?:victims\s+of\s+)?"
    r"(?:human\s+)?traffick"
)
#: How many sentences back the shelter may be named.
_SHELTER_REACH = 2


def _without_wider_shelters_named_before(
    funding: list[FundingFact], sentences: dict[int, Sentence]
) -> list[FundingFact]:
    """`funding` without money for "the shelter" where the sentences just before name it a
    shelter for domestic violence victims and the money's own clause names no trafficking
    ("one local organization operated a shelter in Honiara for domestic violence victims ...
    The government provided 700,000 Solomon Islands dollars ($93,450) to fund the shelter"):
    a wider body's money, no trafficking earmark (METRICS.md "What is an allocation");
    nor the earlier years it is compared with."""
    out = []
    dropped: dict[int, int] = {}  # sentence index -> where the dropped allocation starts
    for f in funding:
        if f.rule == "funding.comparison" and f.start > dropped.get(f.sentence_index, f.start):
            continue  # "..., compared with 65.1 million krona ($576,770) for 2015"
        sentence = sentences.get(f.sentence_index)
        if sentence is not None and f.purpose in ("shelters", "victim_assistance"):
            text = sentence.text.lower()
            end = f.end - sentence.start
            to_shelter = _TO_THE_SHELTER_RE.match(text, end)
            own_end = _WORDS_END_RE.search(text, to_shelter.end()) if to_shelter else None
            if (
                to_shelter is not None
                and "traffick" not in text[end : own_end.start() if own_end else len(text)]
                and _wider_shelter_named_before(sentences, f.sentence_index)
            ):
                dropped.setdefault(f.sentence_index, f.start)
                continue
        out.append(f)
    return out


def _wider_shelter_named_before(sentences: dict[int, Sentence], index: int) -> bool:
    """Whether the sentences just before `index` name a domestic violence shelter and no
    shelter for trafficking victims."""
    before = [
        s.text.lower()
        for back in range(1, _SHELTER_REACH + 1)
        if (s := sentences.get(index - back)) is not None
    ]
    return any(_WIDER_SHELTER_RE.search(t) for t in before) and not any(
        _TRAFFICKING_SHELTER_RE.search(t) for t in before
    )


def without_spent_allocations(
    funding: list[FundingFact], sentences: dict[int, Sentence]
) -> list[FundingFact]:
    """The allocations without the spending a sentence reports of money a sentence just
    before allocated ("allocated 3.14 billion naira to NAPTIP in 2017, ... The government
    disbursed at least 2.64 billion naira to NAPTIP during the reporting period, an increase
    from 1.48 billion naira disbursed in the previous reporting period"): the same money, one
    fact (METRICS.md). Spending of its own (more than the allocation, another use, another
    year or currency) stays. Nor does money for "the shelter" that the sentences before name
    a domestic violence shelter count (`_without_wider_shelters_named_before`)."""
    funding = _without_wider_shelters_named_before(funding, sentences)
    by_sentence: dict[int, list[FundingFact]] = {}
    for f in funding:
        by_sentence.setdefault(f.sentence_index, []).append(f)
    spent: set[int] = set()
    for index, facts in by_sentence.items():
        sentence = sentences.get(index)
        if sentence is None or not _spends(sentence, min(facts, key=lambda f: f.start)):
            continue
        earlier = [
            f
            for back in range(1, _SPENDING_REACH + 1)
            if (s := sentences.get(index - back)) is not None
            for f in by_sentence.get(index - back, ())
            if _allocates(s, f)
        ]
        for f in facts:
            if any(_covers(e, f) for e in earlier):
                spent.add(id(f))
    return [f for f in funding if id(f) not in spent]


def _governing_verb(sentence: Sentence, fact: FundingFact) -> re.Match[str] | None:
    """The last spending or allocating verb before the fact's amount in its sentence."""
    text = sentence.text.lower()[: max(0, fact.start - sentence.start)]
    last = None
    for regex in (_SPENDING_VERB_RE, _ALLOCATING_VERB_RE):
        for m in regex.finditer(text):
            if last is None or m.start() > last.start():
                last = m
    return last


def _spends(sentence: Sentence, fact: FundingFact) -> bool:
    """Whether the sentence reports the fact's money as spent ("disbursed X")."""
    verb = _governing_verb(sentence, fact)
    return verb is not None and _SPENDING_VERB_RE.fullmatch(verb.group()) is not None


def _allocates(sentence: Sentence, fact: FundingFact) -> bool:
    """Whether the sentence reports the fact's money as allocated ("allocated X")."""
    verb = _governing_verb(sentence, fact)
    return verb is not None and _ALLOCATING_VERB_RE.fullmatch(verb.group()) is not None


def _covers(allocation: FundingFact, spending: FundingFact) -> bool:
    """Whether `spending` can be the spending of `allocation`: the same year, use and
    currency, and no more money."""
    if (allocation.year, allocation.purpose, allocation.currency) != (
        spending.year,
        spending.purpose,
        spending.currency,
    ):
        return False
    a = allocation.amount_local if allocation.amount_local is not None else allocation.amount_usd
    b = spending.amount_local if spending.amount_local is not None else spending.amount_usd
    return a is not None and b is not None and b <= a
