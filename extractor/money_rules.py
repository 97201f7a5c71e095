"""The money rules: which kind of money an amount in euros is."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.candidates import Candidate, column_header
from extractor.cue_match import (
    Label, bare_item, bare_row_label, best_kind, cell_lemmas, cue_distance_score, cues, is_cue, label_forms,
    lead_score, previous_sentence, relative_antecedent, relative_clause, verb_above
)
from extractor.figure_context import claimed_column, realised_column
from extractor.gazetteer import gazetteer
from extractor.mentions import PROJECT_NOUNS
from extractor.numbers import lexicon
from extractor.orgs import EMPLOYMENT_OFFICES, GENERIC_HEADS


OWN_FUNDERS = ("kaupunki", "kunta", "kunnat", "kuntayhtymä", "oma", "säätiö", "yhdistys", "ry", "sr")
OWN_FUNDER_HEADS = ("kuntayhtymä", "säätiö", "seurakunta")  # 'Valmennussäätiö' (not 'Satakunta')


OWN_SHARE_LABEL = re.compile(r"kuntaosuu|kuntien osuu", re.IGNORECASE)  # a funding table's 'Kuntaosuus 20 %' row
ROW_LABEL_SCORE = 0.8  # as a cue word in the row's label
PART_REACH = 5  # tokens back from an amount to the place it is the part of: 'Kruunupyy 24 % (23 871,21 €)'


def _places_part(c: Candidate) -> bool:
    """'Pedersöre 56 % (55 699,49 €), Kruunupyy 24 % (23 871,21 €)': an amount right after a municipality's
    name, with only figures and brackets between, is that municipality's part."""
    tokens = list(c.sentence.span)
    for t in reversed(tokens[max(0, c.first - PART_REACH):c.first]):
        if t.like_num or t.is_punct or t.pos_ in ("NUM", "SYM"):
            continue
        hit = gazetteer().match(t.text) if t.text[:1].isupper() and t.morph.get("Case") in (["Nom"], []) else None
        return hit is not None and hit.municipality is not None
    return False


WHOLES = ("budget", "total_cost")  # 'kokonaisbudjetista 80 prosenttia eli 330 080 euroa': a part of the whole
WHOLE_CASES = ("Ela",)


def _amount_of_the_whole(c: Candidate) -> bool:
    """'Yli 300 000 euron kokonaisbudjetista …', 'hyväksytystä kustannusarviosta (315 000 €)': the amount is the
    elative whole's own, not a part taken from it."""
    tokens = list(c.sentence.span)
    after = c.token_i + (1 if _unit_token(c) is not None else 0) + 1
    if after < len(tokens) and tokens[after].morph.get("Case") == ["Ela"]:
        return True
    return c.first >= 2 and tokens[c.first - 1].text == "(" and tokens[c.first - 2].morph.get("Case") == ["Ela"]


AREA_WHOLES = ("maa", "suomi", "manner-suomi", "maakunta", "seutukunta")


def _paid_by_a_whole_area(c: Candidate) -> bool:
    """'Pirkanmaan kunnat maksoivat vuonna 2018 kuntaosuuksia noin 58 miljoonaa euroa': what all the
    municipalities of a region or of the country paid is an area's statistic, not the project's money."""
    verb = verb_above(c.sentence.span[c.token_i])
    if verb is None:
        return False
    for subject in (ch for ch in verb.children if ch.dep_ == "nsubj"):
        if subject.lemma_.casefold() not in ("kunta", "kaupunki") or subject.morph.get("Number") != ["Plur"]:
            continue
        if any(ch.dep_ == "nmod:poss" and ch.lemma_.casefold() in AREA_WHOLES + tuple(gazetteer().regions)
               or ch.lower_ == "kaikki" for ch in subject.children):
            return True
    return False


def money_label(c: Candidate, blockers: set[int], planned: bool, split: bool, total: bool) -> Label | None:
    if c.value == 0 and c.value_max is None:
        return None  # 'Muu julkinen rahoitus | 0,00': no money of that kind
    exclude = cues()["money_exclude"]
    part = not _amount_of_the_whole(c)
    scores = {k: cue_distance_score(c, v, blockers, exclude=tuple(exclude.get(k, ())), label_first_only=True,
                                    skip_cases=WHOLE_CASES if k in WHOLES and part else ())
              for k, v in cues()["money"].items()}
    if c.value_max is not None:
        return Label("money", _range_kind(c, scores), 0.9, planned, split, total)
    if planned and total and c.sentence.is_row and "myönne" in column_header(c.sentence, c.start - c.sentence.start):
        return Label("money", "budget", 0.8, planned, split, total)  # 'Yhteensä | 465 000' under 'Myönnetty'
    if _change_from(c) or _unused(c) or _paid_by_a_whole_area(c) or claimed_column(c):
        return None
    if lowered_support_cost(c):  # whatever the clause's subject ('menot', 'Kunnan maksamat kuntaosuudet')
        return Label("money", "savings", LOWERED_SCORE, planned, split, total,
                     features={**scores, "savings": LOWERED_SCORE})
    if (before := _gapped_after(c, blockers)) is not None:
        shared = money_label(before, blockers - {before.token_i} | {c.token_i}, planned, split, total)
        if shared is None:
            return None
        payer = _payer_kind([t for t in list(c.sentence.span)[before.token_i + 1:c.first]
                             if t.morph.get("Case") == ["Gen"]])
        kind = payer if payer and shared.kind in FUNDING_KINDS else shared.kind
        return replace(shared, kind=kind, score=GAPPED_WEIGHT * shared.score)  # '… 185 134 euroa ja kunnan 46 284'
    if _changed_to(c) or _used_of(list(c.sentence.span)[c.token_i]):
        # 'kustannusarvio oli 380 000 euroa, ja muutospäätöksellä se nostettiin 415 000 euroon'
        for kind, v in cues()["money"].items():
            scores[kind] = max(scores[kind], min(1.0, CHANGED_TO_WEIGHT * cue_distance_score(
                c, v, set(), window=len(c.sentence.span), exclude=tuple(exclude.get(kind, ())))))
    split = split or _superseded(c) or _instalment(c) or _payers_part(c) is not None or _places_part(c) or \
        _included_in_costs(c)
    for kind in _theme_kinds(c, exclude):
        scores[kind] = max(scores[kind], THEME_SCORE)
    if c.sentence.is_row and OWN_SHARE_LABEL.match(c.sentence.label.strip()):
        scores["own_funding"] = max(scores["own_funding"], ROW_LABEL_SCORE)  # 'Kuntaosuus 20 % | 108 000,00 | …'
    if _cost_of_project(c):
        scores["total_cost"] = max(scores["total_cost"], THEME_SCORE)
    if _projects_annual_budget(c):
        scores["budget"] = max(scores["budget"], THEME_SCORE)
    if _reserved_for_costs(c):
        scores["budget"] = max(scores["budget"], RESERVED_SCORE)
        if _reserved_for_the_project(c):  # 'kunnan omalla rahalla: kunnanvaltuusto varasi sille 248 000 euroa'
            scores["budget"] = min(1.0, max(scores.values()) + 0.05)
    funder = _funder_before(c) or _funding_subject(c) or _share_owner(c) or _payers_part(c)
    if funder is not None:  # what a payer paid is its share, not the total ('Kuluista 90 000 euroa katettiin …')
        scores[funder] = max(scores[funder], 0.7)
        scores["total_cost"] = min(scores["total_cost"], scores[funder] - 0.05)
    if scores["wage_subsidy_funds"] > 0 and _granted_by_employment_office(c):
        scores["wage_subsidy_funds"] = min(1.0, max(scores.values()) + 0.05)  # 'TE-toimisto myönsi … palkkatukeen'
    if _remainder(c):  # 'ja loput 82 536 euroa maksoivat Uusikaupunki ja Pyhäranta omarahoituksena'
        scores["total_cost"] = scores["budget"] = 0.0
    if _deducted_from_costs(c) or FLAT_RATE.search(c.sentence.text):
        scores["savings"] = 0.0  # 'Muista kustannuksista on vähennetty 2 146,50 euroa', 'Flat rate -osuus vähenee
        # vastaavasti (489 €)': an audit's deduction from the project's own costs
    explicit_own = cue_distance_score(c, EXPLICIT_OWN, blockers)
    if explicit_own > 0 and explicit_own >= scores["own_funding"] - 1e-9:
        scores["own_funding"] = min(1.0, explicit_own + 0.1)  # 'omarahoitus' before 'kuntarahoitus'
    if c.sentence.is_row:
        scores = _table_money_scores(c, scores, total)
    if max(scores.values()) < 0.25 and bare_item(c):
        scores = {k: max(v, lead_score(c, cues()["money"][k], exclude.get(k, ()))) for k, v in scores.items()}
        if not total:
            scores["total_cost"] = 0.0  # an item of a cost list is a part; its 'yhteensä' line the total
    kind, score = best_kind(scores)
    if score < 0.25 or (kind != "savings" and _foreign_cost(c)):
        return None
    if kind in ("total_cost", "budget"):
        if _organisations_budget(c):
            return None
        kind = _cost_or_budget(c, kind, scores, planned)
        split = split or _costs_of_another_thing(c)
    return Label("money", kind, score, planned, split, total, features=scores)


GAPPED_WEIGHT = 0.9


FUNDING_KINDS = ("own_funding", "public_funding")


def _gapped_after(c: Candidate, blockers: set[int]) -> Candidate | None:
    """'Virolahden kunnan omarahoitusosuus oli 12 % eli 40 494 euroa ja Miehikkälän kunnan 8 % eli 26 996 euroa':
    after 'ja' and another payer in the genitive, with no verb of its own, the amount leaves out the words of the
    amount before it, which it shares. That amount (as a candidate at its tokens), or None."""
    tokens = list(c.sentence.span)
    k = c.first - 1
    while k >= 0 and (tokens[k].like_num or tokens[k].text in ("%", "eli", "noin") or
                      tokens[k].lemma_.casefold() in ("prosentti",)):
        k -= 1  # back over the share that comes with it: '8 % eli'
    payer = k
    while k >= 0 and tokens[k].morph.get("Case") == ["Gen"] and tokens[k].pos_ in ("NOUN", "PROPN"):
        k -= 1
    if k == payer or k < 1 or tokens[k].lemma_.casefold() not in ("ja", "sekä", ","):
        return None
    unit = tokens[k - 1]
    if unit.lemma_.casefold() not in ("euro", "eur") and not unit.text.endswith("€"):
        return None
    last = k - 2
    if last not in blockers:
        return None
    first = last
    while first > 0 and tokens[first - 1].like_num and tokens[first - 1].i == tokens[first].i - 1:
        first -= 1
    return replace(c, token_i=last, first_i=first)


INCLUDE_VERBS = ("sisältyä", "kuulua", "lukeutua")
COST_NOUNS = ("kustannus", "kulu", "budjetti", "kustannusarvio", "menot")


def _included_in_costs(c: Candidate) -> bool:
    """'Ylikansallisen toiminnan kustannukset, yhteensä 21 600 euroa, sisältyvät kokonaiskustannuksiin': an amount
    said to be included in the costs is a part of them."""
    return any(t.lemma_.casefold() in INCLUDE_VERBS and any(
        ch.dep_ == "obl" and ch.morph.get("Case") == ["Ill"] and ch.lemma_.casefold().endswith(COST_NOUNS)
        for ch in t.children) for t in c.sentence.span)


DEDUCTION_VERBS = ("vähentää", "vähetä", "poistaa")  # the tagger lemmatises "vähennetty" as "vähetä"
PROJECT_COSTS = ("kustannus", "kulu")
DEDUCTIONS = ("vähennys", "oikaisu")


def _deducted_from_costs(c: Candidate) -> bool:
    """An amount taken off the project's own costs ('kustannuksista vähennettiin') lowers what it may claim;
    it is no saving of the municipality's spending ('vähensi toimeentulotuen menoja')."""
    verb = c.sentence.span[c.token_i].head
    for _ in range(2):
        if any(ch.dep_ == "nsubj" and ch.lemma_.casefold() in DEDUCTIONS for ch in verb.children):
            return True  # 'Vähennys pienentää myös flat rate -osuutta 748,50 eurolla'
        if verb.lemma_.casefold() in DEDUCTION_VERBS:
            return any(ch.morph.get("Case") == ["Ela"] and ch.lemma_.casefold().endswith(PROJECT_COSTS)
                       for ch in verb.children)
        verb = verb.head
    return False


FLAT_RATE = re.compile(r"\bflat[\s-]?rate", re.IGNORECASE)  # the flat-rate share of a project's staff costs
REMAINDER_WORDS = ("loput", "loppuosa", "loppuosan", "jäljelle jäävät", "jäljelle jääneet")


def _remainder(c: Candidate) -> bool:
    """'loput 82 536 euroa': the rest of an amount split between payers is a share of it, never the whole."""
    before = c.sentence.text[:c.start - c.sentence.start].casefold().split()
    while before and before[-1] in lexicon()["hedges"]:
        before.pop()
    return " ".join(before[-2:]).endswith(REMAINDER_WORDS)


THEME_SCORE = 0.85
GRANTING_VERBS = ("myöntää", "rahoittaa", "maksaa", "osoittaa", "kohdentaa")
RANGE_SAVINGS_SCORE = 0.5


def _range_kind(c: Candidate, scores: dict[str, float]) -> str:
    """A range of euros is a budget ('Budjetti: 100000–250000 €') unless the clause is about savings
    ('arviolta 45 000–65 000 euron vuotuiset säästöt')."""
    savings = scores["savings"]
    if lowered_support_cost(c) or (savings >= RANGE_SAVINGS_SCORE and savings >= max(scores.values()) - 1e-9):
        return "savings"
    return "budget"


COST_VERBS = ("maksaa", "kustantaa")


def _cost_of_project(c: Candidate) -> bool:
    """'Puoli miljoonaa euroa maksaneen hankkeen', '1,2 milj. euroa maksanut kokeilu': what the project cost."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() in COST_VERBS and \
        verb.morph.get("VerbForm") == ["Part"] and verb.head.lemma_.casefold().endswith(("hanke", "projekti", "kokeilu"))


RESERVED_SCORE = 0.6
COST_WORDS = ("kustannus", "kulu", "meno")


def _reserved_for_costs(c: Candidate) -> bool:
    """'Kustannukset olivat 236 380 euroa, kun talousarvioihin oli varattu 260 000 euroa': money set aside
    for the costs the same sentence gives is the planned budget (but 'palkkatukeen varattiin 150 000' is no
    cost of the project)."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() == "varata" and (
        any(t.lemma_.casefold().endswith(COST_WORDS) for t in c.sentence.span) or _set_aside_for_the_project(verb))


SHARE_WORDS = ("oma", "osuus", "valtio", "esr")


def _reserved_for_the_project(c: Candidate) -> bool:
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and _set_aside_for_the_project(verb)


def _set_aside_for_the_project(verb) -> bool:
    """'kunnanvaltuusto varasi sille … 248 000 euroa', 'Hankkeelle varattiin …': set aside for the project (or
    for 'it'), with no share named in the clause: the project's budget whatever payer another clause names (not
    'palkkatukeen varattiin', 'varasi hankkeelle omarahoitusosuutena', 'varattu pilotille … kunnan omaa rahaa')."""
    return any(ch.dep_ == "obl" and "All" in ch.morph.get("Case") and
               (ch.lemma_.casefold() == "se" or ch.lemma_.casefold().endswith(PROJECT_NOUNS))
               for ch in verb.children) and \
        not any(any(w in t.lemma_.casefold() for w in SHARE_WORDS) for t in verb.subtree)


EXPLICIT_OWN = ["omarahoitus", "omaosuus", "oma rahoitus"]


SHARE_NOUNS = ("osuus", "rahoitus", "rahoitusosuus")
THEME_DEPS = ("nmod:poss", "conj", "compound", "flat", "flat:name", "amod")


def _theme_kinds(c: Candidate, exclude: dict) -> set[str]:
    """Money kinds named by the subject of the amount's clause ('säästöt työllisyydenhoidon
    kustannuksissa olivat 310 000 euroa': savings, not costs) with its possessors ('EU:n ja valtion
    osuus kustannuksista': public funding), or by the object of a passive verb ('kustannusarvio
    korotetaan ... 448 500 euroon')."""
    tokens = list(c.sentence.span)
    offset = c.sentence.span.start
    tok = tokens[c.token_i]
    node = tok.head if tok.dep_ in ("nummod", "compound", "flat") and tok.head.i != tok.i else tok
    theme = None
    for gov in (node, node.head) if node.dep_ != "acl:relcl" else (node,):  # not past 'josta …' to the total
        passive = "Pass" in gov.morph.get("Voice")
        theme = next((ch for ch in gov.children if ch.i != node.i and
                      (ch.dep_ in ("nsubj", "nsubj:cop") or (passive and ch.dep_ == "obj"))), None)
        if theme is None and gov.lemma_ == "olla" and gov.head.i != gov.i and gov.head.pos_ in ("NOUN", "PROPN"):
            theme = gov.head  # 'X:n osuus … oli 350 873 e' parsed with the copula under 'osuus'
        if theme is not None:
            break
    if theme is None:
        return set()
    nearer = [t for t in tok.doc[theme.i + 1:tok.i] if t.dep_ in ("nsubj", "nsubj:cop") and t.pos_ == "NOUN" and
              t.head.dep_ == "conj"]
    if nearer:  # '… valtion osuus oli 75 % eli 372 986 euroa ja kunnan rahoitusosuus 25 % eli 124 329 euroa':
        theme = nearer[-1]  # the subject of the amount's own conjunct, however the parser hung the amount
    if theme.dep_ == "nsubj" and gov.pos_ == "VERB" and gov.lemma_.casefold() not in GRANTING_VERBS and \
            theme.lemma_.casefold().endswith(("keskus", "ministeriö", "toimisto")):
        return set()  # 'ELY-keskus hyväksyy … tukikelpoisiksi kokonaiskustannuksiksi 216 599 euroa': who decides
    payer = _funder_kind([ch.lemma_.casefold() for ch in theme.children if ch.dep_ == "nmod:poss"])
    if payer is not None and theme.lemma_.casefold().endswith(SHARE_NOUNS):
        return {payer}  # 'Kuntien yhteenlaskettu rahoitusosuus oli 66 301 euroa': the payer names the kind
    phrase = [theme] + [ch for ch in theme.children if ch.dep_ in THEME_DEPS]
    phrase += [g for ch in phrase[1:] for g in ch.children if g.dep_ in ("conj", "flat", "compound")]
    indexes = [t.i - offset for t in phrase if 0 <= t.i - offset < len(tokens)]
    return {kind for kind, fragments in cues()["money"].items()
            if any(is_cue(tokens, j, fragments, tuple(exclude.get(kind, ()))) for j in indexes)}


def _change_from(c: Candidate) -> bool:
    """'korotetaan 421 000 eurosta 448 500 euroon': the amount changed from is not the amount."""
    tokens = list(c.sentence.span)
    unit = _unit_token(c)
    return unit is not None and unit.lemma_.casefold() == "euro" and unit.morph.get("Case") == ["Ela"] and \
        c.token_i + 2 < len(tokens) and tokens[c.token_i + 2].like_num


CHANGE_VERBS = ("nostaa", "korottaa", "muuttaa", "kasvattaa", "laskea", "pienentää", "supistaa", "tarkistaa")
CHANGED_TO_WEIGHT = 3  # the amount a change sets names the kind of the amount it replaced, however far back
SUPERSEDED_WORDS = ("alkuperäinen", "alkuperäisesti")


def _changed_to(c: Candidate) -> bool:
    """'se nostettiin 415 000 euroon': the amount a change decision set."""
    unit = _unit_token(c)
    return unit is not None and _set_by_change(unit)


def _set_by_change(unit) -> bool:
    """A unit word ('euroon', 'euroksi') that a change verb ('nostettiin', 'korotettiin') points to."""
    verb = verb_above(unit)
    return unit.morph.get("Case") in (["Ill"], ["Tra"]) and verb is not None and \
        verb.lemma_.casefold() in CHANGE_VERBS


def _superseded(c: Candidate) -> bool:
    """'Alkuperäinen kustannusarvio oli 380 000 euroa, ja … se nostettiin 415 000 euroon': an amount a
    change replaced, named original or followed by the amount it was changed to or by the part used."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.first - 8):c.first]
    if any(t.lemma_.casefold() in SUPERSEDED_WORDS for t in near) or \
            "alun perin" in " ".join(t.lower_ for t in near):
        return True
    if any(t.lower_ in EXACTLY for t in tokens[c.token_i + 1:c.token_i + 4]):
        return True  # 'vähän alle 300 000 euron, tarkalleen 297 960 euroon': the exact amount says it
    return any(t.lemma_.casefold() == "euro" and _set_by_change(t) or t.like_num and _used_of(t)
               for t in tokens[c.token_i + 2:])


EXACTLY = ("tarkalleen", "täsmälleen", "tarkemmin", "tarkasti")


def _payers_part(c: Candidate) -> str | None:
    """'Kuntien rahoitus oli 140 483,60 euroa, josta Virolahti maksoi 85 695,00': what one payer paid of
    the amount before, a part of that amount; the payer's kind ('own_funding' for a municipality)."""
    clause = relative_clause(list(c.sentence.span)[c.token_i])
    if clause is None or not any(
            ch.lemma_.casefold() == "joka" and "Ela" in ch.morph.get("Case") for ch in clause.children):
        return None
    payers = [t for ch in clause.children if ch.dep_.startswith("nsubj") for t in (ch, *_conjuncts(ch))]
    return _payer_kind(payers) if payers else None


def _instalment(c: Candidate) -> bool:
    """'Maksatuksissa 1–6 on maksettu tukea yhteensä 222 425,04 euroa', 'Loppumaksatuksena maksetaan …':
    what the payment instalments paid so far is a part of the grant (not a payment decision or claim)."""
    return any(t.lemma_.casefold().startswith(("maksatu", "loppumaksatu")) and
               not t.lemma_.casefold().endswith(("päätös", "hakemus")) and
               set(t.morph.get("Case")) & {"Ine", "Ess", "Ela", "Ade"} for t in c.sentence.span)


USE_VERB = "käyttää"


def _used_of(tok) -> bool:
    """'… oli varattu 150 000 euroa, josta käytettiin 131 200 euroa': the part of an amount set aside that
    was used is the realised figure of the same kind."""
    verb = verb_above(tok)
    return verb is not None and verb.lemma_.casefold() == USE_VERB and any(
        ch.lemma_.casefold() in ("joka", "se", "mikä") and ch.morph.get("Case") == ["Ela"] for ch in verb.children)


def _unit_token(c: Candidate):
    """The 'euroa' / '€' token right after the amount, if any."""
    tokens = list(c.sentence.span)
    nxt = tokens[c.token_i + 1] if c.token_i + 1 < len(tokens) else None
    return nxt if nxt is not None and nxt.lemma_.casefold() in ("euro", "€", "eur") else None


OWNER_LINKS = ("nmod:poss", "nmod:gsubj")


def _costs_of_another_thing(c: Candidate) -> bool:
    """'… peruskorjaus, jonka toteutuneet kustannukset olivat 1,31 milj. euroa', 'Ylikansallisen toiminnan
    kustannukset, yhteensä 21 600 euroa': costs that something other than the project owns are not its total."""
    offset = c.sentence.start - c.sentence.span.start_char
    unit = next((t for t in c.sentence.span if c.start <= offset + t.idx < c.end and
                 t.lemma_.casefold() in ("euro", "€")), None) or _unit_token(c)  # '1,31 milj. euroa'
    if unit is None:
        return False
    if unit.dep_ in ("appos", "conj") and unit.head.lemma_.casefold().endswith(COST_WORDS):
        costs = [unit.head]  # 'Ylikansallisen toiminnan kustannukset, yhteensä 21 600 euroa, …'
    else:
        holders = [unit, *([verb] if (verb := verb_above(unit)) else [])]
        costs = [ch for h in holders for ch in h.children
                 if ch.dep_.startswith("nsubj") and ch.lemma_.casefold().endswith(COST_WORDS)]
    for cost in costs:
        owners = [relative_antecedent(ch) if ch.lemma_.casefold() == "joka" else ch
                  for ch in cost.children if ch.dep_ in OWNER_LINKS]
        owners = [o for o in owners if o is not None and o.is_alpha]
        words = owners + [ch for o in owners for ch in o.children if ch.dep_ in OWNER_LINKS + ("nmod", "compound")]
        if not owners or any(w.pos_ != "NOUN" or w.text[:1].isupper() or w.lemma_.casefold() in PHASE_WORDS or
                             w.lemma_.casefold().endswith(PROJECT_NOUNS) for w in words):
            continue  # 'sen kustannukset', 'Kantavan kustannukset', 'Yhteinen polku -hankkeen', 'ensimmäisen vaiheen'
        return True
    return False


PHASE_WORDS = ("vaihe", "osa", "kausi", "jakso", "toteutus", "toiminta-aika", "hankeaika", "aika")


UNUSED_WORDS = ("käyttämättä", "käyttämätön", "käyttämättömänä")


def _unused(c: Candidate) -> bool:
    """'budjetista jäi käyttämättä 13 682 euroa': what was left unspent is no amount of the project."""
    tokens = list(c.sentence.span)
    return any(t.lower_ in UNUSED_WORDS for t in tokens[max(0, c.first - 4):c.first])


LOWERED_SCORE = 0.7
SUPPORT_COST = ("työmarkkinatu", "kuntaosuus")  # the municipality's share of the labour-market support
LOWERING_VERBS = ("keventää", "välttyä", "alentaa", "vähentää", "pienentää", "supistaa", "laskea",
                  "vähetä")  # the tagger lemmatises "on vähentänyt" as "vähetä"
LOWERING_NOUNS = ("pieneneminen", "väheneminen", "aleneminen", "pienentäminen", "vähentäminen", "alentaminen",
                  "keventäminen", "keveneminen")  # 'kuntaosuusmaksujen pienenemiseen arvioidaan noin 70 000 euroa'
SMALLER = ("pienemp", "pienemm", "vähemp", "vähemm", "matalamm", "alhaisemm")  # the parser may miss 'Cmp'


def lowered_support_cost(c: Candidate) -> bool:
    """'kuntaosuudet jäivät noin 118 000 euroa pienemmiksi kuin ilman sitä', 'välttyi maksamasta
    työmarkkinatuen kuntaosuutta 96 000 euron edestä', 'kevensi … kuntaosuusmaksuja 52 000 eurolla': by how
    much the project lowered the municipality's labour-market support cost is its savings."""
    tokens = list(c.sentence.span)
    left = max((j for j in range(c.first) if tokens[j].text == ";"), default=-1)
    right = next((j for j in range(c.token_i, len(tokens)) if tokens[j].text == ";"), len(tokens))
    tokens = tokens[left + 1:right]  # its own clause: not '…; kuntaosuutta maksettiin … 0,9 milj. euroa'
    lemmas = [t.lemma_.casefold() for t in tokens]
    if not any(lemma.startswith(SUPPORT_COST) for lemma in lemmas):
        return False
    return any(lemma in LOWERING_VERBS or lemma in LOWERING_NOUNS or t.lower_.startswith(SMALLER)
               for t, lemma in zip(tokens, lemmas))


def _granted_by_employment_office(c: Candidate) -> bool:
    """'TE-toimisto myönsi hankkeen osallistujien palkkatukeen … noin 146 000 euroa': what an employment office
    pays for wage subsidies is its appropriation, not the project's public funding."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and any(ch.dep_.startswith("nsubj") and ch.lemma_.casefold().endswith(EMPLOYMENT_OFFICES)
                                    for ch in verb.children)


def _foreign_cost(c: Candidate) -> bool:
    """'Kokkola maksoi työmarkkinatuen kuntaosuutta vuonna 2011 yhteensä 2,4 milj. euroa': the
    municipality's own cost, not the project's money; 'Maakuntaan kohdistui ohjelmakaudella
    ESR-rahoitusta 190 milj. euroa': a programme's money, in a sentence with no project."""
    tokens = list(c.sentence.span)
    pairs = [a.lemma_.casefold() + " " + b.lemma_.casefold()
             for a, b in zip(tokens[max(0, c.first - 10):c.first], tokens[max(1, c.first - 9):c.first])]
    lemmas = [t.lemma_.casefold() for t in tokens]
    programme = any(lemma.startswith("ohjelmakau") for lemma in lemmas) and \
        not any(w in lemma for lemma in lemmas for w in ("hanke", "hankkee", "projekti"))
    return programme or any(p in pairs for p in cues()["foreign_costs"]["pairs"])


BUDGET_NOUNS = ("budjetti", "talousarvio", "määräraha", "kustannus", "meno")


OWN_UNDERTAKINGS = ("hanke", "hankkee", "projekti", "kokeilu", "pilotti")


def _projects_annual_budget(c: Candidate) -> bool:
    """'Kokeilun yhteinen talousarvio koko kokeiluajalle oli 1 560 000 euroa': a 'talousarvio' (in a town's
    papers its annual budget) owned by the project is the project's budget."""
    return any(noun.lemma_.casefold().endswith("talousarvio") and
               any(o.dep_ == "nmod:poss" and o.lemma_.casefold().startswith(OWN_UNDERTAKINGS) for o in noun.children)
               for noun in _amounts_nouns(c))


def _amounts_nouns(c: Candidate) -> list:
    """The nouns an amount is said of: those up its head chain and their subjects ('… talousarvio … oli 1 560 000')."""
    chain = _head_chain(list(c.sentence.span)[c.token_i], 4)
    return chain[1:] + [ch for t in chain for ch in t.children if ch.dep_.startswith("nsubj")]


def _organisations_budget(c: Candidate) -> bool:
    """'Iitin työllisyyspalvelujen koko vuosibudjetti on noin 1,1 miljoonaa euroa': the budget of an
    organisation, its owner named in the genitive, is not the project's."""
    for noun in _amounts_nouns(c):
        lemma = noun.lemma_.casefold()
        if not lemma.endswith(BUDGET_NOUNS) or any(w in lemma for w in ("hanke", "hankkee", "projekti")):
            continue
        owners = [ch for ch in noun.children if ch.dep_ == "nmod:poss"]
        if any(o.lemma_.casefold().endswith(GENERIC_HEADS) for o in owners):
            return True
    return False


def _cost_or_budget(c: Candidate, kind: str, scores: dict[str, float], planned: bool) -> str:
    """A realised table column is the cost; a planned total ('Suunniteltu | 780,0') is the budget."""
    if c.sentence.is_row and realised_column(c) and not _plans_row(c):
        return "total_cost"  # not in a plan's row: 'Tavoite (hyväksytty kustannusarvio) | 196000,00'
    if planned or (kind == "budget" and scores["budget"] >= 0.3):
        return "budget"
    return kind


def _funder_before(c: Candidate) -> str | None:
    """'Kurikan kaupunki 63 752 euroa', 'kunnat 20 % (57 308 €)': the payer named right before the amount."""
    tokens = list(c.sentence.span)
    j = c.first - 1
    while j >= 0 and (tokens[j].text in ("(", "%", "=") or tokens[j].like_num or
                      tokens[j].text.casefold() in lexicon()["hedges"] or tokens[j].text.casefold() == "yhteensä"):
        j -= 1
    if j < 0 or tokens[j].morph.get("Case") not in ([], ["Nom"]):
        return None
    return _funder_kind([tokens[j].lemma_.casefold()])


# a municipality named by place pays its share only with a verb of bearing ('Loppuosasta vastasivat Inkoo
# ja Siuntio'), not with 'maksaa' ('Huittinen maksoi kuntaosuutta …': a payment of its own)
BEARING_VERBS = ("kustantaa", "vastata", "osallistua")
FUNDING_VERBS = ("rahoittaa", "kattaa", "maksaa") + BEARING_VERBS
SHARE_VERB = "jakaa"  # 'Loput 122 588 euroa jaettiin Sipoon ja Pornaisten kesken': the sharers paid


def _funding_subject(c: Candidate) -> str | None:
    """'Kaupunki rahoitti siitä 20 prosenttia eli 119 660 euroa': the payer is the subject of the
    funding verb the amount hangs on, or, of a passive one, whose grant paid ('Kuluista 90 000 euroa
    katettiin Lapin ELY-keskuksen myöntämällä avustuksella'). 'Kunnan maksettavaksi jäi 59 752 euroa',
    'Kuntien omalle kukkarolle siitä jää 160 000 euroa': the payer of what remains."""
    tok = list(c.sentence.span)[c.token_i]
    verb = verb_above(tok)
    if verb is None or any(ch.dep_ == "cop" for t in (tok, _unit_token(c) or tok) for ch in t.children):
        return None  # '…, joten kokonaiskustannukset olivat vajaat 314 000 euroa': a copula clause of its own
    lemma = verb.lemma_.casefold()
    if lemma == REMAIN_VERB:
        amount = {t.i for t in (_unit_token(c) or tok).subtree}  # '59 752,90 euroa' itself
        return _funder_kind([t.lemma_.casefold() for ch in verb.children if ch.i not in amount and
                             ch.dep_ not in ("acl:relcl", "advcl", "conj", "parataxis") for t in ch.subtree])
    if lemma == SHARE_VERB and verb.morph.get("Voice") == ["Pass"]:
        return _payer_kind([t for ch in verb.children if ch.dep_ == "obl" and tok not in ch.subtree
                            for t in ch.subtree])
    if lemma not in FUNDING_VERBS:
        return None
    subjects = [t for ch in verb.children if ch.dep_.startswith("nsubj") and tok not in ch.subtree
                for t in (ch, *_conjuncts(ch))]
    if verb.dep_ == "acl" and verb.head.morph.get("Case") == ["Nom"]:
        subjects.append(verb.head)  # 'Loput 71 284 euroa kustansivat toteuttajakunnat', parsed as a modifier
    payers = [t.lemma_.casefold() for t in subjects]
    if subjects and _funder_kind(payers) is None and lemma in BEARING_VERBS:
        return _payer_kind(subjects)  # 'Loppuosasta vastasivat Inkoo ja Siuntio', '… kustansivat toteuttajakunnat'
    carrier = next((ch for ch in verb.children if tok in ch.subtree), None)
    if verb.morph.get("Voice") == ["Pass"] and carrier is not None and carrier.dep_ in ("obj", "obl"):
        # the amount itself is what was covered; not an amount inside one of several means ('kuntien omalla
        # rahoituksella sekä ministeriön valtionavustuksella, joka oli 210 000 euroa')
        payers += [t.lemma_.casefold() for ch in verb.children if ch.dep_ in ("obl", "advcl") and ch is not carrier
                   and any(u.morph.get("Case") in (["Ade"], ["Ins"], ["Ela"]) for u in (ch, *ch.children))
                   for t in ch.subtree]  # '… avustuksella', '… valtion varoin', '… valtion varoista'
    return _funder_kind(payers)


REMAIN_VERB = "jäädä"


def _head_chain(tok, length: int, stop=lambda t: False) -> list:
    """`tok` and its heads, at most `length` tokens, not above a token for which `stop` holds."""
    chain = [tok]
    while len(chain) < length and chain[-1].head.i != chain[-1].i and not stop(chain[-1]):
        chain.append(chain[-1].head)
    return chain


def _numbers_between(c: Candidate, tok) -> int:
    """How many numbers stand between a token and the amount."""
    start = c.sentence.span.start
    runs, inside = 0, False
    for t in c.sentence.span[tok.i - start + 1:c.first]:
        runs += t.like_num and not inside
        inside = t.like_num
    return runs


def _another_item(tok) -> bool:
    """A conjunct joined by 'ja' is another item ('… 80 % eli 398 984 € ja kuntien rahoitusosuus 20 %'); one
    joined by 'eli' restates its head ('75 prosenttia eli 215 205 euroa')."""
    return tok.dep_ == "conj" and not any(ch.dep_ == "cc" and ch.lower_ == "eli" for ch in tok.children)


def _share_owner(c: Candidate) -> str | None:
    """'Julkisen rahoituksen osuus toteutuneista kustannuksista oli 297 525 euroa': the amount is the share
    of the payer that owns 'osuus', not the costs it is a share of; 'sen osuus' of the payer named before."""
    chain = _head_chain(list(c.sentence.span)[c.token_i], 5, stop=_another_item)
    for share in (ch for t in chain for ch in t.children if ch.dep_.startswith("nsubj")):
        if share.lemma_.casefold() != "osuus" or _numbers_between(c, share) > 1:
            continue  # at most the share's percentage that the amount restates ('80 % eli 398 984 €')
        owners = [ch for ch in share.children if ch.dep_ == "nmod:poss"] or \
            [g for ch in share.children if ch.dep_ == "amod" for g in ch.children if g.dep_ == "nmod:poss"]
        # also 'Iisalmen ja Vieremän yhteinen osuus', the owners hung on the adjective
        if any(o.pos_ == "PRON" for o in owners):  # 'Rahoituksen myönsi … ESR:stä ja valtion varoista. Niiden osuus …'
            before = c.sentence.span[:share.i - c.sentence.span.start]
            if not any(t.pos_ in ("NOUN", "PROPN") for t in before) and (previous := previous_sentence(c)):
                before = previous
            return _funder_kind([t.lemma_.casefold() for t in before])
        return _payer_kind([t for o in owners for t in o.subtree]) if owners else None
    return None


def _conjuncts(tok) -> list:
    return [ch for ch in tok.children if ch.dep_ == "conj"]


def _payer_kind(tokens) -> str | None:
    """The money kind of payers that may be named by place ('Inkoo ja Siuntio', 'Sipoon ja Pornaisten
    kesken') or by a compound of 'kunta' ('toteuttajakunnat'): a municipality pays its own funding."""
    lemmas = [t.lemma_.casefold() for t in tokens]
    kind = _funder_kind(lemmas)
    if kind is not None:
        return kind
    if any(lemma.endswith(MUNICIPAL_ENDS) or (hit := gazetteer().match(t.text)) is not None and hit.municipality
           for t, lemma in zip(tokens, lemmas) if t.pos_ in ("NOUN", "PROPN")):
        return "own_funding"
    return None


MUNICIPAL_ENDS = ("kunta", "kunnat", "kaupunki")


def _funder_kind(lemmas: list[str]) -> str | None:
    """The money kind of a payer's noun ('kaupunki' -> own funding, 'valtio' -> public funding; a compound
    ending in a payer's word of five letters or more too: 'elinkeinoministeriö', 'koulutuskuntayhtymä')."""
    return next((kind for kind, words in cues()["funders"].items()
                 if not kind.startswith("_") and any(lemma in words or any(len(w) >= 5 and lemma.endswith(w)
                                                                           for w in words) for lemma in lemmas)), None)


def _payer_column(c: Candidate) -> str | None:
    """The money kind of the payer a row's column is headed by, in a row labelled by a total, a time or a plan
    (not a payer's or a cost item's own row)."""
    label = c.sentence.label.casefold()
    if len(c.sentence.columns) < 3 or c.sentence.cell_count < 3 or _funder_kind(label_forms(c)) or \
            not (bare_row_label(label) or _plans_row(c)):
        return None  # a payer's own row, or a key and its value ('Kustannusarvio: 350 000 €')
    lemmas = cell_lemmas(column_header(c.sentence, c.start - c.sentence.start))
    if any("palkkatu" in lemma for lemma in lemmas):
        return "wage_subsidy_funds"  # 'Kunnan palkkatukimäärärahat': wage subsidies, whoever pays them
    return _funder_kind(lemmas)


def _plans_row(c: Candidate) -> bool:
    """'Tavoite (hyväksytty kustannusarvio)'; not 'Kokonaisbudjetti / toteutuneet kokonaiskustannukset'."""
    label = c.sentence.label.casefold()
    return any(w in label for w in PLANNED_ROWS) and "toteut" not in label


PLANNED_ROWS = ("tavoite", "suunnitel", "suunniteltu", "kustannusarvio", "budjetti")


def _table_money_scores(c: Candidate, scores: dict[str, float], total: bool) -> dict[str, float]:
    """A cost table's breakdown rows are not the total; its 'Yhteensä' row is. In a funding table,
    a row naming a municipality or the organisation itself is its own funding."""
    context = (c.sentence.caption + " " + " ".join(c.sentence.columns)).casefold()
    label = " ".join(label_forms(c))
    scores = dict(scores)
    realised_costs = "toteutu" in label and ("kustannu" in label or "kulu" in label)  # 'Toteutuneet kustannukset'
    realised_row = label.startswith(("toteutu", "toteuma")) and not any(w in label for w in ("rahoitu", "osuu"))
    if realised_row:  # 'Kustannusarvio | 742 000' over 'Toteutunut (arvio 31.8.) | n. 698 000': the realised cost
        scores["budget"] = 0.0
        realised_costs = True
    if not (total or "kokonais" in label or realised_costs):
        scores["total_cost"] = 0.0
    elif "kustannu" in context or "kulu" in context or "budjet" in context:
        scores["total_cost"] = max(scores["total_cost"], 0.8)
    if "rahoit" in context and "avustu" not in label and \
            any(w in OWN_FUNDERS or w.endswith(OWN_FUNDER_HEADS) for w in label.split()):
        scores["own_funding"] = max(scores["own_funding"], 0.8)
    payer = _payer_column(c)
    if payer is not None:  # 'Jakso | Toteutuneet kustannukset | ESR- ja valtion rahoitus (80 %) | Pukkilan kunta'
        scores = {k: (0.8 if k == payer else 0.0) for k in scores}
    return scores
