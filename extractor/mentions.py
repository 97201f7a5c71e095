"""Projects named in the text ('Lakeuden Reitti -hankkeessa', 'Työsilta-hankkeen') and whether a
name is the report's own project or another one: the figures, organisations and places of another
project are not the report's."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from extractor.gazetteer import gazetteer

ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|\d+)$")
# 'Työpaikka Porvoo -hankkeen', 'Nuoret kiinni -hanke' (a capital first, then up to two words), 'Työsilta-hankkeessa',
# 'Kotipiha-pilotin', an umbrella's or a part's 'Kuusiotyö-kattohankkeen', 'Työverstas-osahanke'
PROJECT_MENTION = re.compile(r"([A-ZÅÄÖ][\w–]*\s(?:(?!(?:on|oli|ja|tai|sekä|eli|myös|ovat|olivat)\s)"
                             r"[\w–]+\s){0,2})[-–](?:katto|koordinaatio|sateenvarjo|osa)?(?:hank|projekt)\w*|"
                             r"\b([A-ZÅÄÖ]\w{2,40})-(?:katto|koordinaatio|sateenvarjo|osa)?"
                             r"(?:hank|projekt|pilot|kokeilu)\w*")


# money or people shared by projects counted in a singular case: 'ESR-rahoitusta yhteensä 58,6 miljoonaa euroa 214
# hankkeelle', '… 12 hankkeessa'
COUNTED_PROJECTS = re.compile(r"(?<![\d,.])(?:[2-9]|[1-9]\d+)\s+(?!osa)[\w-]*(?:hankkeelle|hankkeessa|hankkeeseen|"
                              r"projektille|projektissa|projektiin)\b", re.IGNORECASE)
# words that make a project word another project's: 'uusi hanke', 'samanaikainen työllisyyshanke'
OTHER_PROJECT_MODIFIERS = ("uusi", "toinen", "muu", "seuraava", "jatko", "samanaikainen", "rinnakkainen",
                           "samankaltainen", "vastaava", "aiempi", "aikaisempi", "edellinen")
PROJECT_NOUNS = ("hanke", "projekti", "kokeilu", "pilotti")  # the nouns that name a project as such
SISTER = r"(?:sisar|kumppani|rinnakkais|naapuri)"  # a project beside the report's: 'sisarhanke', 'kumppaniprojekti'
FOLLOW_UP_PREFIXES = ("jatko", "seuraaja")  # 'Jatkohanke toimii myös Humppilassa'
FUNDS = {"esr", "eakr", "eu", "eura", "leader", "eaku", "euroopan", "sosiaalirahaston"}  # 'ESR-hanke' is no name


def project_mentions(text: str) -> list[set[str]]:
    """The names before '-hanke' in any form ('Työpaikka Porvoo -hankkeen', 'Työsilta-hankkeessa');
    not a fund's ('ESR-hankkeen')."""
    return [words_of(name) for name in mentioned_names(text)]


# a name a sentence opens with and calls a project by a copula: 'Työpolku (Parainen, S21588) on Paraisten
# kaupungin oma hanke', 'Sauvon Askel (S20977) oli pienimuotoinen kokeilu'
NAMED_BY_COPULA = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-ZÅÄÖ][\w–-]+(?:\s[A-ZÅÄÖ][\w–-]+)?)\s"
                             r"(?:\([^()\n]{0,60}\)\s)?(?:on|oli)\s(?:[\w-]+\s){0,3}?"
                             r"[\w-]*(?:hanke|kokeilu|projekti|pilotti)\b")
# a name in apposition after a project noun another project's modifier makes: 'Yhdistyksen edellinen hanke
# Kyläverstas (2004–2006) tavoitti …', 'rinnakkainen projekti Työkaari'
NAMED_IN_APPOSITION = re.compile(r"\b(?i:" + "|".join(OTHER_PROJECT_MODIFIERS) + r")\w{0,4}\s+"
                                 r"[\w-]*(?:hanke|hankkeen|projekti|projektin|kokeilu|kokeilun|pilotti|pilotin)"
                                 r"\s+\(?([A-ZÅÄÖ][\w–-]{2,})")  # 'vastaavan ESR-hankkeen (Työkaari)'

GENERIC_SUBJECTS = {"se", "tämä", "hanke", "projekti", "kokeilu", "pilotti", "toiminta", "malli", "kyseessä",
                    "kyse", "tavoite", "tarkoitus", "kunta", "kaupunki", "työllisyyspilotti", "kuntakokeilu"}


def other_project_modifier(tok) -> bool:
    """'vastaavan ESR-hankkeen', 'edellisessä hankkeessa': a word that makes a project another one (the tagger
    may read 'vastaavan' as a participle of 'vastata')."""
    return tok.lemma_.casefold() in OTHER_PROJECT_MODIFIERS or tok.lower_.startswith("vastaava")


def mentioned_names(text: str) -> list[str]:
    """The project names the text mentions, in order (several rules ask for the same sentence's)."""
    return list(_mentioned_names(text))


@lru_cache(maxsize=8192)
def _mentioned_names(text: str) -> tuple[str, ...]:
    names = [(m.group(1) or m.group(2)).strip() for m in PROJECT_MENTION.finditer(text)]
    names += [m.group(1) for m in NAMED_BY_COPULA.finditer(text)
              if m.group(1).split()[0].casefold() not in GENERIC_SUBJECTS]
    names += [m.group(1) for m in NAMED_IN_APPOSITION.finditer(text) if gazetteer().match(m.group(1)) is None]
    return tuple(n for n in names if words_of(n) - FUNDS)


def other_project(text: str, own: list[set[str]]) -> bool:
    """The sentence names another project ('toteutti ... Työpaikka Porvoo -hankkeen, jonka 312
    asiakkaasta ...', 'jatkaa Työpolku II -hankkeessa'): its figures are that project's."""
    for mention in project_mentions(text):
        if _place_tail(mention):
            continue  # 'työpajapolku Multialla\n-hankkeena': the end of a name cut at a line break
        if not any(same_project(mention, name) for name in own if name):
            return True
    return False


LOCATIVE_ENDINGS = ("lla", "llä", "ssa", "ssä", "lle", "sta", "stä", "lta", "ltä")


def _place_tail(mention: set[str]) -> bool:
    """A 'name' that is one place word in a locative case ('Multialla -hankkeena') names no project."""
    return len(mention) == 1 and all(w.endswith(LOCATIVE_ENDINGS) and gazetteer().match(w.capitalize()) is not None
                                     for w in mention)


SUCCESSOR_WORDS = ("jatkuu", "jatkaa", "jatko", "plus", "uusi")


def same_project(mention: set[str], name: set[str]) -> bool:
    if any(ROMAN.match(w) or w in SUCCESSOR_WORDS for w in mention - name):
        return False  # a successor: 'Työpolku II', 'Tupa jatkuu', 'Polku 2.0'
    return len(mention & name) / min(len(mention), len(name)) >= 0.5


def own_projects(doc_text: str, project_name: str | None) -> list[set[str]]:
    """The report's own project: its extracted name, else the name it mentions most (twice at least).
    A name mentioned more often may be a project the report compares its own with."""
    if project_name:
        return [words_of(project_name)]
    counts = Counter(frozenset(m) for m in project_mentions(doc_text))
    return [set(name) for name, n in counts.most_common(1) if n >= 2]


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def names_other_project(tok, own: list[set[str]]) -> bool:
    """The word right before another project's name: 'Seinäjoen kaupungin hallinnoimassa Lakeuden
    Reitti -hankkeessa' (the city ran that project, not the report's)."""
    if not own:
        return False
    after = tok.doc.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 90]
    m = PROJECT_MENTION.match(after.lstrip()) if after[:1].isspace() else None
    return m is not None and other_project(m.group(0), own)
