"""The project's own name.

Candidates come from a labelled field ('Hankkeen nimi: …'), from the words before '-hanke'
('hallinnoima Reitti – työllisyyttä Salon seudulle -hanke'), from the words after 'X:n hallinnoima'
('hallinnoima Työkaari – askelia työelämään etsi …'), from a name in quotes, from
'X oli … ESR-hanke' sentences and from title lines near the top. They vote by their short name,
the part before ' – ' (most reports call the project by it: 'Reitti'); the record gets the long
form when a '-hanke' phrase gives it whole, else the short one. The rules read the text and
Voikko's analyses of single words, never the parse, so they work on every sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.gazetteer import gazetteer
from extractor.mentions import SISTER
from extractor.nlp import baseforms, voikko
from extractor.orgs import line_label
from extractor.records import Document, Evidence, Fact
from extractor.scope import OTHER_PROJECT_HEADING
from extractor.segment import blocks, cells

NAME_LABELS = ("hankkeen nimi", "projektin nimi", "hanke", "projekti", "nimi", "hankkeen nimi suomeksi",
               "kokeilun nimi", "osahanke", "osahankkeen nimi", "osaprojekti")  # a sub-project's report
CODE_TAIL = re.compile(r"[,;]?\s*(?:(?:eura|hanke|projekti)?[\s-]*(?:2014\s*-?)?koodi:?\s*)?[A-Z]?\d{5}\s*$",
                       re.IGNORECASE)
CODE_AND_MORE = re.compile(r"\s*[,;]\s*(?:eura|hanke|projekti)?[\s-]*(?:20\d\d\s*-?\s*)?koodi\b", re.IGNORECASE)
LABEL_SUFFIX = re.compile(r"\s?[-–]\s?(?:hanke|projekti)\w*|\s+(?:-)?(?:hanke|projekti)\w*$", re.IGNORECASE)
# '-hanke', also a compound ('Työpolku 365 -työllisyyspilotti'), but not a sub-project's ('-osahanke')
SUFFIX = re.compile(r"(?:(?<=[^\s\-–])-|\s[-–]\s?)(?:(?!osa|ala|jatko|esi|sisar|rinnakkais)[^\W\d_]+?)?"
                    r"(?:hank|projekt|kokeilu|pilot)\w*\b(?!\s+kanssa)", re.IGNORECASE)
QUOTED = re.compile(r"[«\"“”]([^\"“”»]{2,90})[»\"“”]\s?[-–]?\s?(?:hank|projekt)\w*|"
                    r"\b(?:hank|projekt)\w*\s+[«\"“”]([^\"“”»]{2,90})[»\"“”]|"  # 'hankkeen ”Työkaari”'
                    r"\bnimi\s+(?:oli|on)\s+[«\"“”]([^\"“”»]{2,90})[»\"“”]", re.IGNORECASE)  # 'Koko nimi oli "…"'
COPULA = re.compile(r"(?P<name>[A-ZÅÄÖ][^\s.,:;()|]*(?:\s+[^\s.,:;()|]+){0,6}?)\s+(?:on|oli)\s+"
                    r"[^.!?]{0,120}?\w*(?:hanke|hankkee|projekti|kokeilu)", re.IGNORECASE)
SUBCLAUSE = re.compile(r",\s+(?:sillä|että|koska|kun|jos|mutta|vaikka|jotta|joka|jonka|jossa|mikä|eikä)\b",
                       re.IGNORECASE)
COMPARISON = re.compile(r"\b(?:vertailu\w*|verrattuna|verrataan)\b", re.IGNORECASE)
WRAPPED_SUFFIX = re.compile(r"[-–](?:hank|projekt)")  # lower case right after the dash: no bullet
RUN_BY = re.compile(r"\b(?:hallinnoima|toteuttama|koordinoima)\s+(?P<rest>[A-ZÅÄÖ«\"”][^.!?\n]{1,120})")
NAMED = re.compile(r"\b(?:nimeltään|nimekseen|(?:sai|saivat|on|oli)\s+nimen|nimettiin|nimeksi\s+(?:tuli|annettiin))"
                   r"\s+(?P<rest>[A-ZÅÄÖ«\"”][^.!?\n]{1,120})")  # 'Hanke sai nimen Luotolinja – …'
CODE_AFTER = re.compile(r"\s*\((?:[^()]{0,25}?koodi:?\s*)?[SA]\d{5}\)")  # 'Reitti (EURA-koodi S21602)'
# 'Vakan Väylä -hanke (S20198)', 'TyöVire-hankkeessa (ESR, hankekoodi S22419)': the name without its project word
TRAILING_PROJECT_WORD = re.compile(r"\s?[-–]\s?(?:osa)?(?:hank(?:e|kee)|projekti|kokeilu|pilot(?:t|)i)\w*\s*$",
                                   re.IGNORECASE)  # 'Arjen Ankkuri -osahanke (S11467)' too
# 'Osahanke Lakeus-Linkki – … koordinaatiohankkeessa (S11205)': the code of what the project is a part of
WITHIN_CONTAINER = re.compile(r"(?:(?:koordinaatio|katto|sateenvarjo)(?:hankkee(?:ssa|sta|seen)|"
                              r"projekti(?:ssa|sta|in))|kokonaisuu(?:dessa|desta|teen)|ohjelma(?:ssa|sta|an))\s*$",
                              re.IGNORECASE)
QUOTES = "\"”“«»'"
DASH = re.compile(r"\s[–-]\s")
NAME_NUMBER = re.compile(r"\d{1,3}(?:\.\d)?")
ACRONYM_WORD = re.compile(r"^[A-ZÅÄÖ]{2,}-[a-zåäö]")  # 'ESR-rahoitteisessa'
STOP_CLASSES = ("teonsana", "asemosana", "kieltosana", "lukusana")  # not adverbs: 'Polku eteenpäin'
NOT_NAMES = {"esr", "eakr", "eu", "ely", "te", "leader", "kehittämis", "kuntakokeilu", "pilotti", "yhteis",
             "kärki", "osa", "ohjelma", "tämä", "uusi", "kyseinen", "koko", "hanke", "projekti", "kokeilu",
             "toiminta", "se", "hankkeen", "projektin", "kokeilun", "esr-", "eu-",
             "tavoite 1", "tavoite 2", "tavoite 3"}  # the ESR programmes of 2000–2006
GENRE_WORDS = ("raportti", "tiedote", "uutinen", "tiivistelmä", "arviointi", "hankekortti", "sivu", "etusivu",
               "ajankohtaista", "yhteenveto", "selvitys", "perustiedot", "sisällys", "vuosikertomus",
               "toimintakertomus", "hankekanta", "ohjelma", "tulokset", "tausta", "johdanto", "kuvaus",
               "pöytäkirja", "esityslista", "hallitus", "valtuusto", "lautakunta", "hankehaku", "uutiset",
               "tiedotteet", "päätös", "liite", "hakemus")
MEDIA_WORDS = ("yle", "radio", "tv", "sanomat", "lehti", "uutiset")  # whole words only: not 'Lehtimäen …'
ORGANISATION_WORDS = ("kaupunki", "kunta", "kuntayhtymä", "ry", "oy", "sr", "ab", "ely", "säätiö", "yhdistys")
WEIGHTS = {"label": 10.0, "suffix": 2.0, "code": 2.0, "code_inflected": 1.0, "participle": 2.0, "quoted": 2.0,
           "copula": 2.0, "title": 2.0, "plain_title": 0.75, "section_title": 2.0, "subtitled": 1.5, "fact_box": 4.0}
# a fact box's title: 'Rannikon Työpolku lyhyesti', 'Hanke pähkinänkuoressa', 'Faktat: Työsilta'
FACT_BOX = re.compile(r"(?:(?P<name>.{3,60}?)\s+(?:lyhyesti|pähkinänkuoressa|faktat|numeroina)|"
                      r"(?:faktat|faktalaatikko)\s*:\s*(?P<name2>.{3,60}))\s*$", re.IGNORECASE)
TITLE_LINES = 20


@dataclass(frozen=True)
class Candidate:
    short: str
    full: str | None  # the long form, when the text gives it whole
    source: str
    start: int
    end: int


def project_name(doc: Document, sentences, organisations: list[str]) -> list[Fact]:
    cands = _labelled(sentences, doc.text) or _candidates(doc.text, sentences)
    cands = _without_containers([c for c in cands if c.source == "label" or _acceptable(c.short, organisations)],
                                doc.text)
    cands = [c for c in cands if c.source == "label" or not SISTER_PROJECT.search(_clause_before(doc.text, c.start))]
    cands = [c for c in cands if not _under_others_heading(sentences, c)]
    cands = sorted(cands + _section_titles(sentences, cands), key=lambda c: c.start)
    if not cands:
        return []
    votes: dict[str, float] = defaultdict(float)
    for i, c in enumerate(cands):
        weight = WEIGHTS[c.source] * (0.5 if c.source.endswith("title") and _earlier_title(cands, i) else 1.0)
        votes[c.short.casefold()] += weight
    votes = _short_forms_vote_for_full(votes)
    best = max(votes, key=lambda k: (votes[k], any(c.full and c.full != c.short for c in cands if c.short.casefold() == k),
                                     -min(c.start for c in cands if c.short.casefold() == k)))
    mine = [c for c in cands if c.short.casefold() == best]
    fulls = [c.full for c in mine if c.full and c.full != c.short]  # with a subtitle
    value = _as_written(max(fulls, key=fulls.count) if fulls else mine[0].full or mine[0].short, doc.text)
    first = mine[0]
    s = next((s for s in sentences if s.start <= first.start < s.end), sentences[0])
    ev = Evidence(doc.page_at(first.start), first.start, first.end, s.text, f"rule:name_{first.source}")
    confidence = 0.95 if first.source == "label" else min(0.9, 0.4 + votes[best] / 10)
    return [Fact("project", "name", {"value": value}, (ev,), confidence)]


def _under_others_heading(sentences, c: Candidate) -> bool:
    """'Liite 1. Sisarhanke Jyrängön tiivistelmä' + '| Hanke | Jyränkö – heinolalaisten työpolku |': a name in a
    section about a sister, a follow-up or the other projects is theirs."""
    s = next((s for s in sentences if s.start <= c.start < s.end), None)
    return s is not None and bool(OTHER_PROJECT_HEADING.search(s.heading))


GENITIVE_WORD = re.compile(r"[^\W\d_]{3,}n")  # 'Kairan', 'Jokilaaksojen'


def _noun_genitive(word: str) -> bool:
    """'Kairan', 'Jokilaaksojen': a noun's genitive (not a participle's, 'Päättyneen Ratas-hankkeen')."""
    return bool(GENITIVE_WORD.fullmatch(word)) and all(cls in ("nimisana", "paikannimi", "sukunimi", "etunimi") and
                                                      not participle for cls, participle in _analyses(word.capitalize()))


def _short_forms_vote_for_full(votes: dict[str, float]) -> dict[str, float]:
    """'Kipinä oli … hanke' beside 'Kairan Kipinä -hanke': a name without the genitive word it opens with is
    its short form, and its votes count for the full name."""
    out = dict(votes)
    for short, weight in votes.items():
        longer = [n for n in votes if n.endswith(" " + short) and _noun_genitive(n[:-len(short) - 1])]
        if len(longer) == 1:
            out[longer[0]] += weight
    return out


def _as_written(name: str, text: str) -> str:
    """A name from an upper-case title ('TYÖPOLKU 365') in the case the prose writes it ('Työpolku 365')."""
    if not name.isupper():
        return name
    m = re.search(re.escape(name), text.replace(name, ""), re.IGNORECASE)
    return m[0] if m else name


def _earlier_title(cands: list[Candidate], i: int) -> bool:
    """Another name's title came first (a breadcrumb and a heading that repeat one name both count)."""
    return any(c.source.endswith("title") and c.short.casefold() != cands[i].short.casefold() for c in cands[:i])


def _labelled(sentences, text: str = "") -> list[Candidate]:
    for s in sentences:
        label = line_label(s, text)
        if s.is_row and len(cells(s.text)) > 2:
            continue  # a table's header: 'Hanke | Hallinnoija | Toteutusaika'
        if OTHER_PROJECT_HEADING.search(s.heading):
            continue  # a sister's, a follow-up's or the others' (see _under_others_heading)
        if label in NAME_LABELS or label.startswith(("hankkeen nimi ", "projektin nimi ")):  # '… ja koodi'
            if s.label:
                row = s.text.strip().strip("|")  # '| Hankkeen nimi | Työn Jäljillä |'
                value = row.split("|", 1)[-1] if "|" in row else row.split(":", 1)[-1]
            else:  # the label on the line above: the value is the lines up to a blank one
                value = " ".join(text[s.start:].split("\n\n", 1)[0].split())
            value = re.sub(r"\([^)]*\)", "", value)
            value = CODE_TAIL.sub("", value.strip().strip("|").strip())  # '…, EURA-koodi S21468'
            value = CODE_AND_MORE.split(value, 1)[0]  # '…, EURA-koodi S21709, Kestävää kasvua ja työtä 2014–2020 …'
            value = LABEL_SUFFIX.sub("", value)
            if s.is_header_row and len(value.split()) == 1:
                continue  # a list of projects' header: 'Hanke | Hakija'
            if label == "nimi" and any(w in ORGANISATION_WORDS for w in re.findall(r"\w+", value.casefold())):
                continue  # 'Säätiö lyhyesti' / 'Nimi | Keski-Pohjanmaan Työtoimintasäätiö sr': the body's name
            if value:
                return [Candidate(_short(value), value, "label", s.start, s.end)]
    return []


def _candidates(text: str, sentences) -> list[Candidate]:
    out = []
    every = blocks(text)
    for block, after in zip(every, every[1:] + [None]):
        joined = block.text
        if after is not None and WRAPPED_SUFFIX.match(after.text):  # a PDF title 'Pielisen Portaat' / '-hanke Juuassa'
            joined += " " + after.text
        out += [replace(c, start=c.start + block.start, end=min(c.end, len(block.text)) + block.start)
                for c in _in_block(joined, text) if c.start < len(block.text)]
    out += _titles(sentences, text)
    out += _subtitled(text)
    return sorted(out, key=lambda c: c.start)


SUBTITLED = re.compile(r"(?<![\w-])(?P<short>[A-ZÅÄÖ][\w-]{3,}) – [a-zåäö][^.!?\n]{5,80}?(?=[.!?\n]|$)")
SUBTITLED_USES = 2  # the short name again in the text, outside the subtitled mention


def _subtitled(text: str) -> list[Candidate]:
    """'Webinaarin pääesimerkkinä oli Kylävoima – osallisuutta ja arjen työtä Enonkoskella ja Savonlinnassa' +
    'Kylävoima käynnistyi …': a one-word name with its subtitle in running text that the text uses again."""
    out = []
    for m in SUBTITLED.finditer(text):
        short = m["short"]
        uses = len(re.findall(rf"(?<!\w){re.escape(short[:max(5, len(short) - 2)])}", text)) - 1
        if uses >= SUBTITLED_USES and not _is_place(short) and short.casefold() not in NOT_NAMES and \
                not _finite_verb(short):
            out.append(Candidate(short, None, "subtitled", m.start(), m.end()))  # a vote; the subtitle may run on
    return out


SENTENCE_START = re.compile(r"[.!?:]\s+")


def _sentence_starts(text: str):
    """The block's first character and every one after a sentence's or a label's end."""
    yield len(text) - len(text.lstrip())
    yield from (m.end() for m in SENTENCE_START.finditer(text))


def _in_block(text: str, doc_text: str = "") -> list[Candidate]:
    """The name candidates of one block (`doc_text`: the whole text, where a common noun may stand as a name)."""
    plain = re.sub(r"[*_]", " ", text)  # same offsets: markdown emphasis becomes spaces
    out = []
    for m in SUFFIX.finditer(plain):
        before = _clause_before(plain, m.start())
        found = _before_suffix(before)
        if found and plain[m.start()] == "-" and found[1] == found[0]:
            found = _without_owner_place(found[0])
        if found and not COMPARISON.search(before) and not _earlier_one(before, found[0]):
            out.append(Candidate(found[0], found[1], "suffix", m.start() - len(before), m.end()))
    for m in CODE_AFTER.finditer(plain):  # the name right before its project code in brackets
        before = _clause_before(plain, m.start())
        found = _before_suffix(TRAILING_PROJECT_WORD.sub("", before))  # 'Vakan Väylä -hanke (S20198)'
        if found and not WITHIN_CONTAINER.search(before):  # 'toi mukaan myös Vinssin (S21311)': an inflected name
            source = "code_inflected" if len(found[0].split()) == 1 and _noun_genitive(found[0]) else "code"
            out.append(Candidate(found[0], found[1], source, m.start() - len(before), m.end()))
    for m in QUOTED.finditer(plain):
        quoted = (m[1] or m[2] or m[3]).strip()
        out.append(Candidate(_short(quoted), quoted, "quoted", m.start(), m.end()))
    for m in [*RUN_BY.finditer(plain), *NAMED.finditer(plain)]:  # 'Sotkamon kunnan hallinnoima Työkaari – …'
        found = _after_participle(m["rest"])
        if found:
            out.append(Candidate(found[0], found[1], "participle", m.start("rest"), m.end()))
    for start in _sentence_starts(plain):  # a copula sentence's subject starts it: try nowhere else (speed)
        m = COPULA.match(plain, start)
        if m:
            name = _walk_left(LABEL_SUFFIX.sub("", m["name"]).split())
            verb_part = re.match(r"\s+(?:on|oli)\s+(\w+)", plain[m.end("name"):])
            if verb_part and any(participle for _, participle in _analyses(verb_part[1])):
                continue  # 'Tulosdiassa luvut oli kerätty …': a compound tense, not 'X oli … hanke'
            if SUBCLAUSE.search(plain[m.end("name"):m.end()]):
                continue  # 'Laskelma on optimistinen, sillä se olettaa … ilman hanketta': another clause's project
            if name and not _predicate_case(name.split()) and not _common_phrase(name.split()) and \
                    not _stock_noun(name, doc_text or text):
                out.append(Candidate(_short(name), None, "copula", m.start(), m.end()))
    return out


EARLIER_WORDS = re.compile(r"\b(?:edellis|aiemm|aikaisemm|aiempi|edeltä)\w*", re.IGNORECASE)


# 'Kiintopisteen läheisin sisarhanke oli Nokian kaupungin hallinnoima Ovet auki': a project beside the report's
SISTER_PROJECT = re.compile(rf"\b{SISTER}(?:hanke|hankkee|projekti)\w*", re.IGNORECASE)


def _earlier_one(before: str, name: str) -> bool:
    """'edellisellä ohjelmakaudella toimineen Eteenpäin Kyrönmaalla -projektin': a project said to come before,
    not the report's."""
    at = before.rfind(name)
    lead = before[:at] if at >= 0 else before
    return bool(EARLIER_WORDS.search(" ".join(lead.split()[-6:])))


def _without_containers(cands: list[Candidate], text: str) -> list[Candidate]:
    """'Kotikulmilta töihin oli yksi Sillat työhön -kattohankkeen osahankkeista': a project named in the
    predicate of a sentence that says what another one is, is the whole it belongs to, not its name."""
    predicates = [(m.end(), k) for k in cands if k.source == "copula" and
                  (m := re.search(r"\s(?:on|oli)\s", text[k.start:k.end]))]
    return [c for c in cands if not (c.source == "suffix" and OWNER_CASE.search(text[:c.end]) and any(
        text.find(c.short, c.start, c.end) >= k.start + verb_end and c.end <= k.end + PREDICATE_TAIL and
        k.short.casefold() != c.short.casefold() for verb_end, k in predicates))]


# the project word in the genitive: the predicate names what the subject is a part of ('Y-kattohankkeen
# osahankkeista'), not what it is ('malliesimerkki on Väylä-hanke')
OWNER_CASE = re.compile(r"(?:hankkeen|projektin|kokeilun|pilotin|hankkeiden|projektien)$", re.IGNORECASE)


PREDICATE_TAIL = 20  # the copula match ends inside the predicate's project word


OWNER_OR_PLACE_ENDINGS = ("n", "ssa", "ssä", "lla", "llä", "sta", "stä", "lta", "ltä")


def _without_owner_place(short: str) -> tuple[str, str | None]:
    """'Lammin Työkaari-hanke': a one-word name joined to its '-hanke'; the municipality before it in the
    genitive owns the project, and one in a place case says where it ran ('veti Simossa Rantapolku-hanketta'):
    neither is part of the name."""
    first, *rest = short.split()
    hit = gazetteer().match(first) if len(rest) == 1 and first.endswith(OWNER_OR_PLACE_ENDINGS) else None
    if hit is not None and hit.municipality:
        return rest[0], rest[0]
    return short, short


def _after_participle(rest: str) -> tuple[str, str | None] | None:
    """(short, full) of a name right after 'X:n hallinnoima': its words up to the clause's verb, a project
    word or punctuation; none when a word of it ends in '-hanke' (the suffix rule names it then)."""
    words: list[str] = []
    for word in rest.split():
        w = word.strip(QUOTES)
        if not w or word[0] in "(" or w.islower() and (_finite_verb(w) or w.startswith(("hank", "projekt"))):
            break
        if SUFFIX.search(" " + word):
            return None  # 'hallinnoima Reitti – … -hanke', 'Kuntapolku-hanke': the suffix names it
        words.append(w.rstrip(",.;:)"))
        if word[-1] in ",.;:)" or len(words) > 8:
            break
    full = " ".join(words).strip(" –-")
    short = _short(full)
    if not short[:1].isupper() or len(short.split()) > 4:
        return None
    return short, full if full != short else None


def _clause_before(text: str, at: int) -> str:
    """The text before `at` back to a sentence end or a table cell, at most 160 characters."""
    return re.split(r"[.!?]\s+(?=[A-ZÅÄÖ])|\|", text[max(0, at - 160):at])[-1]


def _before_suffix(before: str) -> tuple[str, str | None] | None:
    """(short, full) from the words before '-hanke': 'hallinnoima Reitti – työllisyyttä Salon
    seudulle' -> ('Reitti', 'Reitti – työllisyyttä Salon seudulle')."""
    dashes = list(DASH.finditer(before))
    subtitle = ""
    if dashes and len(before[dashes[-1].end():].split()) <= 10:
        subtitle = _before_verb(before[dashes[-1].end():].strip())
        before = before[:dashes[-1].start()]
    short = _walk_left(before.split())
    if not short:
        return None
    subtitle = subtitle.strip(QUOTES)  # '”Työkaari – Paimion ja Sauvon työllisyyspolku” (EURA-koodi …)'
    return short, f"{short} – {subtitle}" if subtitle else short


def _before_verb(subtitle: str) -> str:
    """A subtitle up to its clause's verb: 'Hemhamn oli kolmivuotinen ESR' (before '-hanke') -> 'Hemhamn'."""
    words = subtitle.split()
    cut = next((i for i, w in enumerate(words) if w.islower() and _finite_verb(w)), len(words))
    return " ".join(words[:cut])


def _walk_left(words: list[str]) -> str | None:
    """The name at the end of `words`: its words back to the first capitalised one, stopping at
    punctuation, verbs, participles and pronouns ('Forssan kaupunki on hallinnoinut Työpolku Forssan
    seudulla' -> 'Työpolku Forssan seudulla', 'ESR-rahoitteisessa Ohjaamo Lakeus' -> 'Ohjaamo Lakeus')."""
    taken: list[str] = []
    seen_capital = False
    for word in reversed(words):
        w = word.strip(QUOTES)
        if not w or word[-1] in ",;:)(" or word[0] in "(" or w in ("–", "-", "·", ">", "•"):
            break
        if taken and w.casefold() in GENRE_WORDS:
            break  # a heading run into the paragraph: '1 Perustiedot' + 'Rajaseudun Työkaari (…) oli'
        capital = w[:1].isupper() and not ACRONYM_WORD.match(w)
        if capital:
            seen_capital = True
        elif not taken and NAME_NUMBER.fullmatch(w):
            pass  # 'Työpolku 365 -työllisyyspilotti', 'Ohjaamo 2.0 -hanke'
        elif seen_capital or re.search(r"\d", w) or _function_word(w):
            break
        taken.insert(0, w)
        if len(taken) > 6:
            return None
    while taken and not (taken[0][:1].isupper() and not ACRONYM_WORD.match(taken[0])):
        taken.pop(0)
    if len(taken) > 1 and taken[1][:1].isupper() and (
            _all_verb(taken[0]) or _past_participle(taken[0]) or _adverb(taken[0]) or _function_word(taken[0]) or
            "olla" in baseforms(taken[0])) and \
            not (len(taken) == 2 and _locative(taken[1])):  # not 'Eteenpäin Kyrönmaalla -projekti'
        taken.pop(0)  # 'Osallistuminen Porvoon Työpuu -hankkeeseen', 'Päättyneen Ratas-hankkeen tulokset',
        # 'Kaikkiaan Työkaari-hankkeessa', 'Mitä Rikastamo-hankkeella', 'Olin Askelmerkit-hankkeessa'; but 'Kiinni
        # työhön -hanke'
    return " ".join(taken) or None


@lru_cache(maxsize=8192)
def _analyses(word: str) -> tuple[tuple[str, bool], ...]:
    return tuple((a.get("CLASS", ""), bool(a.get("PARTICIPLE"))) for a in voikko().analyze(word))


def _predicate_case(words: list[str]) -> bool:
    """Not the subject of 'on/oli': an essive or translative ('Arvioinnin tehtävänä oli …', 'tavoitteena
    oli'), the owner's adessive ('Säätiöllä oli käynnissä kolme hanketta') or, for one word, a place
    ('Kunnassa oli …') or what there was some of ('Pitkäaikaistyöttömiä oli projektin käynnistyessä …')."""
    cases = [a.get("SIJAMUOTO") for a in voikko().analyze(words[-1])]
    other = ("olento", "tulento", "ulkoolento") + (("sisaolento", "osanto") if len(words) == 1 else ())
    return bool(cases) and all(c in other for c in cases)


def _common_phrase(words: list[str]) -> bool:
    """'Kaupungin työttömyysaste', 'Kokeilualueen työmarkkinatilanne': a common noun's genitive and lower-case
    words, a sentence's subject, not a name (a name has a proper noun or a capital inside: 'Työn Siemen'); nor
    is a plural of projects ('Rahoitetut hankkeet')."""
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return False
    if PLURAL_PROJECTS.fullmatch(words[-1]):
        return True  # 'Rahoitetut hankkeet': a listing of projects, no one's name
    found = voikko().analyze(words[0])
    return bool(found) and all(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "omanto" and
                               a.get("BASEFORM", "").casefold().endswith(GENERIC_OWNERS) for a in found)


def _stock_noun(name: str, text: str) -> bool:
    """'Alku oli kolmen kuukauden työkokeilu': a common noun that the text capitalises only where a sentence
    begins is no name (a name stands capitalised inside a sentence too: 'asiakkaat ohjautuivat Kipinään')."""
    if " " in name or not all(a.get("CLASS") == "nimisana" for a in voikko().analyze(name) or [{}]):
        return False
    return not re.search(rf"(?:[\w,][^\S\n]+|[a-zåäö,]\n){re.escape(name[:max(3, len(name) - 1)])}", text)


PLURAL_PROJECTS = re.compile(r"[\w-]*(?:hankkeet|hankkeita|projektit|projekteja|kokeilut|pilotit)", re.IGNORECASE)
# owners whose attributes a text states ('Kaupungin työttömyysaste'); not 'Itärajan työpolut', a name
GENERIC_OWNERS = ("kaupunki", "kunta", "hanke", "projekti", "alue", "maakunta", "seutu", "kokeilu")


def _pronoun(word: str) -> bool:
    """Every reading of the word is a pronoun ('Meillä', 'Mitä')."""
    found = _analyses(word)
    return bool(found) and all(cls == "asemosana" for cls, _ in found)


def _function_word(word: str) -> bool:
    """A lower-case word that cannot end a name: a verb, participle, pronoun, numeral or conjunction."""
    found = _analyses(word)
    if not found or word in ("ja", "sekä", "&"):
        return False
    return all(cls in STOP_CLASSES or participle or cls == "sidesana" for cls, participle in found)


SENTENCE_ADVERBS = ("kaikkiaan", "yhteensä", "lisäksi", "myös", "nyt", "vielä", "siten", "näin")


def _adverb(word: str) -> bool:
    """'Kaikkiaan', 'Valtakunnallisesti', 'Myös': an adverb opening the sentence, not a name's first word."""
    found = voikko().analyze(word)
    return word.casefold() in SENTENCE_ADVERBS or bool(found) and all(
        a.get("CLASS") == "seikkasana" or a.get("SIJAMUOTO") == "kerrontosti" for a in found)


def _locative(word: str) -> bool:
    """'Kyrönmaalla', 'Lapissa': a word in an outer or inner locative case only, which no name is by itself."""
    cases = [a.get("SIJAMUOTO") for a in voikko().analyze(word)]
    return bool(cases) and all(c in ("ulkoolento", "sisaolento", "ulkoeronto", "sisaeronto") for c in cases)


def _past_participle(word: str) -> bool:
    """'Päättyneen', 'Toteutetun': a past participle describes the project, it does not open a name."""
    found = voikko().analyze(word)
    return bool(found) and all(a.get("PARTICIPLE", "").startswith("past") for a in found)


def _all_verb(word: str) -> bool:
    found = _analyses(word)
    return bool(found) and all(cls == "teonsana" for cls, _ in found)


def _finite_verb(word: str) -> bool:
    """'toi', 'päättyi'; not 'Uusi', which is also an adjective."""
    found = voikko().analyze(word)
    return any(a.get("MOOD") == "indicative" for a in found) and all(a.get("CLASS") == "teonsana" for a in found)


def _short(name: str) -> str:
    return DASH.split(name, 1)[0].strip()


def _titles(sentences, text: str) -> list[Candidate]:
    """Title lines near the top: 'Kiintopiste – työllistymisen tukea Hämeenlinnan seudulla',
    'Porras' (a title without a subtitle counts only when the text uses the name again). Headlines
    with a finite verb, breadcrumbs, navigation and genre lines are not titles."""
    out = []
    for s in sentences[:TITLE_LINES]:
        line = s.text.strip()
        if s.label and any(g in s.label.casefold() for g in GENRE_WORDS):
            line = line.split(":", 1)[-1].strip()  # 'Arviointiraportin tiivistelmä: Arbetsbro – Työsilta'
        elif s.label or s.is_row:
            continue
        if len(line) > 90 or line.endswith((".", ":", ",", "›")) or re.search(r"[>·|›]", line) or \
                not line[:1].isupper():
            continue
        line = LABEL_SUFFIX.sub("", line)
        if WITHIN_CONTAINER.search(line):
            continue  # 'Osahanke Lakeus-Linkki – Etelä-Pohjanmaan työllisyyden koordinaatiohankkeessa'
        short = _short(line)
        if len(short.split()) > 6 or re.search(r"\d", short) or any(_finite_verb(w) for w in short.split()) or \
                _common_phrase(re.sub(r"\(.*?\)|[,:;]", " ", short).split()):
            continue  # 'Hankkeen rahoitus, euroa', 'Kokeilualueen (Kotka ja Pyhtää) työmarkkinatilanne'
        if short == line and not _used_again(short, text, s):
            continue
        out.append(Candidate(short, None, "title" if short != line else "plain_title", s.start, s.end))
    return out


def _section_titles(sentences, cands: list[Candidate]) -> list[Candidate]:
    """A heading further down that opens with a name found in the text ('Vaaranpolku – työllisyyspolkuja
    Puolangalla' after a paragraph on four projects): the section about that project, a title of it."""
    if any(c.source == "label" for c in cands):
        return []
    shorts = {c.short.casefold(): c.short for c in cands if c.source != "plain_title"}
    out, seen = [], set()
    for k, s in enumerate(sentences):
        line = s.heading.strip()
        if not line or line in seen or len(line) > 90:
            continue
        bare = LABEL_SUFFIX.sub("", line).strip()
        box = FACT_BOX.match(line.split(" – ")[-1])  # not 'Dia 2 – Hanke lyhyesti': a slide's number
        boxed = (box["name"] or box["name2"]).casefold() if box else ""
        if boxed in shorts:  # 'Rannikon Työpolku lyhyesti' over 'Hankekoodi: S21977', wherever it stands
            seen.add(line)
            out.append(Candidate(shorts[boxed], None, "fact_box", s.start, s.start))
            continue
        if k < TITLE_LINES:
            continue
        seen.add(line)
        first = _short(bare).casefold()
        if first in shorts and first != line.casefold():
            full = line if bare.casefold() != first else None  # 'TyöTunturi-hanke' adds no subtitle
            out.append(Candidate(shorts[first], full, "section_title", s.start, s.start))
    return out


def _used_again(short: str, text: str, s) -> bool:
    """Whether the first word of a name occurs in the text outside its own line ('Porras rakentui …')."""
    stem = re.escape(short.split()[0][:max(4, len(short.split()[0]) - 2)])
    return any(m.start() < s.start or m.start() >= s.end for m in re.finditer(rf"\b{stem}", text, re.IGNORECASE))


FILE_NAME = re.compile(r"\w_\w|\.(?:xlsx?|csv|pdf|docx?|txt|odt|ods)\b", re.IGNORECASE)


def _acceptable(short: str, organisations: list[str]) -> bool:
    """Not a genre line, an organisation, a place or a stock word."""
    low = short.casefold()
    words = re.findall(r"\w+", low)
    if not words or low in NOT_NAMES or len(short) < 2 or any(g in low for g in GENRE_WORDS):
        return False
    if FILE_NAME.search(short):
        return False  # 'Tyokaari_seuranta_LOPULLINEN.xls – tallennettu sarkaineroteltuna tekstinä': a file's name
    if len(words) > 1 and _pronoun(short.split()[0]):
        return False  # 'Meillä Liperissä oli samantyyppinen hanke': a pronoun and a place, no name
    if any(w in ORGANISATION_WORDS or w in MEDIA_WORDS for w in words) or _is_place(short):
        return False  # … nor a broadcaster's or paper's masthead ('YLE RADIO HÄME – HÄMEEN AAMU')
    return not any(set(words) <= set(re.findall(r"\w+", o.casefold())) for o in organisations)


def _is_place(short: str) -> bool:
    words = short.split()
    return all((hit := gazetteer().match(w)) is not None and (hit.municipality or hit.region) for w in words)
