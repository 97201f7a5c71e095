"""The report's own project against the others it names: which sentences and table figures speak of
another project (a press release on three closing projects, an evaluation that compares two pilots)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.candidates import Candidate, column_header
from extractor.cue_match import PROJECT_COLUMN, relative_antecedent, verb_above
from extractor.gazetteer import gazetteer
from extractor.mentions import (
    COUNTED_PROJECTS, PROJECT_NOUNS, SISTER, mentioned_names, other_project, own_projects, same_project, words_of
)
from extractor.segment import CAPTION, Sentence, blocks, is_heading


# 'Hankkeen tavoitteena on …', 'Se toimii …': a project referred to, not named
PROJECT_ANAPHOR = re.compile(r"^\W*(?:hanke|hankkee(?:n|ssa|lla|lle|seen|sta|na)|projekti(?:n|ssa|lla|lle|in|sta|na)?|"
                             r"kokeilu(?:n|ssa|lla|lle|un|sta|na)?|se|sen|siinä|siihen|sillä|siellä)\b",
                             re.IGNORECASE)
# 'Sen asiakkaina oli …', 'Siellä kokonaiskustannukset oli …'
PRONOUN_ANAPHOR = re.compile(r"^\W*(?:se|sen|siinä|siihen|sillä|siitä|siellä)\b", re.IGNORECASE)
EARLIER = re.compile(r"\b(?:edel|edeltä|aiemp|aikaisemp|verrat)", re.IGNORECASE)  # a past project compared

PARAGRAPH_TOPIC_WORDS = 8  # a paragraph whose first words name another project is about that project


@dataclass(frozen=True)
class ProjectScope:
    """Which sentences speak of another project than the report's own: one that names another
    project ('Työkenttä-hankkeessa oli 152 asiakasta'), also without its '-hanke' once the text has
    called it a project ('| Nuoret kiinni | Kuortane | 88 |'), one that goes on in a paragraph
    opened by another project ('Ilmajoen Työkenttä-hanke (…) keskittyi … Hankkeessa oli 152
    asiakasta.'), another project's row of a table with a row per project, and a figure under a
    table column of another project."""

    own: tuple[frozenset[str], ...]
    own_patterns: tuple[re.Pattern, ...]
    other_patterns: tuple[re.Pattern, ...]
    subproject: bool = False  # the report's title calls the project a sub-project of an umbrella

    def names_other(self, text: str) -> bool:
        if not self.own:
            return False
        if other_project(text, list(self.own)):
            return True
        listed = LISTED_PROJECT.match(text)  # '- Kotopolku (Turku, 2016–2019) tarjosi …'
        if listed and gazetteer().match(listed["name"].split()[0]) is None and \
                gazetteer().match(listed["place"]) is not None and not self.names_own(listed["name"]):
            return True
        return any(p.search(text) for p in self.other_patterns) and not self.names_own(text)

    def names_own(self, text: str) -> bool:
        return any(p.search(text) for p in self.own_patterns)

    def foreign(self, sent: Sentence) -> bool:
        """The sentence (a table row by its label too) speaks of another project."""
        if self.names_other(sent.text):
            return True
        if sent.is_row and CAPTION.match(sent.caption) and self.names_other(sent.caption) and \
                not self.names_own(sent.caption) and not any(self.names_own(h) or self.names_other(h)
                                                             for h in sent.columns):
            return True  # 'Taulukko 2. Kyytipoika II:n kustannusarvio, euroa': another project's table (not one
            # whose columns name the projects it compares)
        if self.beside(sent):
            return True
        if OTHER_PROJECT_HEADING.match(sent.label):
            return True  # a run-in label: 'Muita osahankkeita: Oulun Kiertokulku (230 asiakasta) · …'
        if (OTHER_PROJECT_HEADING.search(sent.heading) or CONTINUATION_HEADING.search(sent.heading)) and \
                not self.names_own(sent.text):
            return True  # '2.2 Mitä jatkohankkeella tavoitellaan' / '… laajentaa toiminnan Rautavaaralle'
        if self.in_others_section(sent):
            return True
        if self.subproject and not self.names_own(sent.text) and (
                _umbrella_subject(sent) or self._umbrella_heading(sent.heading)):
            return True  # 'Kattohanke toimi ajalla 1.9.2009–31.8.2013' on a sub-project's page
        if self.about_new_project(sent):
            return True  # 'Uudessa hankkeessa mukaan tulisi myös Pyhäjärven kaupunki osatoteuttajana'
        if sent.is_row and len(sent.columns) >= 3 and PROJECT_COLUMN.fullmatch(sent.columns[0].strip()):
            return bool(self.own) and not self.names_own(sent.label)  # '| Nuoret kiinni | Kuortane | 88 |'
        if not sent.is_row and self.own and not self.names_own(sent.text) and PROJECT_ANAPHOR.search(sent.text) \
                and self._other_named_last(sent.before, bool(PRONOUN_ANAPHOR.match(sent.text))):
            return True  # '… Työkaari toimii 1.10.2022–30.9.2025 … Hankkeen tavoitteena on …': the one named last
        if sent.is_row or not self.own or self.names_own(sent.text) or self.names_own(sent.before):
            return False
        opening = " ".join(sent.before.split()[:PARAGRAPH_TOPIC_WORDS])
        paragraph_start = len(sent.before) < BEFORE_REACH_LIMIT
        return paragraph_start and bool(opening) and self.names_other(opening)

    def about_new_project(self, sent: Sentence) -> bool:
        """A sentence set in a project still to come, not naming the report's own."""
        return not self.names_own(sent.text) and _new_project_setting(sent)

    @staticmethod
    def beside(sent: Sentence) -> bool:
        """'Kiintopisteen läheisin sisarhanke oli … Ovet auki (S21704), joka toimi …': a sentence about a project
        beside the report's own, whose subject it is."""
        return bool(SISTER_SUBJECT.search(sent.text))

    def _other_named_last(self, before: str, pronoun: bool = False) -> bool:
        """The sentence before names another project, not an earlier one compared (but 'Sen asiakkaina oli
        ollut 48' after an earlier one: the pronoun is that one's), and the paragraph names no project of the
        report's own after it."""
        last_own = max((m.start() for p in self.own_patterns for m in p.finditer(before)), default=-1)
        last_other = max((m.start() for p in self.other_patterns for m in p.finditer(before)), default=-1)
        previous = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
        first_own = min((m.start() for p in self.own_patterns for m in p.finditer(previous)), default=len(previous))
        first_other = min((m.start() for p in self.other_patterns for m in p.finditer(previous)), default=-1)
        if pronoun and first_own < first_other and not EARLIER.search(previous):
            return False  # 'Kotikulmilta töihin oli yksi Sillat työhön -kattohankkeen osahankkeista. Se alkoi …'
            # (but 'Työkaari jatkoi edellisellä ohjelmakaudella toimineen X-projektin työtä. Sen asiakkaina …')
        return last_other > last_own and any(p.search(previous) for p in self.other_patterns) and \
            (pronoun or not EARLIER.search(previous))

    def in_others_section(self, sent: Sentence) -> bool:
        """Under a heading that names another project ('4.5 Vertailu: Tienviitta-hanke Seinäjoella') or the
        others ('29. MUUT ERILLISRAHOITTEISET HANKKEET'), a sentence that does not name the report's own is
        another project's."""
        return bool(sent.heading) and not (sent.is_row and sent.cell_count > 2) and not self.names_own(sent.text) and \
            (self.names_other(sent.heading) or bool(OTHER_PROJECT_HEADING.search(sent.heading))) and \
            not self.names_own(sent.heading)  # a wider table's columns say whose; a key–value row does not

    def _umbrella_heading(self, heading: str) -> bool:
        """A heading about the umbrella, not naming the project apart from the umbrella's own name
        ('Kiertokulku-ohjelma numeroina' over a page of 'Kainuun Kiertokulku')."""
        return bool(UMBRELLA_HEADING.search(heading)) and not self.names_own(UMBRELLA_HEADING.sub(" ", heading))

    def umbrellas(self, sent: Sentence) -> bool:
        """On a sub-project's report, the sentence is about the umbrella, even where it names the sub-project's
        town among the umbrella's ('Kattohankkeessa oli viisi osahanketta, yksi kussakin … kunnassa (Alavus, …
        ja Töysä)'): its places are the umbrella's."""
        return self.subproject and (bool(COUNTED_PARTS.search(sent.text)) or _umbrella_subject(sent) or
                                    sent.is_row and bool(UMBRELLA.match(sent.label.strip(" *|"))))
        # also a field of the umbrella's: '| Kattohankkeen hallinnoija | Alavuden kaupunki |'

    def several(self, sent: Sentence) -> bool:
        """The sentence speaks of several projects together ('Niissä oli mukana yhteensä lähes 370
        työnhakijaa' after 'päättyi kolme … työllisyyshanketta'; '64 ESR-hanketta, joiden julkinen
        rahoitus …'; 'Hankkeissa oli yhteensä …'): their sums are no one project's figures."""
        if self.names_own(sent.text):
            return False
        text = sent.text
        if self.subproject and COUNTED_PARTS.search(text):
            return True  # 'Yhdeksässä osahankkeessa oli yhteensä 812 asiakasta': the umbrella's sum
        if PLURAL_PROJECTS.search(text) or ALL_PROJECTS.search(text) or SUM_OF_COUNTED.search(text) or \
                COUNTED_PROJECTS.search(text) or \
                COUNTED_THEN_POINTED.search(text) or \
                any(POINTER_AFTER.match(text[m.end():]) for m in _projects(text)):
            return True
        if SUM_WORD.search(text) and COUNTED_BEFORE.search(sent.before[-200:]):
            return True  # 'Hakuehdoilla löytyi 3 hanketta.' + 'Myönnetty … rahoitus yhteensä 520 100 €.'
        return bool(POINTER_FIRST.match(text)) and bool(_projects(sent.before[-200:]))

    def sections(self, doc_text: str) -> "Sections":
        """The report's own sections, when the project is one section of a wider text (an association's
        annual report, a municipality's review): the title does not name the project (or names a
        review), and its first heading that names the project comes after headings of other
        activities. An unnumbered heading belongs to the numbered section above it ('5.1 Yhteinen
        polku' / 'Perustiedot'); a contents list names the headings once more."""
        every_block = list(blocks(doc_text))
        title = doc_text[:TITLE_REACH]
        if ISSUE_NUMBER.search(title):
            return Sections(self, frozenset(), self._off_topic_stories(every_block))
        every = [b.text.strip() for b in every_block if is_heading(b)]
        first = list(dict.fromkeys(every))
        own = [i for i, h in enumerate(first) if self._names_own_heading(h)]
        titled = self.names_own(title) or any(line.isupper() and len(line.split()) <= NAME_LINE_WORDS and
                                              self.names_own(line.title()) for line in title.splitlines())
        # a cover's 'TÖYSÄN TYÖVERSTAS' (not a memo's 'TALOUSARVION TOTEUTUMINEN JA TYÖPOLKU-HANKKEEN LOPPUTILITYS')
        if not own or own[0] == 0 or titled and not REVIEW_GENRE.search(title):
            return Sections(self, frozenset())
        own_at = next(b.start for b in every_block if is_heading(b) and b.text.strip() == first[own[0]])
        numbered = bool(SECTION_NUMBER.match(first[own[0]])) and \
            sum(1 for h in first[:own[0]] if SECTION_NUMBER.match(h)) >= NUMBERED_BEFORE  # '3.5' after '3.1'–'3.4'
        if not numbered and sum(1 for b in every_block if b.start < own_at and not is_heading(b) and "|" not in b.text
                                and self.names_own(b.text)) >= OWN_PARAGRAPHS_BEFORE:  # (not a table's row)
            return Sections(self, frozenset())  # a text about the project that has a fact box at its end (not an
            # annual report's numbered chapter that the chapters before it mention)
        if not SECTION_NUMBER.match(first[own[0]]) and not any(FIGURE.search(b.text) for b in every_block
                                                              if b.start < own_at):
            return Sections(self, frozenset())  # a letter's greeting before its story of the project: no activities
        own_numbers = [m[0].strip().rstrip(".") + "." for h in first if self._names_own_heading(h)
                       and (m := SECTION_NUMBER.match(h))]
        inside, number, under_own, last_inside = set(), "", False, False
        for h in every:
            if CAPTION.match(h):  # 'Taulukko 3. Jatkosijoittuminen …' in '4.3 Pajan ja hankkeen tulokset'
                if last_inside or self.names_own(h) or PROJECT_WORD.search(h):
                    inside.add(h)  # 'Taulukko 4. Hankkeen toteutunut rahoitus' anywhere
                continue
            m = SECTION_NUMBER.match(h)
            number = m[0].strip().rstrip(".") + "." if m else number
            last_inside = False
            names = self._names_own_heading(h)
            if names or PROJECT_WORD.search(h) or any(number.startswith(n) for n in own_numbers):
                inside.add(h)  # also '3.3.1 Tulokset'
                under_own, last_inside = names or under_own and not m, bool(m)  # a numbered section's
            elif under_own and not m and REPORT_PART.search(h):
                inside.add(h)  # under an unnumbered project heading: 'Mihin osallistujat päätyivät', 'Talous'
            elif not ATTRIBUTION.match(h) and not h.startswith("("):  # '— Antti Heiskanen, …' under a quote,
                under_own = False  # '(1.5.2012 alkaen)' cut from the line above
        return Sections(self, frozenset(inside))

    def _names_own_heading(self, heading: str) -> bool:
        """The heading names the project, also a numbered one in capitals ('3. KEHITTÄMISTYÖ: KYKYVERSTAS-HANKE')."""
        return self.names_own(heading) or bool(SECTION_NUMBER.match(heading)) and heading.isupper() and \
            self.names_own(heading.title())

    def _off_topic_stories(self, every_block: list) -> frozenset[str]:
        """In an issue of a bulletin ('Sotkamo-tiedote 2/2022'), the headlines of its other stories: a
        story that names neither the project nor anything of employment, but building or streets
        ('Hiukantien peruskorjaus alkaa toukokuussa' / 'Hankkeen kustannusarvio on 1,35 miljoonaa euroa')."""
        stories: dict[str, list[str]] = {}
        headline = ""
        for b in every_block:
            if is_heading(b):
                headline = b.text.strip()
                stories.setdefault(headline, [headline])
            elif headline:
                stories[headline].append(b.text)
        texts = {h: " ".join(parts) for h, parts in stories.items() if len(h.split()) >= HEADLINE_WORDS}
        return frozenset(h for h, text in texts.items() if not self.names_own(text) and not EMPLOYMENT.search(text)
                         and MUNICIPAL_AFFAIRS.search(text))

    def joined_several(self, sent: Sentence) -> bool:
        """People who took part in several projects ('Valtakunnallisesti ESR-hankkeisiin on kaudella
        osallistunut yli 300 000 henkilöä'): no one project's participants."""
        return not self.names_own(sent.text) and bool(INTO_PLURAL_PROJECTS.search(sent.text))

    def foreign_figure(self, c: Candidate) -> bool:
        """The figure's sentence speaks of another project, or the figure stands under another
        project's column ('| Asiakkaita | 104 | 77 |' under 'Pielisen Portaat | Kotipiha'), or under any
        column but the project's own where one column names it."""
        if self.foreign(c.sentence):
            return True
        if self.own and self._of_named_other(c) or _in_anothers_own(c):
            return True
        if not c.sentence.is_row or not self.own:
            return False
        header = column_header(c.sentence, c.start - c.sentence.start)
        if header and not self.names_own(_original_case(header, c.sentence.columns)) and \
                any(self.names_own(column) for column in c.sentence.columns[1:]):
            return True  # 'Mittari | Taitoluotsi (Kemiönsaari) | Työpolku (Parainen)': the other pilots' columns
        return bool(header) and self.names_other(_original_case(header, c.sentence.columns))

    def _of_named_other(self, c: Candidate) -> bool:
        """'esittäytyivät myös Närpiön kaupungin Jobbspåret, jonka 96 asiakkaasta 29 työllistyi': a figure in
        a relative clause about something named mid-sentence that is not the project, a place or a body."""
        named = relative_antecedent(c.sentence.span[c.token_i])
        if named is None or named.i == named.sent.start or named.pos_ not in ("NOUN", "PROPN"):
            return False
        if not named.text[:1].isupper():
            return self._of_owned_other(named)
        if self.names_own(named.text) or gazetteer().match(named.text) is not None or "-" in named.text:
            return False
        return not any(ch.dep_ in ("flat:name", "flat", "appos") for ch in named.children)  # 'Työn Siemen'?

    def _of_owned_other(self, named) -> bool:
        """'… ylläpitämä Vakka-Suomen työpaja, jonka oma asiakasmäärä oli 410': a unit named by its owner,
        neither a place of ours nor the project."""
        if named.lemma_.casefold().endswith(PROJECT_NOUNS):
            return False
        owners = [ch for ch in named.children if ch.dep_ == "nmod:poss" and ch.text[:1].isupper()]
        return any(not self.names_own(o.text) and gazetteer().match(o.text) is None for o in owners)


# a project in a bulleted list of projects, its place and years in brackets: '- Työkaveri (Loimaan seutu, 2016–2018)'
LISTED_PROJECT = re.compile(r"\s*[-•*–]\s+(?P<name>[A-ZÅÄÖ][\w–-]*(?:\s+[\w–-]+){0,3})\s+"
                            r"\((?P<place>[A-ZÅÄÖ][\w-]+)[^()]*\b(?:19|20)\d{2}\b[^()]*\)")
# a plural project noun as the place or owner of a figure: 'Hankkeissa oli …', 'hankkeiden budjetti'
PLURAL_PROJECTS = re.compile(r"\b(?!osa)\w*(?:hankkei(?:ssa|den|tten)|projektei(?:ssa|den)|projektien)\b",
                             re.IGNORECASE)
# people who took part in several projects: 'ESR-hankkeisiin on osallistunut yli 300 000 henkilöä' (never an
# outcome's destination: 'muihin hankkeisiin ohjattiin 12' is the project's own result)
INTO_PLURAL_PROJECTS = re.compile(r"\b(?!osa)\w*(?:hankkeisiin|projekteihin)\b", re.IGNORECASE)
# several projects named as such: 'kolme … työllisyyshanketta', '64 ESR-hanketta', 'hankkeet', 'hankkeita'
COUNTED = (r"\b(?:\d+|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen)\b"
           r"(?:\s+\S+){0,4}?\s+(?!osa)[\w-]*(?:hanketta|projektia|kokeilua)\b")
SEVERAL = re.compile(COUNTED + r"|\b(?!osa)[\w-]*(?:hankkeet|hankkeita|projektit|projekteja)\b", re.IGNORECASE)
POINTER_AFTER = re.compile(r",?\s+(?:joiden|joissa|joista|joihin|joilla|joille)\b", re.IGNORECASE)
SUBPROJECT = re.compile(r"\bosa(?:hanke|projekti)\b", re.IGNORECASE)  # a title: 'X – Kannonkosken osahanke'
UMBRELLA = re.compile(r"\b(?:katto|koordinaatio)(?:hank|projekt)\w*", re.IGNORECASE)
# on a sub-project's page, a section about the programme it belongs to ('### Kiertokulku-ohjelma numeroina')
UMBRELLA_HEADING = re.compile(UMBRELLA.pattern + r"|[\w-]*ohjelm(?:a|an|assa|asta|aan)\b", re.IGNORECASE)
COUNTED_PARTS = re.compile(r"\b(?:\d+|kah(?:de|te)\w*|kolm\w*|nelj\w*|vii(?:si|de|te)\w*|kuu(?:si|de|te)\w*|"
                           r"seitsem\w*|kahdeks\w*|yhdeks\w*|kymmen\w*)\s+(?:\w+\s+)?osa(?:hank|projekt)\w*",
                           re.IGNORECASE)
# a sum over the projects counted before it: '38 hanketta 11 maakunnasta, yhteensä 9 412 asiakasta'
PROJECTS_COUNT = r"\b\d+\s+(?:\w+\s+)?(?!osa)[\w-]*(?:hanketta|projektia)\b"  # '38 hanketta', '3 ESR-hanketta'
SUM_WORDS = r"\b(?:yhteensä|kaikkiaan|yhteenlasketusti)\b"
SUM_OF_COUNTED = re.compile(PROJECTS_COUNT + r"[^.;:]{0,60}?" + SUM_WORDS, re.IGNORECASE)
SUM_WORD = re.compile(SUM_WORDS, re.IGNORECASE)
# a sentence that ends a paragraph's text so far by counting projects: 'Hakuehdoilla löytyi 3 hanketta.'
COUNTED_BEFORE = re.compile(PROJECTS_COUNT + r"[^.;:\n]{0,40}[.:]?\s*$", re.IGNORECASE)
ALL_PROJECTS = re.compile(r"\bkaik(?:ki|kien|kiin|issa)\s+(?!osa)[\w-]*(?:hankkeet|hankkeiden|projektit|projektien)\b",
                          re.IGNORECASE)
# projects counted, then pointed back to: 'Työllisyyttä edistäviä hankkeita on 41, ja niiden ESR- ja valtionrahoitus …'
COUNTED_THEN_POINTED = re.compile(r"\b(?!osa)\w*(?:hankkeita|projekteja)\b[^.;]{0,40}?\b(?:niiden|niissä|niistä|niihin|"
                                  r"joiden|joissa|joista)\b", re.IGNORECASE)
POINTER_FIRST = re.compile(r"\s*(?:niissä|niiden|niistä|niihin|näissä|näiden|näistä|kaikissa|kaikkien)\b",
                           re.IGNORECASE)


BODY_NOUNS = ("yhdistys", "järjestö", "seurakunta", "työpaja", "säätiö", "yritys", "kumppani", "osuuskunta")


def _in_anothers_own(c: Candidate) -> bool:
    """'Yhdistyksen omassa toiminnassa kävi noin 900 kävijää': a figure of what another body does on its
    own ('oma' with a genitive owner that is a body), not of the project."""
    tok = c.sentence.span[c.token_i]
    verb = verb_above(tok)
    if verb is None or tok.head.dep_ == "acl:relcl":  # '…, jonka oma asiakasmäärä oli 410 henkilöä': the
        verb = tok.head  # copula's predicate heads the clause
    for place in (ch for ch in verb.children if ch.dep_ in ("obl", "nsubj", "nsubj:cop")):
        owned = any(ch.lemma_.casefold() == "oma" for ch in place.children)
        owners = [ch for ch in place.children if ch.dep_.startswith("nmod:g") or ch.dep_ == "nmod:poss"]
        if owned and any(o.lemma_.casefold().endswith(BODY_NOUNS) for o in owners):
            return True
        if owned and any(o.lemma_.casefold() == "joka" for o in owners):  # 'työpaja, jonka oma asiakasmäärä'
            antecedent = relative_antecedent(tok)
            if antecedent is not None and antecedent.lemma_.casefold().endswith(BODY_NOUNS):
                return True
    return False


NEW_PROJECT_MODIFIERS = ("uusi", "haettava", "seuraava", "tuleva", "suunniteltu")
NEW_REACH = 4  # words before a project noun that its modifier may stand at


def _new_project_setting(sent: Sentence) -> bool:
    """The sentence is about a project still to come: a project noun that 'uusi', 'haettava' or 'seuraava'
    modifies is its subject, the place of its main verb or what a verb is for ('Uudessa hankkeessa mukaan tulisi
    …', 'Haettava hanke jatkaisi …', 'on hakenut rahoitusta uudelle … hankkeelle')."""
    for t in sent.span:
        if not t.lemma_.casefold().endswith(PROJECT_NOUNS):
            continue
        modified = any(ch.dep_ == "amod" and (ch.lemma_.casefold() in NEW_PROJECT_MODIFIERS or
                                              ch.lower_.startswith(NEW_PROJECT_MODIFIERS)) for ch in t.children) or \
            any(u.lemma_.casefold() in NEW_PROJECT_MODIFIERS and u.morph.get("Case") == t.morph.get("Case") and
                u.pos_ in ("ADJ", "VERB") for u in t.doc[max(t.sent.start, t.i - NEW_REACH):t.i])  # 'uudelle …
        # työllistymistä tukevalle hankkeelle': the parser may hang the adjective on a word between
        setting = t.dep_.startswith("nsubj") or t.dep_ == "obl" and t.morph.get("Case") in (["Ine"], ["Ade"]) and \
            t.head.dep_ == "ROOT" or t.morph.get("Case") == ["All"] and t.head.pos_ == "VERB"  # '… hakenut
        # rahoitusta uudelle osatyökykyisten työllistymistä tukevalle hankkeelle, jonka … toteutusaika 1.9.2019–…'
        if modified and setting:
            return True
    return False


def _umbrella_subject(sent: Sentence) -> bool:
    """The umbrella project is what the sentence is about: its subject or the subject's owner
    ('Kattohanke toimi …', 'Kattohankkeen asiakasmäärä oli …'), not a word in a clause ('… koko
    kattohankkeen elinkaaren ajan')."""
    return any(UMBRELLA.match(t.text) and (t.dep_.startswith("nsubj") or
                                           t.dep_ == "nmod:poss" and t.head.dep_.startswith("nsubj") or
                                           t.dep_ == "obl" and t.morph.get("Case") == ["Ine"] and t.head.dep_ == "ROOT")
               for t in sent.span)  # or where the main clause's figures are: 'Koko kattohankkeessa asiakkaita oli 498'


def _projects(text: str) -> list[re.Match]:
    return list(SEVERAL.finditer(text))


# a section on the project to come ('2.2 Mitä jatkohankkeella tavoitellaan'), or on the others ('MUUT FINALISTIT',
# 'Muita alueen hankkeita')
OTHER_PROJECT_HEADING = re.compile(rf"jatko(?:hank|projekt|kokeilu)|{SISTER}(?:hank|projekt)|"
                                   r"\bmu(?:ut|ita|iden)\s+(?:\w+\s+)?(?:finalist|ehdok|"
                                   r"\w*hankke(?:et|ita|iden)\b|projekt(?:it|eja|ien)\b|kokeilu(?:t|ja|jen)\b|"
                                   r"pilot(?:it|teja|tien)\b)", re.IGNORECASE)
# a section on the work after the project ('Toiminnan jatkaminen', 'Jatkosuunnitelmat'; not 'Hankkeen jatkuminen',
# an extension, nor 'Jatkuvuus', which may sum up what the project left)
CONTINUATION_HEADING = re.compile(r"(?<!hankkeen )(?<!projektin )\b(?:toiminnan\s+)?"
                                  r"jatk(?:aminen|amisen|uminen|umisen)\b|jatkosuunnitelm|jatkotoimin", re.IGNORECASE)
# a sentence whose subject is a project beside the report's: 'Hankkeen sisarhanke oli …', 'Kumppanihanke Ovet auki …'
SISTER_SUBJECT = re.compile(rf"\b{SISTER}(?:hanke|projekti)\s+(?:(?:on|oli)\s|[A-ZÅÄÖ])")
# an issue of a periodical in the title: 'Sotkamo-tiedote 2/2022', 'JÄSENKIRJE 3/2019' (not 'PÖYTÄKIRJA 4/2022')
ISSUE_NUMBER = re.compile(r"(?:tiedote|uutiskirje|jäsenkirje|lehti|sanomat|uutiset)\s+\d{1,2}\s?/\s?(?:19|20)\d{2}\b",
                          re.IGNORECASE)
HEADLINE_WORDS = 3  # a story's headline, not a section title like 'Talous'
# words of employment: a story with none of them is not the project's ('työt valmistuvat' is no such word)
EMPLOYMENT = re.compile(r"\btyö(?:tö|ttöm|llis|nhak|kyky|kokeil|valmen|elämä|paik)|\bvalmennu|\bkuntouttav",
                        re.IGNORECASE)  # not 'asiakas': a library has customers too
# a municipality's other affairs: building, streets, zoning, water, a library, a day-care centre
MUNICIPAL_AFFAIRS = re.compile(r"peruskorja|rakennus|rakentami|remont|urakoitsij|urakka|päällyste|kaavoitu|asemakaava|"
                               r"liikuntahall|liikennejärjest|katuvalaist|vesihuol|jätevesi|kevyen liikenteen|"
                               r"kirjasto|päiväkoti|uimahall|terveysasem", re.IGNORECASE)
OWN_PARAGRAPHS_BEFORE = 3  # paragraphs naming the project before its own heading: the text is about it
NUMBERED_BEFORE = 3  # numbered headings before the project's numbered one: it is one chapter of several
# a figure outside dates, years, issue numbers and codes: '64 nuorta', '2,4 milj. euroa'
FIGURE = re.compile(r"(?<![\w./:-])(?!(?:19|20)\d\d\b)\d+(?:[ \u00a0]\d{3})*(?:,\d+)?(?![\w./-])")
TITLE_REACH = 300  # the title area: a report about the project names it there
NAME_LINE_WORDS = 4  # a title line in capitals that is the project's name and little else
# a text about an organisation's year or a sector, with the project as one section
REVIEW_GENRE = re.compile(r"toimintakertomu|vuosikertomu|vuosikatsau|työllisyyskatsau|katsaus\b|tilinpäätö|"
                          r"palvelukuvau|toimintasuunnitelm|strategi", re.IGNORECASE)
BEFORE_REACH_LIMIT = 290  # Sentence.before holds at most 300 characters: a shorter one starts at its paragraph


def _original_case(header: str, columns: tuple[str, ...]) -> str:
    return next((h for h in columns if h.casefold() == header), header)


def project_scope(doc_text: str, project_name: str | None) -> ProjectScope:
    own = own_projects(doc_text, project_name)
    names = set(mentioned_names(doc_text)) | ({project_name} if project_name else set())
    own_names = [n for n in names if any(same_project(words_of(n), o) for o in own if o)]
    others = [n for n in names if n not in own_names]
    return ProjectScope(tuple(frozenset(o) for o in own if o),
                        tuple(p for p in map(_name_pattern, own_names) if p),
                        tuple(p for n in others if (p := _name_pattern(n, doc_text))),
                        bool(SUBPROJECT.search(doc_text[:TITLE_REACH])))


def _name_pattern(name: str, doc_text: str = "") -> re.Pattern | None:
    """A project's name in any inflection, without '-hanke': its words from the first one that is no
    place or organisation ('Kuortaneen Nuoret kiinni' -> 'Nuoret kiinni') nor a common noun before the name
    proper ('Multian työpaja Pajapirtti' -> 'Pajapirtti'), each cut to a stem.
    None for a name that is a common word of the text ('Työpaja' beside 'työpajassa')."""
    words = re.findall(r"[\w–]+", name.split(" – ")[0])
    while words and (gazetteer().match(words[0]) is not None or words[0].casefold() in ORG_NOUNS):
        words = words[1:]
    if words and not words[0][:1].isupper() and any(w[:1].isupper() for w in words):
        words = words[next(i for i, w in enumerate(words) if w[:1].isupper()):]  # 'Multian työpaja Pajapirtti'
    if not words or not words[0][:1].isupper() or len(" ".join(words)) < 5:
        return None
    if len(words) == 1 and re.search(rf"\b{re.escape(words[0].casefold())}", doc_text):
        return None
    # 'Työkenttä' finds 'Työkentän'; 'Työpuu' does not find 'Työpaja'
    stems = [re.escape(w[:max(5, len(w) - 2)]) + r"\w*" for w in words]
    return re.compile(r"(?<!\w)" + r"\s+".join(stems) + r"(?!\w)" + SUCCESSOR_AFTER)


# not the name with a successor's mark after it: 'Kivijalka II', 'Työpolku 2.0', 'Tupa jatkuu', 'Askel Plus'
SUCCESSOR_AFTER = r"(?!\s+(?:I{1,3}|IV|V|VI|[2-9](?:\.0)?|2\.0|Plus|\+|jatkuu)(?![\w./–-]))"  # not '3/2017–'
ORG_NOUNS = ("kunnan", "kaupungin", "kuntayhtymän", "säätiön", "yhdistyksen", "ely-keskuksen")


@dataclass(frozen=True)
class Sections:
    """The headings of the project's own sections; empty when the whole text is about the project."""

    scope: ProjectScope
    own_headings: frozenset[str]
    off_topic: frozenset[str] = frozenset()  # a bulletin's stories of other things

    def outside(self, sent: Sentence) -> bool:
        """A sentence under another activity's heading that names no project ('3.1 Kierrätysmyymälä' /
        'Siellä asioi 6 800 asiakasta'), or in a bulletin's story of another thing: not the project's figure."""
        if sent.heading in self.off_topic:
            return True
        if not self.own_headings or sent.heading in self.own_headings:
            return False
        before = sent.before.rsplit(sent.heading, 1)[-1] if sent.heading else sent.before  # within its section
        return not (self.scope.names_own(sent.text) or PROJECT_WORD.search(sent.text) or
                    not sent.is_row and self.scope.names_own(before))  # 'Kylävoima sai … 298 000 euroa. Yhdistys
        # kattoi itse …'; not another row of the table, nor the section above


ATTRIBUTION = re.compile(r"\s*[—–-]\s*[A-ZÅÄÖ]|\s*[\"”“«]")  # a quote's speaker or the quote itself, no section
# '3.2 Tulokset', a minutes' '§ 30 Kalliopolku-hankkeen loppuraportti' (not a wrapped line's '072 €')
SECTION_NUMBER = re.compile(r"\s*(?:§\s?)?\d+(?:\.\d+)*\.?(?=\s+[^\W\d_])")
# the parts of a project's account, as the titles below its heading name them
REPORT_PART = re.compile(r"\b(?:tulo(?:s|ks)|talou|rahoitu|raha\b|kustannu|osallistuj|asiak|jatko|toimin|arvioin|"
                         r"yhteenveto|tavoit|kohderyhm|sijoittu|päätyi|työllisty|vaikut|kokemu)", re.IGNORECASE)
PROJECT_WORD = re.compile(r"\b(?:hank(?:e|kee)|projekt)\w*", re.IGNORECASE)
