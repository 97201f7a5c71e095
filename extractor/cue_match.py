"""How a cue word is found near a candidate number: cue lemmas, distance, syntax, row labels."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractor.candidates import PERCENT_LABEL, Candidate, column_header
from extractor.gazetteer import gazetteer
from extractor.nlp import baseforms, compound_lemma
from extractor.numbers import lexicon
from extractor.segment import YEAR


CUES_PATH = Path(__file__).resolve().parent / "data" / "cues.json"


CLAUSE_BREAKS = {":", ";", "|", "•", "·", "–"}


COORDINATORS = {"ja", "sekä", ",", "tai"}  # not 'eli': '19 eli 26 prosenttia työllistyi' restates


WINDOW = 10


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


def token_forms(tok) -> tuple[str, str]:
    return tok.lemma_.casefold(), tok.text.casefold()


def _dash_aside(between) -> set[int]:
    """Positions of an aside between two dashes ('Työllistyneitä – avoimille työmarkkinoille tai palkkatuella –
    oli yhteensä 50'): it neither breaks the clause nor puts distance between a cue and its number."""
    dashes = [k for k, t in enumerate(between) if t.text in ("–", "—")]
    return set(range(dashes[0], dashes[1] + 1)) if len(dashes) == 2 else set()


def _relative_aside(cue, between) -> set[int]:
    """Positions of a relative clause on the cue between commas ('Omarahoitusta, jonka maksoivat Ruskon kunta ja
    Turun ammattikorkeakoulu, kertyi 87 748 euroa'): it says more of the cue and puts no distance after it."""
    if not between or between[0].text != ",":
        return set()
    clause = next((ch for ch in cue.children if ch.dep_ == "acl:relcl" and ch.i > cue.i), None)
    if clause is None:  # the clause ends at the next comma (the parser may hang the main verb on it)
        return set()
    closing = next((k for k, t in enumerate(between) if k and t.text == "," and t.i > clause.i), None)
    return set(range(closing + 1)) if closing is not None else set()


def _dash_frame(tokens, first: int, last: int) -> set[int]:
    """The two dashes around a number said as an aside ('joka kolmas osallistuja – 52 henkeä – on saanut
    töitä'): they do not cut the number off from its clause."""
    dashes = [k for k, t in enumerate(tokens) if t.text in ("–", "—")]
    return next(({a, b} for a, b in zip(dashes, dashes[1:]) if a < first and last < b and b - a <= ASIDE_LENGTH),
                set())


def _comma_apposition(tokens, first: int, last: int) -> set[int]:
    """The commas around a count in apposition ('Heistä runsas puolet, 34 henkeä, pääsi töihin …'); not an amount's
    ('Loput, 59 592 euroa, maksoivat kunnat omarahoituksena': the payer's word weighs there)."""
    noun = tokens[last].head if tokens[last].dep_ == "nummod" else tokens[last]
    if not (noun.dep_ == "appos" or _restating_conjunct(noun)):
        return set()
    base = tokens[0].i
    end = max(t.i for t in noun.subtree if not t.is_punct) - base
    if first > 0 and tokens[first - 1].dep_ == "cc" and tokens[first - 1].head.i == noun.i:
        first -= 1  # ', eli parikymmentä,'
    if first > 0 and tokens[first - 1].text == "," and end + 1 < len(tokens) and tokens[end + 1].text == "," and \
            end + 1 - (first - 1) <= ASIDE_LENGTH:
        return {first - 1, end + 1}
    return set()


ASIDE_LENGTH = 6
RESTATING = ("eli", "siis", "toisin sanoen")


def _restating_conjunct(tok) -> bool:
    """'noin puolet, eli parikymmentä, sai …': a conjunct after 'eli' says the same again in other words."""
    return tok.dep_ == "conj" and tok.head.i < tok.i and \
        any(ch.dep_ == "cc" and ch.lemma_.casefold() in RESTATING for ch in tok.children)


def _restatement_after(tokens, last: int, between) -> set[int]:
    """Positions of a restatement of the number between commas right after it ('puolet, eli parikymmentä,
    sai …'): it neither breaks the clause nor puts distance between the number and a cue after it."""
    if not between or between[0].text != ",":
        return set()
    closing = next((k for k, t in enumerate(between) if k and t.text == ","), None)
    if closing is None or closing > ASIDE_LENGTH:
        return set()
    inside = between[1:closing]
    if not any(t.head.i == tokens[last].i and (t.dep_ == "appos" or _restating_conjunct(t)) for t in inside):
        return set()
    return set(range(closing + 1))


def cue_distance_score(c: Candidate, fragments: list[str], blockers: set[int], window: int = WINDOW,
                       label_bonus: bool = True, exclude: tuple[str, ...] = (),
                       skip_cases: tuple[str, ...] = (), skip: frozenset[int] = frozenset(),
                       label_first_only: bool = False) -> float:
    """Best 1/(1 + d/3) over tokens matching a fragment (d counted from the nearer end of the number);
    weaker across clause breaks and other numbers. A token matching an `exclude` fragment, in one
    of `skip_cases` or at a position in `skip`, is no cue. With `label_first_only`, a line's label names
    only the first value after it."""
    tokens = list(c.sentence.span)
    first, last = c.first, c.token_i
    restated = restatements(c, blockers)
    frame = _dash_frame(tokens, first, last) or (_comma_apposition(tokens, first, last) if c.unit != "eur" else set())
    pronoun_restates = _pronoun_restates(tokens, last)
    best = 0.0
    for j in range(max(0, first - 2 * window), min(len(tokens), last + window + 1)):
        if first <= j <= last or j in skip or not is_cue(tokens, j, fragments, exclude):
            continue
        if j < first - window and not _relative_aside(tokens[j], tokens[j + 1:first]) and \
                first - j - len(_dash_aside(tokens[j + 1:first])) > window:
            continue  # farther back only past a relative clause on the cue or an aside between dashes
        if skip_cases and any(case in skip_cases for case in tokens[j].morph.get("Case")) and \
                not _place_in(tokens[j]):
            continue
        lo, hi = (j, first) if j < first else (last, j)
        between = tokens[lo + 1:hi]
        aside = _dash_aside(between) or (_relative_aside(tokens[j], between) if j < first else
                                          _restatement_after(tokens, last, between))
        if j < first and pronoun_restates:
            aside = aside | {k for k, t in enumerate(between) if t.text in ("–", "—", ",") and k >= len(between) - 3}
        # not indentation, nor a skipped phrase ('hankkeen aikana tai heti sen jälkeen'), nor an aside
        rest = _phrase_rest(tokens, j, first)
        d = 1 + sum(not t.is_space and t.i - c.sentence.span.start not in skip and k not in aside
                    for k, t in enumerate(between) if k >= rest)
        weight = 1 / (1 + d / 3)
        if any(t.text in CLAUSE_BREAKS and k not in aside and lo + 1 + k not in frame and
               not (t.text == ":" and j < first and _labels_value(between, k)) and
               not (t.text == "|" and not c.sentence.is_row)  # '17 | avoimille työmarkkinoille': a caption
               for k, t in enumerate(between)):
            weight *= 0.35  # a cue before a colon labels the value right after it ('Kustannukset: 412 380 €')
        if j < first and (any(t.lemma_ in ("ja", "sekä", "tai") and k not in aside and
                              not _joins_nominals(tokens[j:hi], k + 1)
                              for k, t in enumerate(between)) or  # the cue itself may be the left conjunct
                          _clause_before_comma(tokens, j, last, between)):
            weight *= 0.5  # '14 aloitti opinnot ja 9 siirtyi ...', 'järjestettiin työkokeilu, 6 ohjattiin …'
        if j < first and _another_numbers_clause(tokens, j, last, blockers - restated) and \
                not pronoun_restates:
            weight *= 0.4  # 'Neljä aloitti opinnot, 11 siirtyi …': the cue's verb has a number of its own
        if j > last and any(t.lemma_ in COORDINATORS and not _hyphen_coordination(between, k) and
                            t.i - c.sentence.span.start not in skip and lo + 1 + k not in frame and
                            k not in aside and not _joins_nominals(tokens[lo + 1:j + 1], k)
                            for k, t in enumerate(between)):
            weight *= 0.4  # 'X:lle 26 ja Y:lle 45': a cue after 'ja' belongs to the next number
        if j > last and _inside_bracket(between):
            weight *= 0.5  # '24 henkilöä (avoimilla työmarkkinoilla 16, ...)': the bracket's own numbers
        if any(k in blockers and k not in restated and k - lo - 1 not in aside for k in range(lo + 1, hi)):
            weight *= 0.4
        if j < first and (_predicate_of_clause(tokens[j], between, blockers, lo, tokens[last]) or
                          _subject_of_existential(tokens[j], between, blockers, lo)) or \
                j > last and _place_predicate(tokens[j], between, blockers - restated, lo):
            weight = max(weight, PREDICATE_WEIGHT)
        best = max(best, weight)
    if label_bonus and c.sentence.label and not (label_first_only and _behind_labels_value(c, blockers)) and \
            _label_cue(c, fragments, exclude, skip):
        best = max(best, 0.8)
    return best


def _place_in(tok) -> bool:
    """'paikka kuntouttavasta työtoiminnasta', 'sai paikan yhdistysten palkkatukitöistä': an elative that says
    where a place was found, not where from."""
    noun = tok.head if tok.dep_ in ("acl", "amod") else tok
    if noun.dep_ == "obl":  # the verb's object is the place
        return any(t.dep_ == "obj" and t.lemma_.casefold().endswith("paikka") for t in noun.head.children)
    return noun.dep_ == "nmod" and noun.head.lemma_.casefold().endswith("paikka")


def _behind_labels_value(c: Candidate, blockers: set[int]) -> bool:
    """'Kokonaisbudjetti: 318 500 €, josta ESR- ja valtion rahoitus 254 800 €': the label names the first
    value of its line; a later one of running text has its own words (a table row's cells all share it)."""
    if c.sentence.is_row:
        return False
    end = c.sentence.span.start_char + len(c.sentence.label)
    return any(c.sentence.span[k].idx >= end for k in blockers if k < c.first)


def _hyphen_coordination(between, k: int) -> bool:
    """'päihde- ja mielenterveyspalveluihin': 'ja' after a cut compound joins two words, not clauses."""
    return k > 0 and between[k - 1].text == "-" and between[k].lemma_ in ("ja", "sekä", "tai")


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


PROJECT_COLUMN = re.compile(r"(?:hanke|projekti|kokeilu|pilotti|hankkeen nimi)", re.IGNORECASE)  # a column of names


def _label_cue(c: Candidate, fragments, exclude, skip: frozenset[int] = frozenset()) -> bool:
    """The row label ('Kuntien rahoitusosuus (20 %)') holds a cue: one of its tokens, or a
    several-word fragment in the whole label. Tokens at `skip` positions are no cues."""
    named = len(c.sentence.columns) >= 3 and bool(PROJECT_COLUMN.fullmatch(c.sentence.columns[0].strip()))
    if named:  # '| Lyhde – pitkäaikaistyöttömien valmennus … |' under 'Hanke': a name, no category; the column's
        return _header_cue(c, fragments, exclude)  # header names the kind
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
    return bare_row_label(label) and _header_cue(c, fragments, exclude)


def _header_cue(c: Candidate, fragments, exclude) -> bool:
    """The number's column header holds a cue ('Uudet nuoret': 'nuori')."""
    header = column_header(c.sentence, c.start - c.sentence.start)
    if not header:
        return False
    header_lemmas = " ".join(cell_lemmas(header))
    if any(x in header or x in header_lemmas for x in exclude):
        return False  # 'Muu (muu työllistymistä edistävä palvelu)': no employment
    return any(f in header or f in header_lemmas for f in fragments)


def cell_lemmas(text: str) -> list[str]:
    """The first base form of each word of a header cell ('Pukkilan kunta (20 %)' -> 'pukkila', 'kunta')."""
    return [b.casefold() for w in re.findall(r"\w+", text) for b in baseforms(w)[:1] or (w,)]


def bare_row_label(label: str) -> bool:
    """A row label that names no kind: a year, a date, a total or a share ('2012 | 118 | 34', 'III/2012 | 22,4 |
    612', 'Yhteensä | 301 | 85', 'Osuus asiakkaista % | 29,3'), or an area with its time ('Kauniainen 1/2021 |
    412 | 118'), so the column header ('Työllistyneet', 'Aktivointiaste') does."""
    label = re.sub(r"\(.*?\)", "", label).strip().rstrip("*").strip()
    words = label.split(maxsplit=1)
    if words and gazetteer().match("-".join(w.capitalize() for w in words[0].split("-"))) is not None:
        label = words[1] if len(words) > 1 else ""  # 'Kauniainen 1/2021', 'Uusimaa 2020'
    return bool(re.fullmatch(r"(?:19|20)\d{2}|yhteensä|yht\.?|kaikki|summa|", label)) or \
        bool(DATE_LABEL.fullmatch(label)) or bool(PERCENT_LABEL.search(label))  # '% (n=116)' under the counts


# a row labelled by a time: '9/2012', '31.12.2012', 'III/2012', 'Q3/2012', '2012 Q3', 'syyskuu 2012'
DATE_LABEL = re.compile(r"(?:\d{1,2}\.)?\d{1,2}[/.](?:19|20)\d{2}|(?:i{1,3}|iv|q[1-4])\s*/\s*(?:19|20)\d{2}|"
                        r"(?:19|20)\d{2}\s*(?:q[1-4]|/\s*(?:i{1,3}|iv))|[a-zåäö]+kuu(?:n loppu)?\s+(?:19|20)\d{2}",
                        re.IGNORECASE)


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


def _predicate_of_clause(cue, between, blockers: set[int], lo: int, number) -> bool:
    """The cue is the finite verb of the number's clause ('Asiakkaista työllistyi hankkeen aikana tai
    kolmen kuukauden kuluessa sen päättymisestä 71 henkilöä'): no other finite verb, clause break or
    number in between, and no finite verb of the number's own after it ('… työllistyi ja 23 eli 10,0
    prosenttia aloitti koulutuksen')."""
    own = clause_head(number)
    if own.i > number.i and own.i != cue.i and "Fin" in own.morph.get("VerbForm"):
        return False
    return cue.pos_ == "VERB" and "Fin" in cue.morph.get("VerbForm") and \
        not any("Fin" in t.morph.get("VerbForm") or t.text in CLAUSE_BREAKS or t.text in (",", ";")
                for t in between) and \
        not any(lo < k < lo + 1 + len(between) for k in blockers)


def _pronoun_restates(tokens, last: int) -> bool:
    """'61 asiakasta työllistyi – se on 33 % kaikista asiakkaista': a copula whose subject, 'se' or 'tämä' right
    after a dash or a comma, points back to the clause before restates its figure, as 'mikä on' does."""
    pred = tokens[last].head if tokens[last].dep_ == "nummod" else tokens[last]
    start = tokens[0].i
    return any(ch.dep_ == "nsubj:cop" and ch.lemma_.casefold() in ("se", "tämä") and ch.i < pred.i and
               ch.i - start > 0 and tokens[ch.i - start - 1].text in ("–", "—", ",") for ch in pred.children)


def _another_numbers_clause(tokens, j: int, last: int, blockers: set[int]) -> bool:
    """The cue is an object or adverbial in a clause coordinated with the number's, and that clause's subject
    is another figure ('Neljä aloitti opinnot, 11 siirtyi kuntouttavaan työtoimintaan': 'opinnot' is the
    four's)."""
    cue, verb, own = tokens[j], clause_head(tokens[j]), clause_head(tokens[last])
    if cue.dep_.startswith("nsubj") or verb.i == own.i or not _coordinated(verb, own):
        return False
    start = tokens[0].i
    return any(ch.dep_.startswith("nsubj") and (ch.i - start in blockers or
                                                any(g.dep_ == "nummod" and g.i - start in blockers for g in ch.children))
               for ch in verb.children)


def _clause_before_comma(tokens, j: int, last: int, between) -> bool:
    """The cue ends a clause that a comma joins to the number's, and the number's clause names where its people
    went ('Kolmelletoista järjestettiin työkokeilu, kuusi ohjattiin kuntouttavaan työtoimintaan'): it is the
    clause before's."""
    verb, own = clause_head(tokens[j]), clause_head(tokens[last])
    return any(t.text == "," for t in between) and verb.i != own.i and _coordinated(verb, own) and \
        any(ch.dep_ == "obl" and ch.i > tokens[last].i and ch.morph.get("Case") in (["Ill"], ["All"], ["Tra"])
            for ch in own.children)


def _coordinated(a, b) -> bool:
    """Two clause heads joined as conjuncts, one under the other or both under a third."""
    return a.dep_ == "conj" and a.head.i in (b.i, b.head.i if b.dep_ == "conj" else -1) or \
        b.dep_ == "conj" and b.head.i == a.i


def _subject_of_existential(cue, between, blockers: set[int], lo: int) -> bool:
    """The cue opens an existential clause whose figure closes it ('Työttömiä työnhakijoita oli kahdessa
    kunnassa tammikuussa 2018 yhteensä 402'): 'olla' is the only finite verb in between, with no
    clause break, comma or other number."""
    finite = [t for t in between if "Fin" in t.morph.get("VerbForm")]
    return cue.pos_ in ("NOUN", "ADJ") and cue.morph.get("Case") in (["Par"], ["Nom"]) and \
        len(finite) == 1 and finite[0].lemma_ == "olla" and \
        not any(t.text in CLAUSE_BREAKS or t.text in (",", ";") for t in between) and \
        not any(lo < k < lo + 1 + len(between) for k in blockers)


PLACE_CASES = (["Ine"], ["Ade"], ["Ess"])


def _place_predicate(cue, between, blockers: set[int], lo: int) -> bool:
    """The cue is where the number's people are, after 'olla' ('39 asiakasta (31 %) oli hankkeen päättyessä
    työssä'): 'olla' is the only finite verb in between, with no clause break, comma or other number."""
    finite = [t for t in between if "Fin" in t.morph.get("VerbForm")]
    return cue.pos_ == "NOUN" and cue.morph.get("Case") in PLACE_CASES and \
        len(finite) == 1 and finite[0].lemma_ == "olla" and \
        not any(t.text in CLAUSE_BREAKS or t.text in (",", ";") for t in between) and \
        not any(lo < k < lo + 1 + len(between) for k in blockers)


def is_cue(tokens, j: int, fragments, exclude=()) -> bool:
    """The token's lemma or surface contains a fragment (or a two-lemma fragment starts at it; one marked '<' ends
    at it, where the word before it is no cue of its own: 'aktiivisesti työnhakijoina'); '=' the whole lemma; hedge
    words ('arviolta') are never cues."""
    lemma, surface = token_forms(tokens[j])
    if surface in lexicon()["hedges"]:
        return False
    pair = (tokens[j - 1].lemma_.casefold() + " " if j else "") + lemma
    surface_pair = (tokens[j - 1].text.casefold() + " " if j else "") + surface
    next_pair = lemma + (" " + tokens[j + 1].lemma_.casefold() if j + 1 < len(tokens) else "")
    if any((x in pair or x in surface_pair or x in next_pair) if " " in x else (x in lemma or x in surface)
           for x in exclude):
        return False
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    governed = tokens[j].head.i - tokens[0].i
    if following is not None and tokens[j].pos_ == "ADP" and j + 1 < governed <= j + 3:
        following = tokens[j].head  # 'ilman mitään tukia': a preposition with the noun it governs
    bigram = lemma + " " + (following.lemma_.casefold() if following is not None else "")
    surface_bigram = surface + " " + (following.text.casefold() if following is not None else "")
    return any(lemma == f[1:] if f.startswith("=") else bool(j) and pair.endswith(f[1:]) if f.startswith("<") else
               (f in lemma or f in surface or (" " in f and (bigram.startswith(f) or f in surface_bigram)))
               for f in fragments)  # 'TE-palveluiden piiriin'; '<aktiivisesti työnhakija' at its noun


RESTATING = {"eli", "(", "mikä", "="}  # '71, mikä on noin 30 prosenttia', '53 = 32 %' restate too
DASHES = ("–", "—")
RESTATE_REACH = 5  # tokens between: '58 asiakasta eli lähes neljännes (23,9 %)'


def restatements(c: Candidate, blockers: set[int]) -> set[int]:
    """Numbers that restate this one: '19 eli 26 prosenttia', '80 % eli 384 000 euroa', '58 (28,4 %)', '53 = 32 %',
    one in an aside between dashes ('65 asiakasta – runsas kolmannes – työllistyi'), and a share before its amount
    after a comma ('oma osuus 5 %, reilut 14 tuhatta euroa')."""
    tokens = list(c.sentence.span)
    out = set()
    for k in blockers:
        lo, hi = (k, c.first) if k < c.first else (c.token_i, k)
        between = tokens[lo + 1:hi]
        words = [t.text.casefold() for t in between]
        share_then_amount = c.unit == "eur" and "," in words and (  # 'oma osuus 5 %, reilut 14 tuhatta euroa'
            tokens[k].text == "%" or words[:1] in (["%"], ["prosenttia"]))
        aside = k > c.token_i and any(w in DASHES for w in words) and any(t.text in DASHES for t in tokens[k + 1:k + 3])
        restating = any(w in RESTATING for w in words) or share_then_amount or aside
        if 0 < len(between) <= RESTATE_REACH and restating and \
                not any(t.pos_ == "VERB" or (t.pos_ == "AUX" and "mikä" not in words)
                        or t.lemma_ in ("ja", "sekä", "tai") or t.lemma_.casefold().startswith("tavoit")
                        for t in between):  # '53 = 32 % (tavoite 30 %)': the target restates nothing
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
    nxt = tokens[c.token_i + 1] if c.token_i + 1 < len(tokens) else None
    if nxt is not None and nxt.lower_ == "kohdalla" and tok.morph.get("Case") == ["Gen"]:
        return ""  # 'neljän kohdalla eläkeselvittely päättyi eläkkeeseen': in the case of four people
    between = tokens[c.token_i + 1:c.token_i + 1 + (tok.head.i - tok.i) - 1] if tok.head.i > tok.i else []
    if tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN", "SYM", "ADJ", "PUNCT") \
            and all(t.pos_ in ("ADJ", "ADV", "NUM", "DET", "PRON") or t.morph.get("Case") == ["Gen"] for t in between):
        noun = _coordination_head(tokens, tok.head.i - c.sentence.span.start)
        owner = noun.head
        if noun.morph.get("Case") == ["Gen"] and c.value > 1 and \
                owner.i == noun.i + 1 and owner.morph.get("Case") == ["Par"]:
            noun = owner  # '41 työnantajan edustajaa', '186 yritysten edustajaa': a count takes the partitive; the
            # genitive is the owner's
        return noun.lemma_.casefold()  # the counted noun follows: not '• koulutukseen 9', '18 ja koulutukseen'

    if c.first >= 2 and tokens[c.first - 1].text == "(" and tokens[c.first - 2].pos_ in ("NOUN", "PROPN") and \
            c.unit is None:
        return tokens[c.first - 2].lemma_.casefold()  # 'Avoimet työpaikat (23)
    for nxt in tokens[c.token_i + 1:c.token_i + 3]:
        if nxt.pos_ in ("NOUN", "PROPN") and _possessor_after_count(tok, nxt):
            break  # 'neljä yhdistyksemme omiin palkkatukitöihin': the owner of what they went to
        if nxt.pos_ in ("NOUN", "PROPN"):
            return _coordination_head(tokens, nxt.i - c.sentence.span.start).lemma_.casefold()
        if nxt.pos_ not in ("ADJ", "ADV", "NUM", "DET"):
            break  # 'siirtyi 14 ja koulutukseen kahdeksan', '21 pääsi koulutukseen': not the number's noun
    return ""


def _coordination_head(tokens: list, i: int):
    """'112 työkokeilu-, harjoittelu- tai työpaikkaa': a cut compound's noun is the last conjunct's."""
    j = i
    while _cut_compound(tokens, j):
        j += 1
        while j < len(tokens) and (tokens[j].text in ("-", ",") or tokens[j].lower_ in ("ja", "tai", "sekä")):
            j += 1
        if j == len(tokens):
            return tokens[i]
    return tokens[j]


def _cut_compound(tokens: list, j: int) -> bool:
    """'työkokeilu-' as one token or as a word with the hyphen attached (not 'nuorta - osa')."""
    return tokens[j].text.endswith("-") and len(tokens[j]) > 1 or \
        j + 1 < len(tokens) and tokens[j + 1].text == "-" and not tokens[j].whitespace_


def _possessor_after_count(num, noun) -> bool:
    """A genitive with a possessive suffix ('yhdistyksemme') after a count in the nominative is no counted
    noun: a cardinal takes its noun in the partitive."""
    return noun.morph.get("Case") == ["Gen"] and bool(noun.morph.get("Person[psor]")) and \
        num.morph.get("Case") in (["Nom"], [])


def row_head(c: Candidate) -> str:
    """The noun a table row's label counts, when the label has one ('Työpajapäiviä yhteensä'; in 'Rekrytointi- ja
    infotilaisuudet' the hyphen's first part is the last one's)."""
    if not c.sentence.is_row:
        return ""
    tokens = list(c.sentence.span)
    nouns = [tokens[i] for i in label_tokens(c) if tokens[i].pos_ in ("NOUN", "PROPN") and tokens[i].text != "-" and
             not (i + 1 < len(tokens) and tokens[i + 1].text == "-" and not tokens[i].whitespace_)]
    counted = len(nouns) == 1 and (nouns[0].morph.get("Case") == ["Par"] or (
        nouns[0].morph.get("Case") == ["Nom"] and nouns[0].morph.get("Number") == ["Plur"]))  # not 'Koulutus'
    return nouns[0].lemma_.casefold() if counted else ""


def is_base(c: Candidate) -> bool:
    """'jonka 312 asiakkaasta 29 % työllistyi': a number in the elative followed by another number is
    the group that number is taken from."""
    tokens = list(c.sentence.span)
    # 'Kaikista 143 asiakkaasta laskettuna työllistyneiden osuus olisi 28,7 %'
    after = tokens[c.token_i + 1:c.token_i + 9]
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


LEAD_SCORE = 0.5


BARE_WORDS = ("euro", "€", "eur", "t€", "henkilö", "asiakas", "hlö", "osallistuja", "noin", "n.", "koko", "hankeaika",
              "kk", "kuukausi")  # '– koko hankeaikana (24 kk) n. 99 600 €


def bare_item(c: Candidate) -> bool:
    """A list item that says nothing but its number ('- yhteensä 328 700 €', '- 2016: 104 000 €')."""
    if c.lead is None:
        return False
    total_words = cues()["total_words"]
    return all(t.is_punct or t.is_space or t.like_num or t.pos_ in ("NUM", "SYM") or
               t.lemma_.casefold() in BARE_WORDS or
               t.lemma_.casefold() in total_words or YEAR.fullmatch(t.text) for t in c.sentence.span)


REALISED_LABELS = ("toteutui", "toteutunut", "toteuma", "tulos", "saavutettu")


def realised_under_heading(c: Candidate) -> bool:
    """'Työllistyminen' + '  - tavoite: 25 %' + '  - toteutui: 27 asiakasta eli 24,1 %': the realised line of a
    target-and-result list under a heading that names its kind."""
    m = re.match(r"\s*[-•*–]?\s*([^\W\d_]+)\s*:", c.sentence.text)
    return bool(m) and m[1].casefold() in REALISED_LABELS and bool(c.sentence.heading) and \
        len(c.sentence.heading.split()) <= 3


def heading_score(c: Candidate, fragments: list[str], exclude=()) -> float:
    """The heading above a realised line names the kind of its numbers."""
    forms = [f.casefold() for w in re.findall(r"[\w-]+", c.sentence.heading) for f in (baseforms(w)[:1] or (w,))]
    if any(x in f for x in exclude for f in forms):
        return 0.0
    return LEAD_SCORE if any(fr in f for fr in fragments if " " not in fr and not fr.startswith("=") for f in forms) \
        else 0.0


def lead_score(c: Candidate, fragments: list[str], exclude=()) -> float:
    """The lead-in of a bare list item names the kind of its numbers."""
    tokens = list(c.lead.span)
    return LEAD_SCORE if any(is_cue(tokens, j, fragments, tuple(exclude)) for j in range(len(tokens))) else 0.0


AGE_WORDS = ("v.", "v", "-v.", "vuotias", "vuotiaat")


def previous_sentence(c: Candidate):
    """The parser's sentence right before the candidate's own, or None at the document's start."""
    start = c.sentence.span.start
    return c.sentence.span.doc[start - 1].sent if start > 0 else None


def age(c: Candidate) -> bool:
    """'asiakas, 19 v.': an age, not a count."""
    tokens = list(c.sentence.span)
    return c.token_i + 1 < len(tokens) and tokens[c.token_i + 1].text.casefold() in AGE_WORDS


def counted_before(c: Candidate) -> str:
    """The plural partitive noun right before a number that counts it, with at most adverbs between
    ('tarjosivat työkokeilupaikkoja kaikkiaan 28')."""
    tokens = list(c.sentence.span)
    j = c.first - 1
    while j >= 0 and (tokens[j].pos_ == "ADV" or tokens[j].text.casefold() in lexicon()["hedges"]) and \
            c.first - j <= 2:
        j -= 1
    if j < 0 or tokens[j].pos_ != "NOUN" or tokens[j].morph.get("Case") != ["Par"] or \
            tokens[j].morph.get("Number") != ["Plur"]:
        return ""
    return tokens[j].lemma_.casefold()


def counted_subject(c: Candidate) -> str:
    """The plural partitive subject before the bare number's verb, which it counts ('joille
    työmarkkinatukipäiviä oli kertynyt vähintään 300'): only verbs, adverbs and places between; else ''."""
    tokens = list(c.sentence.span)
    j, verbs = c.first - 1, 0
    while j >= 0 and (tokens[j].pos_ in ("VERB", "AUX", "ADV") or tokens[j].text.casefold() in lexicon()["hedges"] or
                      tokens[j].lower_ in PRESENCE or _where_to(tokens[j])) and c.first - j <= SUBJECT_REACH:
        verbs += tokens[j].pos_ in ("VERB", "AUX")
        j -= 1
    if j > 0 and tokens[j].text == "," and verbs:  # 'Yhteistyöyrityksiä, joissa … tekivät jaksojaan, oli 21'
        j = _antecedent_before(tokens, j)
    if j < 0 or not verbs or tokens[j].pos_ != "NOUN" or tokens[j].morph.get("Case") != ["Par"] or \
            tokens[j].morph.get("Number") != ["Plur"]:
        return ""
    return token_lemma(tokens[j])


SUBJECT_REACH = 4


def _where_to(tok) -> bool:
    """A place or destination between a counted subject and its verb ('yrityksiä tapahtumiin osallistui 52')."""
    return tok.pos_ == "NOUN" and tok.morph.get("Case") in (["Ill"], ["Ine"], ["Ade"], ["All"])


PRESENCE = ("mukana", "paikalla", "läsnä")  # 'työnantajia oli mukana kaikkiaan 37', '… oli paikalla 28'


def _antecedent_before(tokens, comma: int) -> int:
    """The noun whose relative clause ends at the comma at `comma`, or -1."""
    base = tokens[0].i
    for k in range(comma - 1, -1, -1):
        clause = next((ch for ch in tokens[k].children if ch.dep_ == "acl:relcl"), None)
        if clause is not None and max(t.i for t in clause.subtree) - base < comma + 1:
            return k
    return -1


def base_noun(c: Candidate) -> str:
    """The group a count is taken from: 'Työllistyneistä kaksi kolmasosaa', '40 yrityksestä kuusi'
    (an elative noun or participle right before the number, after its own number if any), or the noun an
    elative pronoun points back to in the clause before ('138 yrityskäyntiä; niistä 40')."""
    tokens = list(c.sentence.span)
    j = c.first - 1
    while j >= 0 and tokens[j].text.casefold() in lexicon()["hedges"]:
        j -= 1
    if j >= 0 and tokens[j].morph.get("Case") == ["Ela"] and tokens[j].pos_ in ("NOUN", "VERB", "ADJ"):
        return tokens[j].lemma_.casefold()
    if j >= 0 and tokens[j].lower_ in THING_PRONOUNS:
        counted = [t.head for t in tokens[:j] if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN"]
        return token_lemma(counted[-1]) if counted else ""  # '138 yrityskäyntiä; niistä 40': of the visits
    return ""


THING_PRONOUNS = ("niistä", "näistä", "joista")  # not 'heistä': people


def clause_head(tok):
    """The verb or the copula's predicate that heads the token's clause."""
    while not (tok.pos_ in ("VERB", "AUX") or any(ch.dep_ == "cop" for ch in tok.children) or tok.head == tok):
        tok = tok.head
    return tok


def best_kind(scores: dict[str, float]) -> tuple[str, float]:
    kind = max(scores, key=lambda k: scores[k])
    return kind, scores[kind]


def token_lemma(tok) -> str:
    """The token's lemma, read through an unknown compound ('Rekryiltoja' -> 'rekryilta')."""
    return compound_lemma(tok.text, tok.lemma_)


def own_clause(tok) -> bool:
    """'…järjesti 8 rekrytointitapahtumaa; kävijöitä oli yhteensä n. 640': the number heads a copula
    clause of its own, so the verb above is not its verb."""
    return any(ch.dep_ == "cop" for ch in tok.children)


LOSING_VERBS = ("menettää", "irtisanoa", "lomauttaa")


def negated(c: Candidate) -> bool:
    """The number's clause is negated: 'ei' hangs on the number or on a word above it, up to its verb;
    or its row label is ('Ei jatkopolkua tai keskeytti | 67'); or its verb loses what the outcome gains
    ('lähes viisisataa ihmistä menetti työpaikkansa')."""
    tokens = list(c.sentence.span)
    if c.sentence.is_row:
        label = list(label_tokens(c))
        first_clause = label[:next((k for k, i in enumerate(label) if tokens[i].text == ","), len(label))]
        if any(tokens[i].morph.get("Polarity") == ["Neg"] for i in first_clause):
            return True  # not 'Aktivoitunut työnhakijaksi, ei vielä ratkaisua': a remark after the label's comma
        if c.sentence.columns and len(label) < len(tokens):
            return False  # '– avoimille työmarkkinoille | 12 | ei muutosta': another cell's 'ei' is no negation
    tok = tokens[c.token_i]
    while True:
        if any(ch.morph.get("Polarity") == ["Neg"] for ch in tok.children):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok.lemma_.casefold() in LOSING_VERBS
        tok = tok.head


def relative_antecedent(tok):
    """The noun a relative clause holding `tok` is about ('kuntakokeilu, jossa … työllistyi viisi'), or None."""
    clause = relative_clause(tok)
    return clause.head if clause is not None else None


def relative_clause(tok):
    """The head of the relative clause holding `tok`, or None; through coordinated verbs of the clause; a
    copular clause's predicate noun heads it ('työpaja, jonka asiakasmäärä oli 410 henkilöä')."""
    verb = _clause_head(tok)
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head
    return verb if verb is not None and verb.dep_ == "acl:relcl" else None


def _clause_head(tok):
    """The nearest verb above a token, or a nominal predicate heading a relative clause on the way."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "acl:relcl":
            return tok
    return None


def verb_above(tok):
    """The nearest verb (or auxiliary) above a token in the dependency tree, or None."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None
