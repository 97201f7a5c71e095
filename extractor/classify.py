"""Decide the role of each candidate number from cue lemmas, syntax and context (the rules).

Each decision is a `Label`: group, kind, a score in 0..1 and the readable features behind it,
which the learned model (extractor.model) can re-score.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractor.candidates import Candidate, column_header
from extractor.gazetteer import gazetteer
from extractor.numbers import lexicon
from extractor.nlp import baseforms, compound_lemma

CUES_PATH = Path(__file__).resolve().parent / "data" / "cues.json"
CLAUSE_BREAKS = {":", ";", "|", "•", "–"}
COORDINATORS = {"ja", "sekä", ",", "tai"}  # not 'eli': '19 eli 26 prosenttia työllistyi' restates
WINDOW = 10
YEAR_HEADING = re.compile(r"\b(?:vuosi|vuonna|vuoden)\s+(?:19|20)\d{2}\b(?!\s*[-–])", re.IGNORECASE)
YEAR_IN_TEXT = re.compile(r"(?:\b(?:vuonna|vuoden|v\.)\s+(?:19|20)\d{2}\b|^\s*(?:19|20)\d{2}\b)"
                          r"(?!\s+(?:loppuun|alusta|alkaen|mennessä|asti|saakka|lopussa))", re.IGNORECASE)
# not 'vuoden 2019 loppuun mennessä': a figure up to a date is cumulative, not of one year


@dataclass(frozen=True)
class Label:
    group: str
    kind: str
    score: float
    planned: bool = False
    split: bool = False
    total: bool = False
    features: dict = field(default_factory=dict, compare=False)
    confidence: float | None = None  # the model's probability, when the model has scored it


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads(CUES_PATH.read_text(encoding="utf-8"))


def _forms(tok) -> tuple[str, str]:
    return tok.lemma_.casefold(), tok.text.casefold()


def cue_distance_score(c: Candidate, fragments: list[str], blockers: set[int], window: int = WINDOW,
                       label_bonus: bool = True, exclude: tuple[str, ...] = (),
                       skip_cases: tuple[str, ...] = (), skip: frozenset[int] = frozenset()) -> float:
    """Best 1/(1 + d/3) over tokens matching a fragment (d counted from the nearer end of the number);
    weaker across clause breaks and other numbers. A token matching an `exclude` fragment, in one
    of `skip_cases` or at a position in `skip`, is no cue."""
    tokens = list(c.sentence.span)
    first, last = c.first, c.token_i
    restated = restatements(c, blockers)
    best = 0.0
    for j in range(max(0, first - window), min(len(tokens), last + window + 1)):
        if first <= j <= last or j in skip or not is_cue(tokens, j, fragments, exclude):
            continue
        if skip_cases and any(case in skip_cases for case in tokens[j].morph.get("Case")):
            continue
        lo, hi = (j, first) if j < first else (last, j)
        between = tokens[lo + 1:hi]
        d = 1 + sum(not t.is_space for t in between[_phrase_rest(tokens, j, first):])  # not indentation
        weight = 1 / (1 + d / 3)
        if any(t.text in CLAUSE_BREAKS and not (t.text == ":" and j < first and _labels_value(between, k))
               for k, t in enumerate(between)):
            weight *= 0.35  # a cue before a colon labels the value right after it ('Kustannukset: 412 380 €')
        if j < first and any(t.lemma_ in ("ja", "sekä", "tai") and not _joins_nominals(between, k)
                             for k, t in enumerate(between)):
            weight *= 0.5  # '14 aloitti opinnot ja 9 siirtyi ...': the cue closes the clause before
        if j > last and any(t.lemma_ in COORDINATORS for t in between):
            weight *= 0.4  # 'X:lle 26 ja Y:lle 45': a cue after 'ja' belongs to the next number
        if j > last and _inside_bracket(between):
            weight *= 0.5  # '24 henkilöä (avoimilla työmarkkinoilla 16, ...)': the bracket's own numbers
        if any(k in blockers and k not in restated for k in range(lo + 1, hi)):
            weight *= 0.4
        if j < first and (_predicate_of_clause(tokens[j], between, blockers, lo) or
                          _subject_of_existential(tokens[j], between, blockers, lo)):
            weight = max(weight, PREDICATE_WEIGHT)
        best = max(best, weight)
    if label_bonus and c.sentence.label and _label_cue(c, fragments, exclude, skip):
        best = max(best, 0.8)
    return best


def _phrase_rest(tokens, j: int, first: int) -> int:
    """How many words after a cue before the number finish its phrase ('Avoimille työmarkkinoille'):
    a modifier's distance counts from the noun it modifies."""
    k = j
    while k + 1 < first and tokens[k].dep_ in ("amod", "compound", "compound:nn", "nmod:poss") and \
            tokens[k].head.i == tokens[k + 1].i:
        k += 1
    return k - j


def _joins_nominals(between, k: int) -> bool:
    """'Pielavedellä ja Keiteleellä': 'ja' between two words in one case joins a phrase, not clauses."""
    if not 0 < k < len(between) - 1:
        return False
    left, right = between[k - 1], between[k + 1]
    return bool(left.morph.get("Case")) and left.morph.get("Case") == right.morph.get("Case") and \
        left.pos_ in ("NOUN", "PROPN", "ADJ") and right.pos_ in ("NOUN", "PROPN", "ADJ")


def _label_cue(c: Candidate, fragments, exclude, skip: frozenset[int] = frozenset()) -> bool:
    """The row label ('Kuntien rahoitusosuus (20 %)') holds a cue: one of its tokens, or a
    several-word fragment in the whole label. Tokens at `skip` positions are no cues."""
    tokens = list(c.sentence.span)
    in_label = label_tokens(c)
    if any(is_cue(tokens, j, fragments, exclude) for j in in_label if j not in skip):
        return True
    if any(j in skip for j in in_label):
        return False
    label = c.sentence.label.casefold()
    label_lemmas = " ".join(tokens[j].lemma_.casefold() for j in in_label)
    if not any(x in label or x in label_lemmas for x in exclude) and any(f in label for f in fragments):
        return True
    header = column_header(c.sentence, c.start - c.sentence.start)
    if not (_bare_row_label(label) and header):
        return False
    header_lemmas = " ".join(b.casefold() for w in re.findall(r"\w+", header) for b in baseforms(w)[:1] or (w,))
    return any(f in header or f in header_lemmas for f in fragments)  # 'Uudet nuoret': 'nuori'


def _bare_row_label(label: str) -> bool:
    """A row label that names no kind: a year or a total ('2012 | 118 | 34', 'Yhteensä | 301 | 85'),
    so the column header ('Työllistyneet') does."""
    return bool(re.fullmatch(r"(?:19|20)\d{2}|yhteensä|yht\.?|kaikki|summa|", label.strip()))


PREDICATE_WEIGHT = 0.5


def _labels_value(between, k: int) -> bool:
    """The colon at between[k] is followed by the number itself, or a hedge and the number."""
    return all(t.text.casefold() in lexicon()["hedges"] for t in between[k + 1:])


def _inside_bracket(between) -> bool:
    """A bracket opens between the number and the cue and is still open at the cue."""
    depth = 0
    for t in between:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _predicate_of_clause(cue, between, blockers: set[int], lo: int) -> bool:
    """The cue is the finite verb of the number's clause ('Asiakkaista työllistyi hankkeen aikana tai
    kolmen kuukauden kuluessa sen päättymisestä 71 henkilöä'): no other finite verb, clause break or
    number in between."""
    return cue.pos_ == "VERB" and "Fin" in cue.morph.get("VerbForm") and \
        not any("Fin" in t.morph.get("VerbForm") or t.text in CLAUSE_BREAKS or t.text in (",", ";")
                for t in between) and \
        not any(lo < k < lo + 1 + len(between) for k in blockers)


def _subject_of_existential(cue, between, blockers: set[int], lo: int) -> bool:
    """The cue opens an existential clause whose figure closes it ('Työttömiä työnhakijoita oli kahdessa
    kunnassa tammikuussa 2018 yhteensä 402'): 'olla' is the only finite verb in between, with no
    clause break, comma or other number."""
    finite = [t for t in between if "Fin" in t.morph.get("VerbForm")]
    return cue.pos_ in ("NOUN", "ADJ") and cue.morph.get("Case") in (["Par"], ["Nom"]) and \
        len(finite) == 1 and finite[0].lemma_ == "olla" and \
        not any(t.text in CLAUSE_BREAKS or t.text in (",", ";") for t in between) and \
        not any(lo < k < lo + 1 + len(between) for k in blockers)


def is_cue(tokens, j: int, fragments, exclude=()) -> bool:
    """The token's lemma or surface contains a fragment (or a two-lemma fragment starts at it); hedge
    words ('arviolta') are never cues."""
    lemma, surface = _forms(tokens[j])
    if surface in lexicon()["hedges"]:
        return False
    pair = (tokens[j - 1].lemma_.casefold() + " " if j else "") + lemma
    surface_pair = (tokens[j - 1].text.casefold() + " " if j else "") + surface
    next_pair = lemma + (" " + tokens[j + 1].lemma_.casefold() if j + 1 < len(tokens) else "")
    if any((x in pair or x in surface_pair or x in next_pair) if " " in x else (x in lemma or x in surface)
           for x in exclude):
        return False
    bigram = lemma + " " + (tokens[j + 1].lemma_.casefold() if j + 1 < len(tokens) else "")
    return any(lemma == f[1:] if f.startswith("=") else
               (f in lemma or f in surface or (" " in f and bigram.startswith(f))) for f in fragments)


RESTATING = {"eli", "(", "mikä"}  # '71, mikä on noin 30 prosenttia' restates too


def restatements(c: Candidate, blockers: set[int]) -> set[int]:
    """Numbers that restate this one: '19 eli 26 prosenttia', '80 % eli 384 000 euroa', '58 (28,4 %)'."""
    tokens = list(c.sentence.span)
    out = set()
    for k in blockers:
        lo, hi = (k, c.first) if k < c.first else (c.token_i, k)
        between = tokens[lo + 1:hi]
        if 0 < len(between) <= 4 and any(t.text.casefold() in RESTATING for t in between) and \
                not any(t.pos_ == "VERB" or (t.pos_ == "AUX" and "mikä" not in [b.text.casefold() for b in between])
                        or t.lemma_ in ("ja", "sekä", "tai") for t in between):
            out.add(k)
    return out


def label_tokens(c: Candidate) -> list[int]:
    """Indexes of the row label's tokens ('Kustannukset yhteensä | 412 380' -> the first two)."""
    text = c.sentence.span.text
    offset = len(text) - len(text.lstrip().lstrip("|").lstrip())  # a row may open with '|'
    out = []
    for i, tok in enumerate(c.sentence.span):
        at = tok.idx - c.sentence.span.start_char
        if at < offset:
            continue
        if tok.text in (":", "|") or at - offset >= len(c.sentence.label) + 2:
            break
        out.append(i)
    return out


def label_forms(c: Candidate) -> list[str]:
    """The row label and the lemmas of its words ('Kustannukset yhteensä' -> ..., 'kustannus')."""
    tokens = list(c.sentence.span)
    return [c.sentence.label.casefold()] + [tokens[i].lemma_.casefold() for i in label_tokens(c)]


def head_lemma(c: Candidate) -> str:
    """The noun the number counts: its nummod head, or the next noun within two tokens."""
    tokens = list(c.sentence.span)
    tok = tokens[c.token_i]
    between = tokens[c.token_i + 1:c.token_i + 1 + (tok.head.i - tok.i) - 1] if tok.head.i > tok.i else []
    if tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN", "SYM", "ADJ", "PUNCT") \
            and all(t.pos_ in ("ADJ", "ADV", "NUM", "DET", "PRON") or t.morph.get("Case") == ["Gen"] for t in between):
        noun = tok.head
        owner = noun.head
        if noun.morph.get("Case") == ["Gen"] and noun.morph.get("Number") == ["Sing"] and c.value > 1 and \
                owner.i == noun.i + 1 and owner.morph.get("Case") == ["Par"]:
            noun = owner  # '41 työnantajan edustajaa': a count takes the partitive; the genitive is the owner's
        return noun.lemma_.casefold()  # the counted noun follows: not '• koulutukseen 9', '18 ja koulutukseen'

    if c.first >= 2 and tokens[c.first - 1].text == "(" and tokens[c.first - 2].pos_ in ("NOUN", "PROPN") and \
            c.unit is None:
        return tokens[c.first - 2].lemma_.casefold()  # 'Avoimet työpaikat (23)
    for nxt in tokens[c.token_i + 1:c.token_i + 3]:
        if nxt.pos_ in ("NOUN", "PROPN"):
            return nxt.lemma_.casefold()
        if nxt.pos_ not in ("ADJ", "ADV", "NUM", "DET"):
            break  # 'siirtyi 14 ja koulutukseen kahdeksan', '21 pääsi koulutukseen': not the number's noun
    return ""


def row_head(c: Candidate) -> str:
    """The noun a table row's label counts, when the label has one ('Työpajapäiviä yhteensä')."""
    if not c.sentence.is_row:
        return ""
    tokens = list(c.sentence.span)
    nouns = [tokens[i] for i in label_tokens(c) if tokens[i].pos_ in ("NOUN", "PROPN")]
    counted = len(nouns) == 1 and (nouns[0].morph.get("Case") == ["Par"] or (
        nouns[0].morph.get("Case") == ["Nom"] and nouns[0].morph.get("Number") == ["Plur"]))  # not 'Koulutus'
    return nouns[0].lemma_.casefold() if counted else ""


def is_base(c: Candidate) -> bool:
    """'jonka 312 asiakkaasta 29 % työllistyi': a number in the elative followed by another number is
    the group that number is taken from."""
    tokens = list(c.sentence.span)
    after = tokens[c.token_i + 1:c.token_i + 6]
    if len(after) < 2 or tokens[c.token_i].text.endswith("."):
        return False
    noun = after[0]
    if noun.morph.get("Case") != ["Ela"] or noun.pos_ not in ("NOUN", "ADJ", "VERB"):
        return False  # not 'yhteensä 97. Heistä 24 työllistyi'
    for t in after[1:]:  # '87 osallistujasta töihin pääsi yhdeksän': the count later in its clause
        if t.is_punct:
            return False
        if t.like_num or t.pos_ == "NUM":
            return True
    return False


def _base_label(c: Candidate, head: str, flags: dict) -> Label | None:
    """A base of clients ('184 asiakkaasta') still counts the clients."""
    clients = cues()["participants"]["clients"]
    if c.unit is None and c.value == int(c.value) and any(head.endswith(n) for n in clients):
        return Label("participants", "clients", 0.6, features={"head": head, "joins": False}, **flags)
    return None


LEAD_SCORE = 0.5
BARE_WORDS = ("euro", "€", "eur", "t€", "henkilö", "asiakas", "hlö", "osallistuja", "noin")


def bare_item(c: Candidate) -> bool:
    """A list item that says nothing but its number ('- yhteensä 328 700 €', '- 2016: 104 000 €')."""
    if c.lead is None:
        return False
    total_words = cues()["total_words"]
    return all(t.is_punct or t.like_num or t.pos_ in ("NUM", "SYM") or t.lemma_.casefold() in BARE_WORDS or
               t.lemma_.casefold() in total_words or YEAR.fullmatch(t.text) for t in c.sentence.span)


def lead_score(c: Candidate, fragments: list[str], exclude=()) -> float:
    """The lead-in of a bare list item names the kind of its numbers."""
    tokens = list(c.lead.span)
    return LEAD_SCORE if any(is_cue(tokens, j, fragments, tuple(exclude)) for j in range(len(tokens))) else 0.0


def base_noun(c: Candidate) -> str:
    """The group a count is taken from: 'Työllistyneistä kaksi kolmasosaa', '40 yrityksestä kuusi'
    (an elative noun or participle right before the number, after its own number if any)."""
    tokens = list(c.sentence.span)
    j = c.first - 1
    while j >= 0 and tokens[j].text.casefold() in lexicon()["hedges"]:
        j -= 1
    if j >= 0 and tokens[j].morph.get("Case") == ["Ela"] and tokens[j].pos_ in ("NOUN", "VERB", "ADJ"):
        return tokens[j].lemma_.casefold()
    return ""


# 'Työllistyneistä kaksi kolmasosaa sai paikan avoimilta työmarkkinoilta': an elative names the group
# the count is taken from, or where people came from, never where they went
OUTCOME_SKIP_CASES = ("Ela",)


REACH_VERBS = ("tavoittaa", "kohdata", "palvella", "saavuttaa")


def _agents(c: Candidate) -> frozenset[int]:
    """Positions (in the sentence) of the subject that acts on the counted people: 'Tämä etsivä työ
    tavoitti noin 240 nuorta' - the work reached them, they did not go to work."""
    tok = c.sentence.span[c.token_i]
    counted = tok.head if tok.dep_ == "nummod" else tok
    if counted.dep_ != "obj" or counted.head.lemma_.casefold() not in REACH_VERBS:
        return frozenset()  # the parser often swaps subject and object ('Opinnot aloitti 14 asiakasta')
    start = c.sentence.span.start
    return frozenset(t.i - start for ch in counted.head.children if ch.dep_ == "nsubj" for t in ch.subtree
                     if start <= t.i < c.sentence.span.end)


REALISED = ("toteutu", "toteutuma", "lopulta", "todellisuudessa", "kuitenkin", "käytännössä", "tosiasiassa",
            "ylitt", "yläpuol", "alitt", "saavut")  # 'luvut jäivät tavoitteiden yläpuolelle: ...'



def _planned_before(tokens, i: int, planned_cues: list[str]) -> bool:
    """A target word in the number's clause, with no realised word ('toteutui') in between."""
    reach = 8
    for k in range(i - 1, -1, -1):
        if i - k > reach:
            break
        tok = tokens[k]
        lemma = tok.lemma_.casefold()
        if tok.text in (";", "|") or any(lemma.startswith(r) for r in REALISED):
            return False
        if any(p in lemma for p in planned_cues) and not _client_plan(tok) and not _estimate_of_past(tokens, k, i):
            return True
        if lemma == "että" or tok.text.casefold() in ("joista", "joiden", "heistä"):
            reach = i  # 'tavoitteena on, että ... 240 henkilöä ja heistä 30 % työllistyy': the whole clause
    for tok in tokens[i + 1:i + 4]:
        if tok.text in ("(", ",", ";", "|") or tok.like_num:
            return False  # 'Asiakkaita: 112 (tavoite 100)', '173, eli tavoitteesta jäätiin'
        if any(p in tok.lemma_.casefold() for p in planned_cues):
            return True
    return False


def _estimate_of_past(tokens, k: int, i: int) -> bool:
    """'hankkeen arvioidaan tuottaneen 96 000 euron säästöt': an estimate of what happened, no target."""
    return tokens[k].lemma_.casefold().startswith("arvioi") and any(
        t.morph.get("PartForm") == ["Past"] for t in tokens[k + 1:i])


CLIENT_PLANS = ("asiakas", "työllistymis", "aktivointi", "palvelu", "kuntoutus", "valmennus", "jatko")


def _client_plan(tok) -> bool:
    """'henkilökohtaisen suunnitelman laati ja palveluun sitoutui 152': a client's own plan, not a target."""
    lemma = tok.lemma_.casefold()
    if not lemma.endswith("suunnitelma"):
        return False
    return lemma.startswith(CLIENT_PLANS) or any(
        ch.lemma_.casefold() in ("henkilökohtainen", "yksilöllinen", "oma") for ch in tok.children)


def _planned_list(c: Candidate) -> bool:
    """'Määrälliset tavoitteet olivat:' + '- hankkeeseen osallistuu 150 asiakasta': a list of targets."""
    if c.lead is None:
        return False
    closing = list(c.lead.span)[-LEAD_CLAUSE:]  # the words right before the colon, not a clause before
    return any(p in t.lemma_.casefold() for t in closing for p in cues()["planned"]) and \
        not any(t.lemma_.casefold().startswith(REALISED) for t in c.lead.span)


LEAD_CLAUSE = 6


def context_flags(c: Candidate) -> tuple[bool, bool, bool]:
    """(planned, split, total): target talk, per-year / gender split, a total."""
    cue = cues()
    tokens = list(c.sentence.span)
    lo, hi = max(0, c.token_i - 8), c.token_i + 6
    near = [_forms(t)[0] for t in tokens[lo:hi]]
    planned = _planned_before(tokens, c.token_i, cue["planned"]) or _planned_column(c) or _planned_list(c) or \
        (c.sentence.is_row and any(p in form for p in cue["planned"] for form in label_forms(c)[1:]))
    adjacent = [_forms(t)[0] for t in tokens[max(0, c.token_i - 2):c.token_i + 3]]
    split = bool(YEAR_IN_TEXT.search(c.sentence.text)) or any(lemma in ("nainen", "mies") for lemma in adjacent)
    if c.sentence.label and re.fullmatch(r"(?:19|20)\d{2}", c.sentence.label.strip()):
        split = True
    if YEAR_HEADING.search(c.sentence.heading):
        split = True  # under '2. Vuosi 2013 lyhyesti' the figures are of one year
    total = any(lemma in cue["total_words"] for lemma in near) or "yhteensä" in c.sentence.label.casefold()
    column = _column_role(c)
    split = split or column == "part"
    total = total or column == "whole"
    return planned, split, total


FINAL_COLUMN = ("yhteensä", "kaikki", "koko", "loppu", "yht.")  # 'Salo | Somero | Yhteensä', '… | Loppuraportti'


def _column_role(c: Candidate) -> str:
    """'whole' under a total or final column, 'part' under another column of a table that has one
    (a municipality's, a year's or an interim report's figures), else ''."""
    if not c.sentence.is_row or len(c.sentence.columns) < 3:
        return ""
    header = column_header(c.sentence, c.start - c.sentence.start)
    if not header:
        return ""
    if any(f in header for f in FINAL_COLUMN):
        return "whole"
    others = [h.casefold() for h in c.sentence.columns[1:]]
    return "part" if any(any(f in h for f in FINAL_COLUMN) for h in others) else ""


CAPACITY = ("mahtua", "kapasiteetti", "paikkamäärä", "enintään", "maksimi", "paikka", "varata")
SURVEY = ("vastata", "vastaaja", "haastatella", "haastateltu", "kysely", "palautekysely", "asiakaskysely", "asiakaspalautekysely", "vastanut")
PLANNED_COLUMN = ("suunnitel", "budjetti", "budjetoi", "arvio", "hyväksytty", "tavoite", "suunniteltu")


def _survey_or_capacity(c: Candidate) -> bool:
    """Survey respondents or room for people in the number's clause: 'Kyselyyn vastasi 45', 'Tila oli
    varattu 120 hengelle' (but not 'mutta paikalla oli lähes 80 osallistujaa', who were there)."""
    clause = _clause_head(c.sentence.span[c.token_i])
    return any(_clause_head(t) == clause for t in c.sentence.span
               if t.lemma_.casefold() in SURVEY + CAPACITY and not _on_site(t))


def _on_site(tok) -> bool:
    """'paikalla', 'paikan päällä': present, not room for people."""
    return tok.lemma_.casefold() == "paikka" and (tok.morph.get("Case") == ["Ade"] or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text.casefold() == "päällä"))


def _clause_head(tok):
    """The verb or the copula's predicate that heads the token's clause."""
    while not (tok.pos_ in ("VERB", "AUX") or any(ch.dep_ == "cop" for ch in tok.children) or tok.head == tok):
        tok = tok.head
    return tok


def _planned_column(c: Candidate) -> bool:
    """In a table, the header of the number's column says whether it is planned or realised."""
    header = column_header(c.sentence, c.start - c.sentence.start)
    return any(p in header for p in PLANNED_COLUMN) and "toteut" not in header


def _achievement_column(c: Candidate) -> bool:
    header = column_header(c.sentence, c.start - c.sentence.start)
    return any(w in header for w in ("toteuma-%", "toteuma %", "toteutumis", "tavoitteesta", "% tavoit"))


def _realised_column(c: Candidate) -> bool:
    return any(r in column_header(c.sentence, c.start - c.sentence.start) for r in ("toteut", "toteuma"))


def classify(c: Candidate, blockers: set[int]) -> Label | None:
    """The rules: money by unit and cues; then indicators, outcomes, participants."""
    planned, split, total = context_flags(c)
    if per_unit(c) or difference(c) or _of_follow_up(c) or _follow_up_column(c):
        return None
    if c.unit == "eur":
        return _money(c, blockers, planned, split, total)
    head = head_lemma(c)
    cue = cues()
    flags = dict(planned=planned, split=split, total=total)
    ind = {k: cue_distance_score(c, v, blockers, window=12, skip_cases=STATUS_CASES)
           for k, v in cue["indicators"].items()}
    for k, v in cue["indicators"].items():
        if _area_row_under(c, v):
            ind[k] = max(ind[k], 0.8)
    anaphor = anaphor_before(c)
    if anaphor is not None:  # 'aktivointiaste nousi selvästi: vuonna 2010 se oli 22,1 %'
        tokens = list(c.sentence.span)
        for k, v in cue["indicators"].items():
            if any(is_cue(tokens, j, v) for j in range(anaphor)):
                ind[k] = max(ind[k], ANAPHOR_SCORE)
    kind, score = _best(ind)
    if score >= 0.3 and not _participation_verb(c) and area_statistic(c, kind):
        if (kind == "activation_rate") == (c.unit == "pct"):
            return Label("indicators", kind, score, features={"head": head}, **flags)
    if any(head.endswith(d) for d in cue["distractor_heads"]) or c.value <= 0:
        return None
    if _event_table_people(c) and c.value >= MIN_ATTENDEES:
        return Label("participants", "attendees", 0.8, features={"head": head}, **flags)
    if not head and any(row_head(c).endswith(d) for d in cue["distractor_heads"]):
        return None  # 'Työpajapäiviä yhteensä | 1 840', 'Yhteistyöyritykset | 27': days and firms
    if any(base_noun(c).endswith(d) for d in cue["distractor_heads"]):
        return None  # '40 yrityksestä kuusi': six companies
    if _counts_things(c, head):
        return None  # 'Lyhytkoulutuksia järjestettiin 14': courses held, not people
    if is_base(c):  # '184 asiakkaasta 49 (27 %) oli työllistynyt': the whole the outcome is taken from
        return _base_label(c, head, flags)
    if c.source == "word" and c.value == 1 and list(c.sentence.span)[c.token_i].morph.get("Case") == ["Gen"]:
        return None  # 'Yhden työllistyneen asiakkaan hinta': one of, not a count
    if c.unit is None and c.value == int(c.value) and c.value >= MIN_ATTENDEES and not _partitioned(c) and (
            _attends_event(c) or _refers_to_events(c) and _participation_verb(c)):
        # attending an event is no outcome: 'Työelämäpäivässä … kävi 180 ihmistä', '… joille osallistui 86'
        return Label("participants", "attendees", 0.8, features={"head": head}, **flags)
    exclude = cue["outcome_exclude"]
    no_cues = _agents(c) | frozenset(j for j, t in enumerate(c.sentence.span) if is_event(_lemma(t)))  # 'Työelämäpäivä'
    out = {k: cue_distance_score(c, v, blockers, skip_cases=OUTCOME_SKIP_CASES, exclude=tuple(exclude.get(k, ())),
                                 skip=no_cues)
           for k, v in cue["outcomes"].items()}
    if "työmarkkin" not in c.sentence.text.casefold() and "työmarkkin" not in c.sentence.label.casefold():
        out["employed_open_market"] = 0.0  # 'avoimeen infotilaisuuteen' is not the open labour market
    if _own_services(c):
        out["services_other"] = 0.0  # 'hankkeen palveluihin ohjattiin 196 henkilöä' are clients
    if max(out.values()) < 0.3 and bare_item(c):  # 'Tulokset:' + '- 15 henkilöä'
        out = {k: max(v, lead_score(c, cue["outcomes"][k], exclude.get(k, ()))) for k, v in out.items()}
    kind, score = _best(out)
    if c.unit == "pct" and (c.value > 100 or _achievement_column(c)):
        return None  # 'Toteuma-%' 118 %: a rate of the target reached, not a share of the clients
    if score >= 0.3 and _comparison(c):
        return None  # 'vertailuryhmässä työllistyneiden osuus jäi 18 prosenttiin': not this project
    if score >= 0.3 and _negated(c):
        return None  # 'Noin kolmanneksella ei ollut tutkintoa', '12 ei ole työllistynyt
    if score >= 0.3 and (c.unit == "pct" or c.value == int(c.value)):
        if _subcount(c, blockers):
            flags["split"] = True
        return Label("outcomes", _refine_outcome(c, kind, out), score, features={"head": head}, **flags)
    if c.unit == "pct" or c.value != int(c.value) or c.value < 2:
        return None
    part = {k: cue_distance_score(c, v, blockers) for k, v in cue["participants"].items()}
    intake = _intake(c)
    if _participants_row(c) or intake == "committed" and _of_people(c):
        part["clients"] = max(part["clients"], 0.8)
    if _group_split(c):
        flags["split"] = True
    whole_flags = dict(flags)  # attendees of further events ('Lisäksi …') are more attendees, not a part
    if _additional(c):
        flags["split"] = True
    if _survey_or_capacity(c):
        return None  # survey respondents and event capacity are not participants
    if _counts_events(c, head):
        return None
    if part["clients"] >= 0.3 or any(head.endswith(n) for n in cue["participants"]["clients"]) or \
            head.endswith(("lainen", "läinen")):
        kind = "attendees" if ((part["attendees"] >= 0.3 or _event_topic(c)) and _event_sentence(c)
                               or _refers_to_events(c) or _after_event(c, head)) \
            and not _partitioned(c) else "clients"
        if kind == "attendees" and c.value < MIN_ATTENDEES:
            return None
        if kind == "attendees":
            flags = whole_flags
        joins = _joins(c)
        if kind == "clients" and _exits(c):
            flags["split"] = True  # 'Palvelun päätti hankeaikana 96 asiakasta': those who left, a part
        strength = max(part["clients"], part["attendees"], 0.5) + 0.3 * joins
        return Label("participants", kind, min(strength, 1.0),
                     features={"head": head, "joins": joins, "intake": intake}, **flags)
    if (part["attendees"] >= 0.45 or part["attendees"] >= 0.3 and _event_topic(c)) and \
            (_event_sentence(c) or head in VISITORS) and \
            head in ("", "osallistuja") + VISITORS and c.value >= MIN_ATTENDEES:
        return Label("participants", "attendees", part["attendees"], features={"head": head}, **whole_flags)
    return None


PEOPLE_COLUMN = ("osallistuj", "kävijö", "kävijä", "henkilö", "hlö", "vierailij", "henkeä", "yleisö", "kuulij")


def _event_table_people(c: Candidate) -> bool:
    """'Tapahtuma | Osallistujia | Tapahtumia, kpl' + 'Rekrytointitapahtumat | n. 740 | 9': a number under
    a column of people in a table of events."""
    if not c.sentence.is_row or not c.sentence.columns:
        return False
    header = column_header(c.sentence, c.start - c.sentence.start)
    if not any(p in header for p in PEOPLE_COLUMN):
        return False
    events = cues()["event_nouns"]
    context = " ".join([c.sentence.caption, c.sentence.columns[0], c.sentence.label, c.sentence.heading]).casefold()
    return any(e in context for e in events)


VISITORS = ("kävijä", "kävijämäärä", "vierailija", "kuulija")  # 'Niihin osallistui kaikkiaan 410 kävijää': visitors of events
MIN_ATTENDEES = 10  # 'rekrytointitilaisuuksia järjestettiin neljä': a count of events, not of people


# 'työttömänä työnhakijana 31', 'Työttömäksi työnhakijaksi | 118': a client's status, not the area's
STATUS_CASES = ("Ess", "Tra")
CLIENT_TABLE = ("asiak", "henkilö", "hlö", "osallistuj", "valmentautu")
MONTH = re.compile(r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
TIME_ANAPHORA = ("vastaavasti", "tuolloin", "silloin", "samaan aikaan", "samana aikana")


MIN_AREA_COUNT = 20  # an area's unemployed are counted in tens at least
ANAPHORS = ("se", "hän", "määrä", "luku", "lukumäärä")
ANAPHOR_SCORE = 0.5


def anaphor_before(c: Candidate) -> int | None:
    """Index of 'se', 'heitä' or 'määrä' as the subject of the number's clause ('joulukuussa 2010 heitä
    oli 3 910', 'Joulukuussa 2021 määrä oli 318'): the number continues a statistic named before."""
    tokens = list(c.sentence.span)
    for j in range(c.first - 1, max(-1, c.first - 7), -1):
        t = tokens[j]
        if t.like_num or t.text in CLAUSE_BREAKS or t.text == ",":
            return None
        if t.lemma_.casefold() in ANAPHORS and t.morph.get("Case") in (["Nom"], ["Par"]):
            return j
    return None


def area_statistic(c: Candidate, kind: str) -> bool:
    """An area indicator is dated or placed ('Riihimäellä joulukuussa 2015', 'seudulla vuoden 2015
    lopussa'), in digits, and not a row of a table of the clients' situation."""
    if c.sentence.is_row and any(w in (c.sentence.caption + " " + " ".join(c.sentence.columns)).casefold()
                                 for w in CLIENT_TABLE):
        return False
    if kind == "activation_rate":
        return True
    if c.source != "digits" or c.value < MIN_AREA_COUNT:
        return False  # 'kolmen kunnan pitkäaikaistyöttömille', 'yli 12 kk työttömänä olleet'
    text = c.sentence.text + " " + " ".join(c.sentence.columns)
    if YEAR.search(text) or MONTH.search(text) or re.search(r"\b\d{1,2}/\d{4}\b", text):
        return True
    if any(w in text.casefold() for w in TIME_ANAPHORA):
        return True  # 'Pitkäaikaistyöttömiä oli vastaavasti 1 512 ja 1 208'
    return any(t.morph.get("Case") in (["Ine"], ["Ade"]) and (t.pos_ == "PROPN" or _place(t.text)) or
               t.lemma_.casefold() in cues()["area_words"] for t in c.sentence.span)


def _area_row_under(c: Candidate, fragments: list[str]) -> bool:
    """A row labelled by a place under a caption that names the statistic: 'TYÖTTÖMÄT TYÖNHAKIJAT' /
    'Kunta | 12/2009 | 12/2011' / 'Harjavalta | 612 | 548'."""
    label = c.sentence.label.strip(" |")
    if not c.sentence.is_row or not label or not all(w[:1].isupper() and gazetteer().match(w) is not None
                                                      for w in label.split()):
        return False  # a municipality or a region names the row
    caption = c.sentence.caption.casefold()
    return any(f in caption for f in fragments)


def _place(word: str) -> bool:
    """'Kannuksessa': a municipality's name, whatever the tagger made of it."""
    match = gazetteer().match(word) if word[:1].isupper() else None
    return match is not None and match.municipality is not None


OWN_FUNDERS = ("kaupunki", "kunta", "kunnat", "kuntayhtymä", "oma", "säätiö", "yhdistys", "ry")


def _money(c: Candidate, blockers: set[int], planned: bool, split: bool, total: bool) -> Label | None:
    if c.value_max is not None:
        return Label("money", "budget", 0.9, planned, split, total)
    exclude = cues()["money_exclude"]
    scores = {k: cue_distance_score(c, v, blockers, exclude=tuple(exclude.get(k, ())))
              for k, v in cues()["money"].items()}
    if _change_from(c):
        return None
    for kind in _theme_kinds(c, exclude):
        scores[kind] = max(scores[kind], THEME_SCORE)
    if _cost_of_project(c):
        scores["total_cost"] = max(scores["total_cost"], THEME_SCORE)
    funder = _funder_before(c) or _funding_subject(c)
    if funder is not None:
        scores[funder] = max(scores[funder], 0.7)
    explicit_own = cue_distance_score(c, EXPLICIT_OWN, blockers)
    if explicit_own > 0 and explicit_own >= scores["own_funding"] - 1e-9:
        scores["own_funding"] = min(1.0, explicit_own + 0.1)  # 'omarahoitus' before 'kuntarahoitus'
    if c.sentence.is_row:
        scores = _table_money_scores(c, scores, total)
    if max(scores.values()) < 0.25 and bare_item(c):
        scores = {k: max(v, lead_score(c, cues()["money"][k], exclude.get(k, ()))) for k, v in scores.items()}
        if not total:
            scores["total_cost"] = 0.0  # an item of a cost list is a part; its 'yhteensä' line the total
    kind, score = _best(scores)
    if score < 0.25 or (kind != "savings" and _foreign_cost(c)):
        return None
    if kind in ("total_cost", "budget"):
        kind = _cost_or_budget(c, kind, scores, planned)
    return Label("money", kind, score, planned, split, total, features=scores)


THEME_SCORE = 0.85
COST_VERBS = ("maksaa", "kustantaa")


def _cost_of_project(c: Candidate) -> bool:
    """'Puoli miljoonaa euroa maksaneen hankkeen', '1,2 milj. euroa maksanut kokeilu': what the project cost."""
    verb = _verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() in COST_VERBS and \
        verb.morph.get("VerbForm") == ["Part"] and verb.head.lemma_.casefold().endswith(("hanke", "projekti", "kokeilu"))


EXPLICIT_OWN = ["omarahoitus", "omaosuus", "oma rahoitus"]
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
    for gov in (node, node.head):
        passive = "Pass" in gov.morph.get("Voice")
        theme = next((ch for ch in gov.children if ch.i != node.i and
                      (ch.dep_ in ("nsubj", "nsubj:cop") or (passive and ch.dep_ == "obj"))), None)
        if theme is None and gov.lemma_ == "olla" and gov.head.i != gov.i and gov.head.pos_ in ("NOUN", "PROPN"):
            theme = gov.head  # 'X:n osuus … oli 350 873 e' parsed with the copula under 'osuus'
        if theme is not None:
            break
    if theme is None:
        return set()
    phrase = [theme] + [ch for ch in theme.children if ch.dep_ in THEME_DEPS]
    phrase += [g for ch in phrase[1:] for g in ch.children if g.dep_ in ("conj", "flat", "compound")]
    indexes = [t.i - offset for t in phrase if 0 <= t.i - offset < len(tokens)]
    return {kind for kind, fragments in cues()["money"].items()
            if any(is_cue(tokens, j, fragments, tuple(exclude.get(kind, ()))) for j in indexes)}


def _change_from(c: Candidate) -> bool:
    """'korotetaan 421 000 eurosta 448 500 euroon': the amount changed from is not the amount."""
    tokens = list(c.sentence.span)
    unit = tokens[c.token_i + 1] if c.token_i + 1 < len(tokens) else None
    return unit is not None and unit.lemma_.casefold() == "euro" and unit.morph.get("Case") == ["Ela"] and \
        c.token_i + 2 < len(tokens) and tokens[c.token_i + 2].like_num


FOLLOW_UPS = ("jatkohanke", "jatkoprojekti", "jatkokokeilu", "jatkorahoitus")


def _of_follow_up(c: Candidate) -> bool:
    """'Jatkohankkeen budjetti on 540 000 euroa': a figure of the project that follows, in its clause."""
    tokens = list(c.sentence.span)
    for t in reversed(tokens[max(0, c.first - 10):c.first]):
        if t.text in CLAUSE_BREAKS:
            return False
        if t.lemma_.casefold().startswith(FOLLOW_UPS):
            return True
    return False


FOLLOW_UP_COLUMN = re.compile(r"\d+\s*(?:kk|kuukau\w*)\s*(?:jälkeen|päästä|kuluttua)|seuran(?:ta|nassa|nan)")


def _follow_up_column(c: Candidate) -> bool:
    """'Tilanne | Päättyessä, hlöä | Päättyessä, % | 3 kk jälkeen, hlöä': a later follow-up's column."""
    return c.sentence.is_row and bool(FOLLOW_UP_COLUMN.search(column_header(c.sentence, c.start - c.sentence.start)))


def _foreign_cost(c: Candidate) -> bool:
    """'Kokkola maksoi työmarkkinatuen kuntaosuutta vuonna 2011 yhteensä 2,4 milj. euroa': the
    municipality's own cost, not the project's money."""
    tokens = list(c.sentence.span)
    pairs = [a.lemma_.casefold() + " " + b.lemma_.casefold()
             for a, b in zip(tokens[max(0, c.first - 10):c.first], tokens[max(1, c.first - 9):c.first])]
    return any(p in pairs for p in cues()["foreign_costs"]["pairs"])


def _cost_or_budget(c: Candidate, kind: str, scores: dict[str, float], planned: bool) -> str:
    """A realised table column is the cost; a planned total ('Suunniteltu | 780,0') is the budget."""
    if c.sentence.is_row and _realised_column(c):
        return "total_cost"
    if planned or (kind == "budget" and scores["budget"] >= 0.3):
        return "budget"
    return kind


def _funder_before(c: Candidate) -> str | None:
    """'Kurikan kaupunki 63 752 euroa', 'kunnat 20 % (57 308 €)': the payer named right before the amount."""
    tokens = list(c.sentence.span)
    j = c.first - 1
    while j >= 0 and (tokens[j].text in ("(", "%") or tokens[j].like_num or
                      tokens[j].text.casefold() in lexicon()["hedges"]):
        j -= 1
    if j < 0 or tokens[j].morph.get("Case") not in ([], ["Nom"]):
        return None
    return _funder_kind([tokens[j].lemma_.casefold()])


FUNDING_VERBS = ("rahoittaa", "kattaa", "maksaa")


def _funding_subject(c: Candidate) -> str | None:
    """'Kaupunki rahoitti siitä 20 prosenttia eli 119 660 euroa': the payer is the subject of the
    funding verb the amount hangs on."""
    verb = _verb_above(list(c.sentence.span)[c.token_i])
    if verb is None or verb.lemma_.casefold() not in FUNDING_VERBS:
        return None
    return _funder_kind([ch.lemma_.casefold() for ch in verb.children if ch.dep_.startswith("nsubj")])


def _funder_kind(lemmas: list[str]) -> str | None:
    """The money kind of a payer's noun ('kaupunki' -> own funding, 'valtio' -> public funding)."""
    return next((kind for kind, words in cues()["funders"].items()
                 if not kind.startswith("_") and any(lemma in words for lemma in lemmas)), None)


def per_unit(c: Candidate) -> bool:
    """'Kustannukset asiakasta kohden olivat 3 390 euroa': a figure per person, not a fact of the project."""
    tokens = list(c.sentence.span)
    for j in range(max(0, c.first - 6), min(len(tokens), c.token_i + 6)):
        lemma = tokens[j].lemma_.casefold()
        if lemma in cues()["per_unit"] or (lemma == "kohti" and j and tokens[j - 1].pos_ == "NOUN" and
                                          tokens[j - 1].morph.get("Case") == ["Par"]):
            return True
    return False


DIFFERENCE_VERBS = ("alittaa", "ylittää", "alittua", "ylittyä")
CHANGE_VERBS = ("laskea", "nousta", "kasvaa", "vähentyä", "vähetä", "lisääntyä", "pienentyä", "supistua",
                "kohota", "pudota", "alentua", "parantua", "heikentyä", "muuttua")


CHANGE_COLUMN = ("muutos", "erotus", "kasvu", "lasku", "ero ", "+/-", "±")


def difference(c: Candidate) -> bool:
    """A difference, not a level: '34 000 euroa alle budjetin', '37 000 euroa arviota pienemmiksi',
    '412 vähemmän kuin vuotta aiemmin', 'alitti kustannusarvionsa 27 000 eurolla'."""
    if c.sentence.is_row and any(w in column_header(c.sentence, c.start - c.sentence.start)
                                 for w in CHANGE_COLUMN):
        return True  # '9/2012 | 12/2015 | muutos': the change column
    tokens = list(c.sentence.span)
    tok = tokens[c.token_i]
    governor = tok.head.head if tok.dep_ in ("nummod", "compound", "flat") else tok.head
    if governor.lemma_.casefold() in DIFFERENCE_VERBS or tok.head.lemma_.casefold() in DIFFERENCE_VERBS:
        return True
    measure = tok.head if tok.dep_ == "nummod" else tok  # '20 prosentilla'; 'viidenneksellä', '46:lla'
    if measure.morph.get("Case") == ["Ade"] and measure.head.lemma_.casefold() in CHANGE_VERBS:
        return True  # 'määrä laski yli viidenneksellä': by how much, not how many
    after = tokens[c.token_i + 1:c.token_i + 5]
    for k, t in enumerate(after):
        word = t.text.casefold()
        if word in ("vähemmän", "enemmän") or (word in ("alle", "yli") and k <= 1 and c.unit == "eur"):
            return True
        if "Cmp" in t.morph.get("Degree"):
            nxt = after[k + 1] if k + 1 < len(after) else None
            return nxt is None or nxt.is_punct or nxt.text.casefold() == "kuin"
        if t.is_punct:
            break
    return False


def _table_money_scores(c: Candidate, scores: dict[str, float], total: bool) -> dict[str, float]:
    """A cost table's breakdown rows are not the total; its 'Yhteensä' row is. In a funding table,
    a row naming a municipality or the organisation itself is its own funding."""
    context = (c.sentence.caption + " " + " ".join(c.sentence.columns)).casefold()
    label = " ".join(label_forms(c))
    scores = dict(scores)
    realised_costs = "toteutu" in label and ("kustannu" in label or "kulu" in label)  # 'Toteutuneet kustannukset'
    if not (total or "kokonais" in label or realised_costs):
        scores["total_cost"] = 0.0
    elif "kustannu" in context or "kulu" in context or "budjet" in context:
        scores["total_cost"] = max(scores["total_cost"], 0.8)
    if "rahoit" in context and any(w in label.split() for w in OWN_FUNDERS):
        scores["own_funding"] = max(scores["own_funding"], 0.8)
    return scores


def _best(scores: dict[str, float]) -> tuple[str, float]:
    kind = max(scores, key=lambda k: scores[k])
    return kind, scores[kind]


SPECIFIC_RATIO = 0.65  # 'palkkatuella on työllistynyt 14': the specific kind when it is nearly as near


def _refine_outcome(c: Candidate, kind: str, scores: dict[str, float]) -> str:
    """'avoimille työmarkkinoille' needs 'työmarkkina'; 'eläkeselvittely' is not a pension."""
    text = c.sentence.text.casefold()
    if kind == "employed_open_market" and "työmarkkin" not in text:
        kind = "employed" if scores["employed"] >= 0.3 else kind
    if kind == "pension" and scores["rehabilitation"] >= scores["pension"] - 0.05 and "eläkeselvit" in text:
        kind = "rehabilitation"
    if kind == "rehabilitation" and scores["pension"] >= 0.3 and "eläkeselvit" in text and _pension_reached(c):
        kind = "pension"  # 'eläkeselvittely päättyi työkyvyttömyyseläkkeeseen
    if kind == "services_other" and scores["employed"] >= 0.3:
        kind = "employed"
    if kind in ("employed_open_market", "employed_subsidised") and (_either_kind(c) or _included_kind(c, kind)) \
            and (scores["employed"] >= 0.3 or c.sentence.is_row):
        kind = "employed"  # 'Työllistyneet (avoin + palkkatuki)', 'Työ (ml. palkkatuki) | 58'
    if kind == "employed":  # '412 työllistyi avoimille työmarkkinoille': the specific kind, if as near
        specific = max(("employed_open_market", "employed_subsidised"), key=lambda k: scores[k])
        both = _either_kind(c) or _included_kind(c, specific)
        if scores[specific] >= 0.3 and scores[specific] >= SPECIFIC_RATIO * scores["employed"] and not both:
            kind = specific  # not 'työllistyi joko avoimille työmarkkinoille tai palkkatuella'

    return kind


COMPARISON = ("vertailu", "valtakunnallisesti", "vastaava")


def _comparison(c: Candidate) -> bool:
    """A benchmark figure: a comparison group, other projects, the whole country, or work outside the
    project ('työllisti 86 palkkatuettua työntekijää hankkeiden ulkopuolella')."""
    return any(t.lemma_.casefold().startswith(COMPARISON) or t.lower_.startswith("ulkopuol") and
               t.head.lemma_.casefold().endswith(("hanke", "projekti", "kokeilu")) for t in c.sentence.span)


def _either_kind(c: Candidate) -> bool:
    """'työllistyi joko avoimille työmarkkinoille tai palkkatuella', 'Työllistyneet (avoin + palkkatuki)':
    both specific kinds together, with no number between them."""
    tokens = list(c.sentence.span)
    outcome_cues = cues()["outcomes"]
    open_market = [j for j in range(len(tokens)) if is_cue(tokens, j, outcome_cues["employed_open_market"])]
    subsidised = [j for j in range(len(tokens)) if is_cue(tokens, j, outcome_cues["employed_subsidised"])]
    joiners = ("tai", "+", "/") + (("ja", "sekä") if c.sentence.is_row else ())  # a row label names one group
    return any(0 < abs(a - b) <= 6 and any(t.lemma_ in joiners for t in tokens[min(a, b):max(a, b)])
               and not any(t.like_num for t in tokens[min(a, b):max(a, b)])
               for a in open_market for b in subsidised)


INCLUDING = ("ml", "mukaan lukien", "sis", "sisältäen", "sisältää", "mukaan luettuna")


def _included_kind(c: Candidate, kind: str) -> bool:
    """'Työ (ml. palkkatuki)', 'Työllistyneet, sis. palkkatuetun työn': the specific kind's words
    follow a word of inclusion, so the figure is of the wider kind."""
    tokens = list(c.sentence.span)
    specific = cues()["outcomes"][kind]
    for j in range(1, len(tokens)):
        if not is_cue(tokens, j, specific):
            continue
        before = " ".join(t.text.casefold() for t in tokens[max(0, j - 3):j] if not t.is_space)
        if before.removesuffix(" .").rstrip(".").endswith(INCLUDING):  # 'ml.', 'sis .'
            return True
    return False


def _pension_reached(c: Candidate) -> bool:
    """A pension as the destination ('eläkkeelle', '... päättyi eläkkeeseen'), not only a process."""
    return any("eläke" in t.lemma_.casefold() and "selvit" not in t.lemma_.casefold() and
               t.morph.get("Case") in (["Ill"], ["All"]) for t in c.sentence.span)


OWN_SERVICE_HOLDERS = ("hanke", "kokeilu", "projekti", "ohjaamo", "keskus", "työpaja")


def _own_services(c: Candidate) -> bool:
    """'Hankkeen palveluihin': the project's own services (joining them is not an outcome)."""
    tokens = list(c.sentence.span)
    return any(a.lemma_.casefold().endswith(OWN_SERVICE_HOLDERS) and b.lemma_.casefold() == "palvelu"
               for a, b in zip(tokens, tokens[1:]))


def _subcount(c: Candidate, blockers: set[int]) -> bool:
    """'Opintoihin siirtyi 14 asiakasta, joista viisi oppisopimuksella': a part of an earlier count."""
    tokens = list(c.sentence.span)
    words = [t.text.casefold() for t in tokens[max(0, c.first - 2):c.first]]
    earlier = [b for b in blockers if b < c.first - 1]
    if not any(w in ("joista", "heistä", "näistä") for w in words) or not earlier:
        return False
    outcome_cues = [f for fragments in cues()["outcomes"].values() for f in fragments]
    return any(is_cue(tokens, j, outcome_cues) for j in range(0, c.first - 1))  # not '236 asiakasta, joista 64'



def _group_split(c: Candidate) -> bool:
    """'Heistä ylivieskalaisia oli 121': a part of a group named before."""
    tokens = list(c.sentence.span)
    before = [t.lemma_.casefold() for t in tokens[max(0, c.token_i - 6):c.token_i]]
    words = [t.text.casefold() for t in tokens[max(0, c.token_i - 6):c.token_i]]
    return any(w in ("heistä", "joista", "näistä", "niistä") for w in words[-3:]) or \
        any(b in ("nainen", "mies") for b in before[-2:])


def _additional(c: Candidate) -> bool:
    """'Lisäksi hankkeen ryhmätoimintaan osallistui 36 ...': a group besides the clients counted before."""
    first = next((t for t in c.sentence.span if not t.is_punct), None)
    return first is not None and first.lemma_.casefold() == "lisäksi" and first.i - c.sentence.span.start < c.first


def _participation_verb(c: Candidate) -> bool:
    verbs = cues()["participant_verbs"]
    head = _verb_above(c.sentence.span[c.token_i])  # '41 työnantajan edustajaa' hangs on the genitive
    return head is not None and head.pos_ == "VERB" and head.lemma_.casefold() in verbs and head.lemma_ != "olla"


JOIN_VERBS = ("osallistua", "ohjata", "ohjautua", "tavoittaa", "palvella", "ilmoittautua", "aloittaa",
              "tulla", "kohdata", "valmentaa", "asiakasmäärä", "asiakas", "asiakkuus", "asioida")


def _joins(c: Candidate) -> bool:
    """The count is of people who joined: a joining verb or 'asiakkaita oli' in the clause."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.token_i - 6):c.token_i + 4]
    distinct = c.token_i + 1 < len(tokens) and tokens[c.token_i + 1].text.casefold() == "eri"  # '1 146 eri nuorta'
    verb = _verb_above(tokens[c.token_i])
    return distinct or any(t.lemma_.casefold() in JOIN_VERBS for t in near) or \
        verb is not None and verb.lemma_.casefold() in JOIN_VERBS or \
        any(w in c.sentence.label.casefold() for w in ("asiak", "osallistuj"))


INFLOW_VERBS = ("ohjata", "ohjautua", "lähettää", "ilmoittautua")
COMMIT_VERBS = ("sitoutua", "aloittaa", "allekirjoittaa", "kirjautua")
DEFINE_VERBS = ("tarkoittaa", "laskea", "pitää", "lukea")


def _partitioned(c: Candidate) -> bool:
    """'61 nuorta, joista 22 jatkoi koulutukseen': people whose later paths are counted are clients."""
    tokens = list(c.sentence.span)
    for j in range(c.token_i + 1, min(len(tokens), c.token_i + 6)):
        if tokens[j].text.casefold() in ("joista", "heistä") and any(u.like_num for u in tokens[j + 1:j + 3]):
            fragments = [f for v in cues()["outcomes"].values() for f in v]
            return any(f in u.lemma_.casefold() for u in tokens[j + 1:j + 8] for f in fragments)
    return False


def _of_people(c: Candidate) -> bool:
    """'131 heistä sitoutui valmennukseen': a count of the people a pronoun stands for."""
    near = list(c.sentence.span)[max(0, c.first - 2):c.token_i + 3]
    return any(t.text.casefold() in ("heistä", "heitä", "he") for t in near)


def _participants_row(c: Candidate) -> bool:
    """'Hankkeeseen osallistuneet | 78 | 49 | 127': a row label that is a participle of a joining verb."""
    tokens = list(c.sentence.span)
    return c.sentence.is_row and any(
        tokens[j].lemma_.casefold() in ("osallistua", "aloittaa", "ohjautua") and
        tokens[j].morph.get("VerbForm") == ["Part"] for j in label_tokens(c))


EXIT_VERBS = ("päättää", "lopettaa", "keskeyttää")
SERVICE_NOUNS = ("palvelu", "asiakkuus", "valmennus", "jakso", "hanke", "toiminta")


def _exits(c: Candidate) -> bool:
    """'Palvelun päätti 96 asiakasta', 'valmennuksen keskeytti 14': people who finished or left."""
    verb = _verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() in EXIT_VERBS and any(
        ch.dep_ == "obj" and ch.lemma_.casefold().endswith(SERVICE_NOUNS) for ch in verb.children)


def _intake(c: Candidate) -> str:
    """'inflow' for people referred to the project ('ohjasivat hankkeeseen 163 työnhakijaa'),
    'committed' for those who then started or whom the report defines as its clients ('heistä 117
    aloitti', 'tarkoitetaan näitä 131 henkilöä'), else ''."""
    tokens = list(c.sentence.span)
    tok = tokens[c.token_i]
    verb = _verb_above(tok)
    lemma = verb.lemma_.casefold() if verb is not None else ""
    before = tokens[c.first - 1] if c.first > 0 else None
    demonstrative = before is not None and before.lemma_.casefold() == "tämä" and \
        before.morph.get("Number") == ["Plur"]
    if lemma in COMMIT_VERBS or demonstrative and lemma in DEFINE_VERBS:
        return "committed"
    return "inflow" if lemma in INFLOW_VERBS else ""


def is_event(lemma: str) -> bool:
    """An event noun, or a compound ending in one ('rekrytointi-info', 'hyvinvointipäivä'); a bare
    'päivä' or a 'työpäivä' is a length of time."""
    lemma = lemma.casefold()
    return any(lemma.endswith(e) for e in cues()["event_nouns"]) or \
        any(lemma.endswith(e) and len(lemma) > len(e) + 2 for e in EVENT_COMPOUND_ENDS) and \
        not lemma.endswith("työpäivä")


# only in a compound: 'Hyvinvointipäivä 2016: n. 60 henkilöä', 'Työnhakutorstait: 64 osallistujaa', 'yrittäjäaamu'
EVENT_COMPOUND_ENDS = ("päivä", "aamu", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "kahvi",
                       "kahvit", "viikko", "tori")


def _event_sentence(c: Candidate) -> bool:
    events = cues()["event_nouns"]
    lemmas = [_lemma(t) for t in c.sentence.span if not _the_service(t)]
    return any(is_event(lemma) or lemma.startswith(tuple(events)) for lemma in lemmas) or \
        any(e in c.sentence.heading.casefold() for e in events) or _refers_to_events(c)


EVENT_PEOPLE = ("osallistuja", "henki") + VISITORS  # counted at an event ('80 osallistujaa', '120 henkeä')


def _after_event(c: Candidate, head: str) -> bool:
    """'Hankkeen päätöstilaisuus järjestettiin … . … paikalla oli lähes 80 osallistujaa': people counted
    right after a sentence about an event (its subject or object) are its attendees."""
    start = c.sentence.span.start
    if head not in EVENT_PEOPLE or start == 0:
        return False
    before = c.sentence.span.doc[start - 1].sent
    return any(t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.head == before.root and is_event(_lemma(t)) and
               not _the_service(t) for t in before)


def _lemma(tok) -> str:
    """The token's lemma, read through an unknown compound ('Rekryiltoja' -> 'rekryilta')."""
    return compound_lemma(tok.text, tok.lemma_)


def _event_topic(c: Candidate) -> bool:
    """'- Yrittäjäfoorumi 2.2.2018, n. 40 hlöä': the sentence (a list item, a label) opens with an event."""
    first = next((t for t in c.sentence.span if t.pos_ in ("NOUN", "PROPN") and not t.like_num and
                  t.morph.get("Case") != ["Gen"]), None)  # 'Syksyn työnhakuviikko'; 'Järjestöjen … tori'
    return first is not None and first.i < c.sentence.span[c.token_i].i and is_event(_lemma(first)) and \
        not _the_service(first)


def _refers_to_events(c: Candidate) -> bool:
    return any(is_event(lemma) for lemma in _antecedent_lemmas(c))


ATTEND_VERBS = ("osallistua", "käydä", "vierailla", "tulla", "saapua", "kokoontua")
LOCATIVE_CASES = ("Ill", "Ine", "All", "Ade")
GATHER_VERBS = ("kerätä", "koota", "houkutella", "tavoittaa", "tuoda")  # an event as the subject
SERVICE_EVENTS = ("työpaja", "paja")  # 'Nuorten työpajaan tuli 96 nuorta': a workshop is a service too


def _the_service(tok) -> bool:
    """'Nuorten työpajaan tuli 96 nuorta': a workshop in the singular is the service itself, not an event
    (but a 'Työnhakutyöpaja' is one)."""
    return tok.lemma_.casefold() in SERVICE_EVENTS and tok.morph.get("Number") != ["Plur"]


def _attends_event(c: Candidate) -> bool:
    """'Rekrytointi-infoihin, joita hanke järjesti, osallistui yli 200 kuntalaista', 'Joulumyyjäisissä
    vieraili lähes 300 ihmistä': the count's verb of attending has an event as its place."""
    tok = c.sentence.span[c.token_i]
    verb = _verb_above(tok)
    if verb is not None and verb.lemma_.casefold() in GATHER_VERBS:  # 'aamukahvitilaisuus keräsi 26 yrittäjää'
        return any(ch.dep_ in ("nsubj", "obj") and ch.i < verb.i and ch != tok.head and is_event(_lemma(ch)) and
                   not _the_service(ch) for ch in verb.children)  # the parser may take the subject for an object
    if verb is None or verb.lemma_.casefold() not in ATTEND_VERBS:
        return False
    places = [ch for ch in verb.children if ch.dep_ == "obl" and ch != tok.head]  # 'Kymmeneen työnhakuinfoon'
    if verb.dep_ == "acl:relcl":  # 'Työelämäpäivässä, jossa hankkeen pisteellä kävi noin 180 ihmistä'
        places = [verb.head if ch.morph.get("PronType") == ["Rel"] else ch for ch in places]
    return any(any(case in LOCATIVE_CASES for case in ch.morph.get("Case")) and is_event(_lemma(ch)) and
               not _the_service(ch) for ch in places)


ANTECEDENT_REACH = 30  # tokens back from a plural pronoun to the nouns it may stand for


def _antecedent_lemmas(c: Candidate) -> list[str]:
    """'Hanke järjesti neljä messua. Niihin osallistui 560 henkeä': the lemmas before a plural
    demonstrative or relative pronoun (in its paragraph), which it may refer to."""
    span = c.sentence.span
    verb = _verb_above(span[c.token_i])
    pronoun = next((t for t in span if t.pos_ == "PRON" and t.lemma_.casefold() in ("se", "ne", "joka") and
                    t.morph.get("Number") == ["Plur"] and t.head == verb), None)  # a dependent of the number's verb
    if pronoun is None:
        return []
    return [_lemma(t) for t in span.doc[max(0, pronoun.i - ANTECEDENT_REACH):pronoun.i]]


def _counts_events(c: Candidate, head: str) -> bool:
    """'Infotilaisuuksia järjestettiin kaikkiaan 12': the number's verb has an event as its object or
    subject, and the number counts no people of its own: a count of events."""
    if head and not is_event(head):
        return False
    tok = c.sentence.span[c.token_i]
    if _own_clause(tok):
        return False
    verb = _verb_above(tok)
    return verb is not None and any(ch.dep_ in ("obj", "nsubj", "nsubj:pass") and is_event(_lemma(ch))
                                    for ch in verb.children)


ORGANISE_VERBS = ("järjestää", "pitää", "toteuttaa", "tehdä", "solmia", "laatia")


def _counts_things(c: Candidate, head: str) -> bool:
    """'Lyhytkoulutuksia järjestettiin 14', 'tehtiin yhteensä 61 työkokeilusopimusta': the number counts
    what was organised or made (its verb's object), not people."""
    if head and _people(head):
        return False
    tok = c.sentence.span[c.token_i]
    verb = _verb_above(tok)
    if verb is None or verb.lemma_.casefold() not in ORGANISE_VERBS or _own_clause(tok):
        return False
    return any(ch.dep_ in ("obj", "nsubj:pass", "nsubj") and ch.pos_ == "NOUN" and not _people(ch.lemma_.casefold())
               and (ch == tok.head or ch.i < tok.i) for ch in verb.children)


def _people(lemma: str) -> bool:
    return any(lemma.endswith(p) for p in cues()["participants"]["clients"])


def _own_clause(tok) -> bool:
    """'…järjesti 8 rekrytointitapahtumaa; kävijöitä oli yhteensä n. 640': the number heads a copula
    clause of its own, so the verb above is not its verb."""
    return any(ch.dep_ == "cop" for ch in tok.children)


def _negated(c: Candidate) -> bool:
    """The number's clause is negated: 'ei' hangs on the number or on a word above it, up to its verb."""
    tok = list(c.sentence.span)[c.token_i]
    while True:
        if any(ch.morph.get("Polarity") == ["Neg"] for ch in tok.children):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head


def _verb_above(tok):
    """The nearest verb (or auxiliary) above a token in the dependency tree, or None."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None
