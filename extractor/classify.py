"""Decide the role of each candidate number (the rules): money by its unit, then area indicators,
outcomes and participants, each group's rules in its own module.

Each decision is a `Label`: group, kind, a score in 0..1 and the readable features behind it,
which the learned model (extractor.model) can re-score.
"""

from __future__ import annotations

import re

from extractor.candidates import Candidate, column_header
from extractor.cue_match import (
    Label, age, bare_item, base_noun, best_kind, counted_before, counted_subject, cue_distance_score, cues, head_lemma,
    heading_score, is_base, is_cue, lead_score, negated, realised_under_heading, row_head, token_lemma
)
from extractor.figure_context import (
    achievement_column, context_flags, difference, follow_up_column, of_change_log, of_earlier_or_other_project,
    of_follow_up, per_unit
)
from extractor.indicator_rules import (
    ANAPHOR_SCORE, SPELT_OUT_SCORE, STATUS_CASES, anaphor_before, area_row_under, area_statistic, benchmark,
    last_sentence_lemmas, long_term_spelt_out, range_start, rate_of_another_statistic, respective_kind
)
from extractor.money_rules import lowered_support_cost, money_label
from extractor.outcome_rules import (
    OUTCOME_SKIP_CASES, besides_tokens, case_of_kinds, completed_qualification, counts_things_not_people,
    destination_kinds, example_tokens, group_definition_tokens, is_comparison, lumped, names_open_market, own_services,
    own_training, pension_inquiry_group, project_name_tokens, reaching_agents, referred_kinds, refine_outcome, subcount,
    time_phrase_tokens, without_tokens
)
from extractor.participant_rules import (
    MIN_ATTENDEES, PEOPLE_COLUMN, VISITORS, additional_group, after_event, at_branch, attends_event, base_label,
    comparison_group, count_of_event, counted_by_destination, counts_events, counts_things, counts_visits,
    disowned_as_clients, event_sentence, event_table_people, event_topic, exits, from_place, group_split, guest_event,
    in_service, in_someones_charge, inflow_before, intake_kind, is_event, joined, of_people, participants_row,
    participation_verb, participations, partitioned, receives_service, refers_to_events, registered, restated_share,
    shop_customers, status_row, stays, survey_or_capacity, visitor_visits,
)


def one_of_them(c: Candidate) -> bool:
    """'Yksi palkkatuella työllistyneistä', 'yksi heistä': one of a group named in the plural elative."""
    tokens = list(c.sentence.span)[c.token_i + 1:c.token_i + 4]
    return any(t.morph.get("Case") == ["Ela"] and t.morph.get("Number") == ["Plur"] for t in tokens)


SAMPLE_SIZE = re.compile(r"\b[nN]\s*=\s*$")
SURVEY_TABLE = re.compile(r"vastaaj|kysely|haastatel", re.IGNORECASE)  # 'Taulukko 2. Haastateltavat': interviewees


def of_respondents(c: Candidate) -> bool:
    """A share of a survey's respondents: a row of a table whose caption or header says so ('% vastaajista',
    'Taulukko 4. Kyselyn vastaukset', a table of interviewees; not '(n = 163)', a client table too), or a figure
    taken from 'vastaajista' or 'haastateltavista'."""
    if c.sentence.is_row and SURVEY_TABLE.search(c.sentence.caption + " " + " ".join(c.sentence.columns)):
        return True
    if c.unit == "pct" and RESPONSE_RATE.search(c.sentence.text):
        return True  # 'naiset (vastausaste 55,8 %) vastasivat miehiä (35,4 %) aktiivisemmin'
    if c.sentence.is_row and RATING.search(" ".join((c.sentence.heading, c.sentence.caption) + c.sentence.columns)):
        return True  # 'HAKIJAN OMA ARVIO (asteikko 0–5)' + 'Asiakaslähtöisyys | 4': a grade, no count
    return base_noun(c).startswith(("vastaaja", "haastateltava"))


RATING = re.compile(r"asteik|arvosan|enimmäispist|pisteytys", re.IGNORECASE)  # a table of grades or points
RESPONSE_RATE = re.compile(r"\bvastaus(?:aste|prosent)\w*", re.IGNORECASE)


def column_of_things(c: Candidate) -> bool:
    """The number's column header counts firms or vacancies, not people ('Näytteilleasettajia', 'Avoimia
    paikkoja')."""
    if not c.sentence.is_row or not c.sentence.columns:
        return False
    header = column_header(c.sentence, c.start - c.sentence.start).split("(")[0]  # not a legend's '(… yritys …)'
    return any(w in header for w in THING_COLUMNS) and not any(p in header for p in PEOPLE_COLUMN)


THING_COLUMNS = ("näytteilleasettaj", "yrity", "työnantaj", "avoimia paikkoja", "avoimet paikat", "avoimia työpaik",
                 "avoimet työpaik")


def classify(c: Candidate, blockers: set[int]) -> Label | None:
    """The rules: money by unit and cues; then indicators, outcomes, participants."""
    planned, split, total = context_flags(c)
    if per_unit(c) or difference(c) and not lowered_support_cost(c) or of_follow_up(c) or follow_up_column(c) or \
            of_earlier_or_other_project(c) or of_change_log(c):
        return None  # a difference, unless it is by how much a cost was lowered: a saving
    if c.unit == "eur":
        return money_label(c, blockers, planned, split, total)
    if of_respondents(c):
        return None  # 'Taulukko 4 … (n = 97)' | 'Opiskelen | 18', 'Vastaajista 41 %': a survey's answers
    head = head_lemma(c)
    cue = cues()
    flags = dict(planned=planned, split=split, total=total)
    ind = {k: cue_distance_score(c, v, blockers, window=12, skip_cases=STATUS_CASES)
           for k, v in cue["indicators"].items()}
    if c.unit == "pct" and rate_of_another_statistic(c):
        ind["activation_rate"] = 0.0  # 'työttömyysaste oli 10,1 prosenttia ja aktivointiaste 28,3': the first is not
    start = range_start(c)
    if start is not None:  # '121:stä (toukokuu 2019) 146:een': the kind the start's words name
        ind = {k: max(ind[k], cue_distance_score(start, v, blockers - {start.token_i}, window=12,
                                                 skip_cases=STATUS_CASES)) for k, v in cue["indicators"].items()}
    for k, v in cue["indicators"].items():
        if area_row_under(c, v):
            ind[k] = max(ind[k], 0.8)
    if long_term_spelt_out(c):
        ind["long_term_unemployed"] = max(ind["long_term_unemployed"], SPELT_OUT_SCORE)
    if max(ind.values()) < 0.3 and bare_item(c):  # '• Aktivointiaste Heinävedellä' + '   – 3/2021: 22,1 %'
        ind = {k: max(v, lead_score(c, cue["indicators"][k])) for k, v in ind.items()}
    anaphor = anaphor_before(c)
    respective = respective_kind(c)
    if respective is not None:  # 'vastaavat luvut olivat 2 611 ja 702': in the order named before
        ind[respective] = max(ind[respective], ANAPHOR_SCORE)
    elif anaphor is not None:  # 'aktivointiaste nousi selvästi: vuonna 2010 se oli 22,1 %'
        tokens = list(c.sentence.span)
        at = {k: max((j for j in range(anaphor) if is_cue(tokens, j, v) and  # not a state ('työttömänä olleita')
                      not any(case in STATUS_CASES for case in tokens[j].morph.get("Case"))), default=-1)
              for k, v in cue["indicators"].items()}
        nearest = max(at.values())  # the statistic named last before the anaphor ('…, ja Siilinjärven työttömien
        named = {k for k, j in at.items() if j == nearest >= 0}  # … määrä väheni samana aikana 1 184:stä')
        if not named:  # '… määrä on laskenut selvästi. Elokuussa 2016 heitä oli 104': the sentence before
            before = last_sentence_lemmas(c.sentence.before)
            named = {k for k, v in cue["indicators"].items()
                     if any(f in lemma for f in v if " " not in f for lemma in before)}
        for k in named:
            ind[k] = max(ind[k], ANAPHOR_SCORE)
    kind, score = best_kind(ind)
    if score >= 0.3 and not participation_verb(c) and area_statistic(c, kind):
        if benchmark(c):
            return None  # another area's statistic is nobody's count
        if (kind == "activation_rate") == (c.unit == "pct"):
            return Label("indicators", kind, score, features={"head": head}, **flags)
    if any(head.endswith(d) for d in cue["distractor_heads"]) and not visitor_visits(c, head) and \
            not (head in ATTENDING_ACTORS and refers_to_events(c) and participation_verb(c)) or \
            c.value <= 0 or age(c):
        return None
    if event_table_people(c) and c.value >= MIN_ATTENDEES:
        return Label("participants", "attendees", 0.8, features={"head": head}, **flags)
    if not head and any(row_head(c).endswith(d) for d in cue["distractor_heads"]):
        return None  # 'Työpajapäiviä yhteensä | 1 840', 'Yhteistyöyritykset | 27': days and firms
    if not head and column_of_things(c):
        return None  # '… | Näytteilleasettajia | Kävijöitä | Avoimia paikkoja' over an event's row: firms and jobs
    if any(base_noun(c).endswith(d) for d in cue["distractor_heads"]):
        return None  # '40 yrityksestä kuusi': six companies
    if not head and any(counted.endswith(d) for counted in (counted_before(c), counted_subject(c))
                        for d in cue["distractor_heads"]):
        return None  # 'tarjosivat työkokeilupaikkoja kaikkiaan 28', 'tukipäiviä oli kertynyt 300': not people
    if counts_things(c, head):
        return None  # 'Lyhytkoulutuksia järjestettiin 14': courses held, not people
    if numbered_item(c):
        return None  # 'toimintalinja 5', 'liite 3': the number of an item, not a count
    if is_base(c):  # '184 asiakkaasta 49 (27 %) oli työllistynyt': the whole the outcome is taken from
        return base_label(c, head, flags)
    if c.source == "word" and c.value == 1 and list(c.sentence.span)[c.token_i].morph.get("Case") == ["Gen"]:
        return None  # 'Yhden työllistyneen asiakkaan hinta': one of, not a count
    if c.value == 1 and one_of_them(c):
        return None  # 'Yksi palkkatuella työllistyneistä on 56-vuotias Jukka': an example person
    if c.unit is None and c.value == int(c.value) and c.value >= MIN_ATTENDEES and not partitioned(c) and (
            attends_event(c) or refers_to_events(c) and participation_verb(c)) and not registered(c):
        if guest_event(c):
            return None  # the audience of someone else's seminar the project spoke at
        # attending an event is no outcome: 'Työelämäpäivässä … kävi 180 ihmistä', '… joille osallistui 86'
        split = flags["split"] or group_split(c)  # '640 henkilöä, joista 310 oppilaitosinfoissa'
        return Label("participants", "attendees", 0.8, features={"head": head}, **{**flags, "split": split})
    exclude = cue["outcome_exclude"]
    no_cues = reaching_agents(c) | frozenset(j for j, t in enumerate(c.sentence.span) if is_event(token_lemma(t))) \
        | example_tokens(c) | time_phrase_tokens(c) | without_tokens(c) | besides_tokens(c) \
        | project_name_tokens(c)  # 'Työelämäpäivä'; 'kuten TE-toimiston koulutuksiin'

    def outcome_scores(skip: frozenset[int]) -> dict[str, float]:
        return {k: cue_distance_score(c, v, blockers, skip_cases=OUTCOME_SKIP_CASES, exclude=tuple(exclude.get(k, ())),
                                      skip=skip) for k, v in cue["outcomes"].items()}

    out = outcome_scores(no_cues)
    for k, score in case_of_kinds(c).items():  # 'Kolmen asiakkaan kohdalla jatkopoluksi muodostui eläke'
        out[k] = max(out[k], score)
    defining = group_definition_tokens(c)
    if defining:  # 'Kaksi kuntoutuksen aloittanutta jatkoi opintoihin': the verb's cue, when it has one
        outside = outcome_scores(no_cues | defining)
        if max(outside.values()) < 0.3:
            outside.update(destination_kinds(c, blockers, no_cues | defining))
        if max(outside.values()) >= 0.3:
            out = outside
    if max(out.values()) < 0.3:  # no cue near: where the verb sends people ('Muihin … palveluihin … siirtyi')
        out.update(destination_kinds(c, blockers, no_cues))
    if max(out.values()) < 0.3:  # a placement named before: 'Työkokeiluja toteutettiin 27, ja niihin osallistui 23'
        out.update(referred_kinds(c))
    header = column_header(c.sentence, c.start - c.sentence.start)  # 'Avoin (työllistyi avoimille …)'
    if not names_open_market(c, c.sentence.label, header):
        out["employed_open_market"] = 0.0  # 'avoimeen infotilaisuuteen' is not the open labour market
    if own_training(c) or completed_qualification(c):
        out["education"] = 0.0  # 'Hankkeen koulutuksiin osallistui 68 henkilöä' are clients; a degree completed
    if own_services(c):
        out["services_other"] = 0.0  # 'hankkeen palveluihin ohjattiin 196 henkilöä' are clients
    if max(out.values()) < 0.3 and realised_under_heading(c):  # 'Työllistyminen' + '- toteutui: 27 asiakasta'
        out = {k: max(v, heading_score(c, cue["outcomes"][k], exclude.get(k, ()))) for k, v in out.items()}
    if max(out.values()) < 0.3 and bare_item(c):  # 'Tulokset:' + '- 15 henkilöä'
        out = {k: max(v, lead_score(c, cue["outcomes"][k], exclude.get(k, ()))) for k, v in out.items()}
    kind, score = best_kind(out)
    if c.unit == "pct" and (c.value > 100 or achievement_column(c)):
        return None  # 'Toteuma-%' 118 %: a rate of the target reached, not a share of the clients
    if score >= 0.3 and is_comparison(c):
        return None  # 'vertailuryhmässä työllistyneiden osuus jäi 18 prosenttiin': not this project
    if score >= 0.3 and negated(c):
        return None  # 'Noin kolmanneksella ei ollut tutkintoa', '12 ei ole työllistynyt
    sample = bool(SAMPLE_SIZE.search(c.sentence.text[:c.start - c.sentence.start]))  # '29 % (n = 118)': a base
    if score >= 0.3 and (c.unit == "pct" or c.value == int(c.value)) and not sample:
        kind = refine_outcome(c, kind, out)
        if subcount(c, blockers) or lumped(c, kind):
            flags["split"] = True
        if pension_inquiry_group(c, kind) or counts_things_not_people(c):
            return None
        return Label("outcomes", kind, score, features={"head": head}, **flags)
    if c.unit == "pct" or c.value != int(c.value) or c.value < 2:
        return None
    part = {k: cue_distance_score(c, v, blockers) for k, v in cue["participants"].items()}
    intake = intake_kind(c)
    if participants_row(c) or intake == "committed" and of_people(c):
        part["clients"] = max(part["clients"], 0.8)
    served = receives_service(c) or in_service(c)
    if served:
        part["clients"] = max(part["clients"], 0.6)
    if group_split(c) and not (intake == "committed" and inflow_before(c)):
        # not 'ohjattiin 120 henkilöä, joista 102 aloitti': of those referred, the ones who started are the clients
        flags["split"] = True
    whole_flags = dict(flags)  # attendees of further events ('Lisäksi …') are more attendees, not a part
    if additional_group(c):
        flags["split"] = True
    if survey_or_capacity(c) or status_row(c) and not (flags["total"] and SUM_LABEL.search(c.sentence.label)) or \
            shop_customers(c) or \
            counted_by_destination(c):
        return None  # survey respondents, event capacity, the unemployed row of a status table, a shop's customers
    if comparison_group(c):
        return None  # 'Vertailuryhmänä käytettiin 112:ta … asiakasta': people outside the project
    if counts_events(c, head):
        return None
    if part["clients"] >= 0.3 or any(head.endswith(n) for n in cue["participants"]["clients"]) or \
            head.endswith(("lainen", "läinen")):
        kind = "attendees" if ((part["attendees"] >= 0.3 or event_topic(c)) and event_sentence(c)
                               or refers_to_events(c) or after_event(c, head) or count_of_event(c)) \
            and not partitioned(c) and not served or disowned_as_clients(c) else "clients"
        if kind == "attendees" and (c.value < MIN_ATTENDEES or registered(c) or guest_event(c)) or \
                registered(c) and event_sentence(c):  # 'ennakkoon ilmoittautui 1 050' to a fair
            return None
        if kind == "attendees":
            flags = whole_flags
        joins = joined(c)
        if kind == "clients" and (exits(c) or stays(c) or restated_share(c) or at_branch(c) or from_place(c) or
                                  in_someones_charge(c)):
            flags["split"] = True  # 'Palvelun päätti 96 asiakasta', '18 jatkoi pajalla': those who left or stayed
        strength = max(part["clients"], part["attendees"], 0.5) + 0.3 * joins
        return Label("participants", kind, min(strength, 1.0),
                     features={"head": head, "joins": joins, "intake": intake}, **flags)
    if participations(c, head) and c.value >= MIN_ATTENDEES and not registered(c):
        return Label("participants", "attendees", max(part["attendees"], PARTICIPATION_SCORE), features={"head": head},
                     **whole_flags)  # 'Ryhmiin osallistuttiin … 1 240 kertaa', '412 osallistumiskertaa'
    if (part["attendees"] >= 0.45 or part["attendees"] >= 0.3 and event_topic(c)) and \
            (event_sentence(c) or head in VISITORS or counts_visits(c) or
             counted_before(c) in VISITORS or counted_subject(c) in VISITORS) and \
            head in ("", "osallistuja") + VISITORS and c.value >= MIN_ATTENDEES and not registered(c) and \
            not guest_event(c):
        return Label("participants", "attendees", part["attendees"], features={"head": head}, **whole_flags)
    return None


PARTICIPATION_SCORE = 0.6
# a total row's label ('Yhteensä', 'Osallistujat yhteensä', 'Asiakkaat'), not a total column beside a status row's
# label ('Työtön tai muu tilanne | 30 | 24 | 39 | 93' under 'Kattohanke yhteensä')
SUM_LABEL = re.compile(r"\b(?:yhteensä|kaikki|kaikkiaan|summa|asiakka|osallistuj|henkilö)", re.IGNORECASE)
ATTENDING_ACTORS = ("toimija",)  # 'siihen osallistui 85 alan toimijaa': people of the field at an event


ITEM_NOUNS = ("toimintalinja", "liite", "taulukko", "kohta", "sivu", "jakso", "luku", "pykälä", "kuva", "dia",
              "kuvio", "numero")


def numbered_item(c: Candidate) -> bool:
    """A number right after a noun in the nominative singular that names an item of a series
    ('toimintalinja 5', 'Liite 3', 'jakso 23')."""
    if c.first == 0 or c.source != "digits":
        return False
    before = c.sentence.span[c.first - 1]
    return before.pos_ == "NOUN" and before.morph.get("Case") == ["Nom"] and before.morph.get("Number") == ["Sing"] \
        and before.lemma_.casefold().endswith(ITEM_NOUNS)
