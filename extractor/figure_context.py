"""What surrounds a figure: targets, splits, totals and table columns, differences and follow-ups."""

from __future__ import annotations

import re

from extractor.candidates import PERCENT_HEADER, Candidate, column_header
from extractor.cue_match import (
    CLAUSE_BREAKS, cues, label_forms, label_tokens, previous_sentence, relative_antecedent, token_forms, verb_above
)
from extractor.mentions import OTHER_PROJECT_MODIFIERS, PROJECT_NOUNS, other_project_modifier
from extractor.segment import CAPTION


YEAR_HEADING = re.compile(r"\b(?:vuosi|vuonna|vuoden)\s+(?:19|20)\d{2}\b(?!\s*[-–])", re.IGNORECASE)


ONE_YEAR = re.compile(r"(?<![\d/.–-])(?:19|20)\d{2}(?![\d/–-])(?!\s*[–-])")
YEAR_IN_TEXT = re.compile(r"(?:\b(?:vuonna|vuoden|v\.)\s+(?:19|20)\d{2}\b|^\s*(?:19|20)\d{2}\b)"
                          r"(?!\s+(?:loppuun|alusta|alkaen|mennessä|asti|saakka|lopussa))", re.IGNORECASE)
# not 'vuoden 2019 loppuun mennessä': a figure up to a date is cumulative, not of one year
TIME_LABEL = re.compile(r"(?:\d{1,2}\s?/\s?)?(?:19|20)\d{2}")  # a year's or a month's row label: '2013', '3/2021'
# a part of the project's time: 'Raportointikaudella järjestettiin neljä rekrytointitilaisuutta, joissa kävi 238'
PART_PERIOD = re.compile(r"\b(?:seurantajakso|raportointikau|vuosineljännekse|neljännekse|kvartaali|maksatuskau)\w*"
                         r"(?:lla|llä|ssa|ssä|n\s+aikana)\b", re.IGNORECASE)


REALISED = ("toteutu", "toteutuma", "lopulta", "todellisuudessa", "kuitenkin", "käytännössä", "tosiasiassa",
            "ylitt", "yläpuol", "alitt", "saavut")  # 'luvut jäivät tavoitteiden yläpuolelle: ...'


def _planned_before(tokens, i: int, planned_cues: list[str]) -> bool:
    """A target word in the number's clause, with no realised word ('toteutui') in between; a target the number
    is part of ('jäi hieman 100 asiakkaan tavoitteesta'), whatever comes before."""
    after = tokens[i + 1:i + 3]
    if len(after) == 2 and after[0].morph.get("Case") == ["Gen"] and after[1].lemma_.casefold().startswith("tavoite"):
        return True
    reach = 8
    for k in range(i - 1, -1, -1):
        if i - k > reach:
            break
        tok = tokens[k]
        lemma = tok.lemma_.casefold()
        if tok.text in (";", "|") or any(lemma.startswith(r) for r in REALISED) and not lemma.startswith("toteutus"):
            return False  # 'toteutunut' is realised; 'toteutusaikana' names the period of a target
        if (any(p in lemma for p in planned_cues) or tok.lower_.startswith("tavoitel")) and not _client_plan(tok) \
                and not _estimate_of_past(tokens, k, i):  # 'Tavoiteltu', which the tagger may take for 'tavoittaa'
            return True
        if lemma == "että" or tok.text.casefold() in ("joista", "joiden", "heistä"):
            reach = i  # 'tavoitteena on, että ... 240 henkilöä ja heistä 30 % työllistyy': the whole clause
    for tok in tokens[i + 1:i + 4]:
        if tok.text in ("(", ",", ";", "|", "–", "—") or tok.like_num:
            return False  # 'Asiakkaita: 112 (tavoite 100)', '173, eli tavoitteesta jäätiin', '73 – tavoitteena oli 60'
        if any(p in tok.lemma_.casefold() for p in planned_cues):
            return True
    return False


def _estimate_of_past(tokens, k: int, i: int) -> bool:
    """'hankkeen arvioidaan tuottaneen 96 000 euron säästöt', 'toteutuneiden kustannusten arvioidaan jäävän noin
    532 000 euroon': an estimate of what happened or of a realised figure, no target."""
    return tokens[k].lemma_.casefold().startswith("arvioi") and (
        any(t.morph.get("PartForm") == ["Past"] for t in tokens[k + 1:i]) or
        any(t.lemma_.casefold().startswith(REALISED) for t in tokens[max(0, k - 3):k]))


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


PLAN_TITLE = re.compile(r"suunnitelm|kustannusarvi|budjet", re.IGNORECASE)
PLAN_TITLE_LENGTH = 80  # a caption or heading, not a paragraph taken for the table's caption


def _plans_table(c: Candidate) -> bool:
    """A table under a plan's title ('7 Rahoitussuunnitelma', 'Taulukko 2. Kustannusarvio, euroa') and with no
    column of what was realised: the plan's figures."""
    if not c.sentence.is_row:
        return False
    caption = c.sentence.caption
    title = caption if CAPTION.match(caption) else c.sentence.heading
    if len(title) > PLAN_TITLE_LENGTH or "|" in title:
        return False  # a paragraph taken for the caption, or a row above taken for a heading
    return bool(PLAN_TITLE.search(title)) and not re.search(r"toteu", title, re.IGNORECASE) and \
        not any(re.search(r"toteu|lopulli", h, re.IGNORECASE) for h in c.sentence.columns)


def context_flags(c: Candidate) -> tuple[bool, bool, bool]:
    """(planned, split, total): target talk, per-year / gender split, a total."""
    cue = cues()
    tokens = list(c.sentence.span)
    lo, hi = max(0, c.token_i - 8), c.token_i + 6
    planned = _planned_before(tokens, c.token_i, cue["planned"]) or _planned_column(c) or _planned_list(c) or \
        (c.sentence.is_row and any(p in form for p in cue["planned"] for form in label_forms(c)[1:])) or \
        _plans_table(c)
    after = tokens[c.token_i + 1:c.token_i + 3]
    if after and after[0].text == "(":
        after = []  # '74 (miehiä 45, naisia 29)': the breakdown in brackets is of the figure, a total
    adjacent = [token_forms(t)[0] for t in tokens[max(0, c.token_i - 2):c.token_i + 1] + after]
    split = bool(YEAR_IN_TEXT.search(_own_part(c)) or PART_PERIOD.search(_own_part(c))) or \
        any(lemma in ("nainen", "mies") for lemma in adjacent)
    if c.sentence.label and TIME_LABEL.fullmatch(c.sentence.label.strip(" *")):
        split = True  # a year's or a month's row ('2013 | …', '3/2021 | … | Infotilaisuus, 14 osallistujaa')
    if _one_years_table(c):
        split = True  # 'Rahoituslähde 2019 | €': a table of one year
    if YEAR_HEADING.search(c.sentence.heading) and not CUMULATIVE.search(c.sentence.text):
        split = True  # under '2. Vuosi 2013 lyhyesti' the figures are of one year, unless counted from the start
    total = any(token_forms(t)[0] in cue["total_words"] and not _of_other_noun(t, c) for t in tokens[lo:hi]) or \
        "yhteensä" in c.sentence.label.casefold()
    column = _column_role(c)
    split = split or column == "part" or _interim(c)
    total = total or column == "whole"
    return planned, split, total


def _one_years_table(c: Candidate) -> bool:
    """The header above the row labels names one year ('Rahoituslähde 2019 | €'), not a column of figures
    ('Elokuu 2020 | Kertymä' over 'Osallistujat yhteensä | 38 | 436', '2012 | 2013 | Yhteensä')."""
    columns = c.sentence.columns
    return c.sentence.is_row and bool(columns) and len(columns) >= c.sentence.cell_count and \
        bool(ONE_YEAR.search(columns[0])) and bool(re.search(r"[^\W\d_]{3}", columns[0]))


INTERIM = re.compile(r"\bväli(?:tilinpäätö|raport|katsau|tulo|tilan)\w*|\bpuolivälin\s+katsau\w*|"
                     r"\bhank(?:keen|e)\s*puolivälissä\b|\bpuolivälissä\s+hank\w*|"  # halfway
                     r"\b(?:silloi|tuolloi)\w*\s+tilan\w*", re.IGNORECASE)  # 'kirjattu silloinen tilanne'
# (not 'tähän mennessä', which a story on an ending project uses for its final figures too)


CHANGE_LOG = re.compile(r"versiohistoria|muutoshistoria|muutosloki|päivityshistoria", re.IGNORECASE)
LOG_COLUMNS = ("versio", "muokkaaja", "muutoksen kuvaus", "muutos")


def of_change_log(c: Candidate) -> bool:
    """A page's version history ('Versio | Pvm | Muokkaaja | Muutoksen kuvaus' under 'Versiohistoria'): its
    figures are the page's earlier states, which the current text replaced."""
    if CHANGE_LOG.search(c.sentence.heading):
        return True
    columns = [h.casefold() for h in c.sentence.columns] if c.sentence.is_row else []
    return sum(any(h.startswith(w) for w in LOG_COLUMNS) for h in columns) >= 2


def _interim(c: Candidate) -> bool:
    """'Kesätauon kynnyksellä pieni välitilinpäätös! Hankkeessa on tähän mennessä ollut mukana 68 asiakasta.
    Töihin on päässyt 14 …': the figures of an interim count (said in their sentence or earlier in their
    paragraph) give way to the final ones of their kind, when the text has those too."""
    if c.sentence.is_row:
        return False  # a table's columns say which figures are interim ('Väliraportti | Loppuraportti')
    if INTERIM.search(c.sentence.text):
        return True
    # the paragraph's interim count, unless the figure's own sentence counts the whole time ('Koko hankeajalta …')
    return bool(INTERIM.search(c.sentence.before)) and not CUMULATIVE.search(c.sentence.text)


def _of_other_noun(t, c: Candidate) -> bool:
    """'kaikissa palkkatukeen liittyvissä asioissa': 'kaikki' that qualifies another noun than the
    number's own makes no total of the number."""
    own = c.sentence.span[c.token_i]
    return t.dep_ == "det" and t.head.pos_ == "NOUN" and t.head not in (own, own.head)


CUMULATIVE = re.compile(r"\balusta\s+(?:lukien|alkaen|asti|saakka)\b|\bkoko\s+(?:hankeaja|hankkeen\s+aja|toiminta-aja)",
                        re.IGNORECASE)  # 'Hankkeen alusta lukien … yli 170 asiakasta'
SUB_CLAUSE = re.compile(r",\s+(?:joista|heistä|joiden|jotka)\b", re.IGNORECASE)


def _own_part(c: Candidate) -> str:
    """The sentence up to a relative clause or a bracket that follows the number ('asiakkaita on ollut 204,
    joista 78 aloitti vuoden 2019 aikana': the year is the 78's)."""
    text = c.sentence.text
    m = SUB_CLAUSE.search(text, c.end - c.sentence.start)
    text = text[:m.start()] if m else text
    bracket = text.find("(", c.end - c.sentence.start)  # '146 henkilöä (uusia asiakkaita vuonna 2010 38, …)'
    return text[:bracket] if bracket >= 0 else text


# 'Salo | Somero | Yhteensä', '… | Loppuraportti', '… | Lopullinen 31.5.2022', 'Elokuu 2020 | Kertymä
# 1.9.2017–31.8.2020' (the month's own figures beside those counted from the start)
FINAL_COLUMN = re.compile(r"yhteensä|kaikki|\bkoko\b|kokonais|loppu|lopulli|yht\.|kertymä")  # not 'kokous 10/2022'


YEAR_COLUMN = re.compile(r"(?:vuosi\s+|v\.\s*)?(?:19|20)\d{2}\s*\*?|(?:19|20)\d{2}\s*\(.*\)")


def _column_role(c: Candidate) -> str:
    """'whole' under a total or final column, 'part' under another column of a table that has one
    (a municipality's, a year's or an interim report's figures), else ''."""
    cells = c.sentence.cell_count
    if not c.sentence.is_row or len(c.sentence.columns) < 3 and cells < 3:  # the label's header may be empty
        return ""
    at = c.start - c.sentence.start
    header = column_header(c.sentence, at)
    if PERCENT_HEADER.fullmatch(header.strip()) and (bar := c.sentence.text.rfind("|", 0, at)) > 0:
        header = column_header(c.sentence, bar - 1)  # 'Yhteensä | %': a share column is its count column's
    if not header:
        return ""
    if FINAL_COLUMN.search(header):
        return "whole"
    if YEAR_COLUMN.fullmatch(header.strip()):
        return "part"  # '| 2018 | 2019': one year's figure
    figures = c.sentence.columns[1:] if cells <= len(c.sentence.columns) else c.sentence.columns  # not the labels'
    others = [h.casefold() for h in figures if h.casefold() != header]
    return "part" if any(FINAL_COLUMN.search(h) for h in others) else ""


PLANNED_COLUMN = ("suunnitel", "budjetti", "budjetoi", "arvio", "hyväksytty", "tavoite", "suunniteltu")


def _planned_column(c: Candidate) -> bool:
    """In a table, the header of the number's column says whether it is planned or realised; a row that is
    its own header ('Asiakkaat yhteensä: | 121 (tavoite 100)') has none."""
    if c.sentence.is_header_row:
        return False
    header = column_header(c.sentence, c.start - c.sentence.start)
    if "myönne" in header and any("toteut" in h.casefold() for h in c.sentence.columns):
        return True  # 'Kustannuslaji | Myönnetty | Toteutunut': what was granted is the plan
    if _audit_columns(c):
        return any(w in header for w in CLAIMED_COLUMNS)  # what was claimed gives way to what was approved
    header = re.sub(r"arvioin\w*|työky\w*arvi\w*", "", header)  # 'työkyvyn arviointi', 'työkykyarvio' assess
    return any(p in header for p in PLANNED_COLUMN) and "toteut" not in header


def claimed_column(c: Candidate) -> bool:
    """The 'Haettu' or 'Esitetty' column of an audit's table: what was claimed before the auditor's cut."""
    header = column_header(c.sentence, c.start - c.sentence.start)
    return _audit_columns(c) and any(w in header for w in CLAIMED_COLUMNS)


def achievement_column(c: Candidate) -> bool:
    header = column_header(c.sentence, c.start - c.sentence.start)
    return any(w in header for w in ("toteuma-%", "toteuma %", "toteutumis", "tavoitteesta", "% tavoit"))


def realised_column(c: Candidate) -> bool:
    header = column_header(c.sentence, c.start - c.sentence.start)
    return any(r in header for r in ("toteut", "toteuma")) or \
        any(a in header for a in APPROVED_COLUMNS) and _audit_columns(c)


CLAIMED_COLUMNS = ("esitet", "haettu", "haetut", "haettava", "raportoitu")
APPROVED_COLUMNS = ("hyväksyt", "tarkastettu")  # 'Raportoitu | Tarkastettu': an internal audit's corrected figure


def _audit_columns(c: Candidate) -> bool:
    """An audit's 'Esitetty € | Hyväksytty €', 'Haettu | Hyväksytty | Erotus': what was claimed, then what the
    auditor approved."""
    return any(w in h.casefold() for h in c.sentence.columns for w in CLAIMED_COLUMNS) and \
        any(a in h.casefold() for h in c.sentence.columns for a in APPROVED_COLUMNS)


FOLLOW_UPS = ("jatkohanke", "jatkoprojekti", "jatkokokeilu", "jatkorahoitus")


def of_follow_up(c: Candidate) -> bool:
    """'Jatkohankkeen budjetti on 540 000 euroa': a figure of the project that follows, in its clause; any
    figure of a sentence about a new application ('Uusi hakemus ESR+ -rahoitukseen, budjetti n. 400 000 €')."""
    tokens = list(c.sentence.span)
    if any(t.lemma_.casefold().endswith("hakemus") and (t.lemma_.casefold().startswith("jatko") or any(
            ch.dep_ == "amod" and ch.lemma_.casefold() in ("uusi", "seuraava") or
            ch.dep_ == "nmod:poss" and ch.lemma_.casefold().startswith(FOLLOW_UPS)  # 'Jatkohankkeen hakemus'
            for ch in t.children)) for t in tokens):
        return True
    for t in reversed(tokens[max(0, c.first - 10):c.first]):
        if t.text in CLAUSE_BREAKS:
            break
        if t.lemma_.casefold().startswith(FOLLOW_UPS):
            return True
    return _concerns_follow_up(tokens[c.token_i + 1:c.token_i + 8]) or _refers_to_follow_up(c)


def _refers_to_follow_up(c: Candidate) -> bool:
    """'Kaupunki on hakenut jatkohanketta … Sen budjetti olisi noin 350 000 euroa': 'sen' before the figure
    points back to a follow-up, the last project the sentence before named."""
    tokens = list(c.sentence.span)
    if not any(t.lemma_.casefold() == "se" and t.dep_ in ("nmod:poss", "det") for t in tokens[:c.first]):
        return False
    before = previous_sentence(c)
    named = [t for t in before or () if t.lemma_.casefold().endswith(PROJECT_NOUNS)]
    return bool(named) and named[-1].lemma_.casefold().startswith(FOLLOW_UPS)


def _concerns_follow_up(after) -> bool:
    """'… ja että 620 000 euron summa koskee haettavaa jatkohanketta': what the figure concerns, after it."""
    for i, t in enumerate(after):
        if t.text in CLAUSE_BREAKS:
            return False
        if t.lemma_.casefold() == "koskea":
            return any(u.lemma_.casefold().startswith(FOLLOW_UPS) for u in after[i + 1:i + 4])
    return False


PRECEDE_VERBS = ("edeltää",)


def of_earlier_or_other_project(c: Candidate) -> bool:
    """'Hanketta edelsi … kuntakokeilu, jossa 18 osallistujasta työllistyi viisi', 'uusi hanke, johon on
    ohjattu 40': a figure in a relative clause about a project that preceded this one or is another."""
    tok = c.sentence.span[c.token_i]
    if _clause_of_predecessor(tok) or _row_of_other_project(c) or _in_other_project(c):
        return True
    project = relative_antecedent(tok)
    if project is None:
        return False
    lemma = project.lemma_.casefold()
    if not lemma.endswith(PROJECT_NOUNS) and not lemma.startswith("edeltäjä"):
        return False
    return lemma.startswith(("edeltäjä", "jatko")) or \
        any(other_project_modifier(ch) for ch in project.children) or \
        project.head.lemma_.casefold() in PRECEDE_VERBS and project.dep_.startswith(("nsubj", "obj"))


def _in_other_project(c: Candidate) -> bool:
    """'Inkoon aiemmassa Ingå Jobb -kokeilussa … oli mukana 31 henkilöä': the number's clause is set in an earlier
    or another project, the modifier agreeing in case with the project noun (a name between them may break the
    parse)."""
    tokens = list(c.sentence.span)
    start = next((k + 1 for k in range(c.first - 1, -1, -1) if tokens[k].text in CLAUSE_BREAKS), 0)
    for k in range(start, c.first):
        case = tokens[k].morph.get("Case")
        if not tokens[k].lemma_.casefold().endswith(PROJECT_NOUNS) or case not in (["Ine"], ["Ade"]):
            continue
        if any(other_project_modifier(m) and m.morph.get("Case") == case
               for m in tokens[max(start, k - MODIFIER_REACH):k]):
            return True
    return False


MODIFIER_REACH = 4  # tokens from the modifier to its project noun: 'aiemmassa Ingå Jobb -kokeilussa'


def _row_of_other_project(c: Candidate) -> bool:
    """'Uuden ESR+-hankkeen omarahoitus | 26 000': a row whose label names a new, a follow-up or another project."""
    if not c.sentence.is_row:
        return False
    lemmas = [c.sentence.span[j].lemma_.casefold() for j in label_tokens(c)]
    return any(lemma.endswith(PROJECT_NOUNS) for lemma in lemmas) and \
        any(lemma in OTHER_PROJECT_MODIFIERS or lemma.startswith(("jatkohank", "jatkoprojekt")) for lemma in lemmas)


def _clause_of_predecessor(tok) -> bool:
    """'edeltäjähankkeemme Työvoimala palveli … 61 asiakasta', 'edellisessä pajahankkeessa kävi 48 nuorta':
    the clause's actor or place is a predecessor or another project."""
    verb = verb_above(tok)
    if verb is None and any(ch.dep_ == "cop" for ch in tok.children):
        verb = tok  # 'vastaavassa hankkeessa asiakkaita oli noin 240': the number is the copula's predicate
    if verb is None:
        return False
    actors = [ch for ch in verb.children if ch.dep_.startswith(("nsubj", "obl"))]
    if any(_outside_body(a) for a in actors if a.dep_.startswith("nsubj")):
        return True
    return any(t.lemma_.casefold().startswith("edeltäjä") for a in actors for t in (a, *a.children)) or \
        any(a.lemma_.casefold().endswith(PROJECT_NOUNS) and
            any(other_project_modifier(m) for m in a.children) for a in actors)


def _outside_body(subject) -> bool:
    """'Kaupungin etsivä nuorisotyö, joka … ei kuulu pajan organisaatioon, tavoitti … 61 nuorta': a subject
    whose relative clause says it does not belong to the project or its body."""
    for clause in (ch for ch in subject.children if ch.dep_ == "acl:relcl"):
        for verb in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            if verb.lemma_.casefold() == "kuulua" and any(c.lemma_.casefold() == "ei" for c in verb.children):
                return True
    return False


# '3 kk jälkeen', '6 kk päättymisen jälkeen', 'vuoden kuluttua', 'seurannassa'
FOLLOW_UP_COLUMN = re.compile(r"(?:\d+\s*(?:kk|kuukau\w*|vuo\w*)|puolen vuoden|vuoden)\s*(?:\w+\s+)?"
                              r"(?:jälkeen|päästä|kuluttua)|seuran(?:ta|nassa|nan)")


def follow_up_column(c: Candidate) -> bool:
    """'Tilanne | Päättyessä, hlöä | Päättyessä, % | 3 kk jälkeen, hlöä': a later follow-up's column."""
    return c.sentence.is_row and bool(FOLLOW_UP_COLUMN.search(column_header(c.sentence, c.start - c.sentence.start)))


PER_SLASH = ("päivä", "kuukausi", "kk", "viikko", "asiakas", "henkilö", "hlö", "osallistuja", "kerta")


def per_unit(c: Candidate) -> bool:
    """'Kustannukset asiakasta kohden olivat 3 390 euroa', 'Keskimäärin käyntejä / aukiolopäivä: 35': a
    figure per person or per day, or an average, not a fact of the project."""
    tokens = list(c.sentence.span)
    for j in range(max(0, c.first - 6), min(len(tokens), c.token_i + 6)):
        lemma = tokens[j].lemma_.casefold()
        if lemma in cues()["per_unit"] or (lemma == "kohti" and j and tokens[j - 1].pos_ == "NOUN" and
                                          tokens[j - 1].morph.get("Case") == ["Par"]):
            return True
        if tokens[j].lower_ == "yhden" and j + 2 < len(tokens) and tokens[j + 1].morph.get("Case") == ["Gen"] and \
                tokens[j + 2].lemma_.casefold().endswith(PRICE_WORDS):
            return True  # 'yhden työllistyneen hinta oli alle kahdeksantuhatta euroa'
        if tokens[j].text == "/" and j + 1 < len(tokens) and j + 1 != c.first and \
                tokens[j + 1].lemma_.casefold().endswith(PER_SLASH):
            return True
    after = [t.lower_ for t in tokens[c.token_i + 1:c.token_i + 3]]
    if after[:1] and after[0] in PER_TIME_AFTER or after[1:] and after[0].startswith("euro") and \
            after[1] in PER_TIME_AFTER:
        return True  # 'kuntalisää 250 euroa kuukaudessa'
    return any(ATTACHED_PER.search(t.text) for t in tokens[c.token_i:c.token_i + 2])  # '30–35 t€/v'


PRICE_WORDS = ("hinta", "kustannus", "kustannukset", "kulu", "kulut")
PER_TIME_AFTER = ("kuukaudessa", "tunnissa", "päivässä", "viikossa", "tunnilta", "kuukaudelta", "päivältä", "vuodessa")
ATTACHED_PER = re.compile(r"/(?:v|vuosi|vuodessa|kk|kuukausi|hlö|henkilö|asiakas|pv|päivä)$", re.IGNORECASE)


DIFFERENCE_VERBS = ("alittaa", "ylittää", "alittua", "ylittyä")


CHANGE_VERBS = ("laskea", "nousta", "kasvaa", "vähentyä", "vähetä", "lisääntyä", "pienentyä", "supistua",
                "kohota", "pudota", "alentua", "parantua", "heikentyä", "muuttua")


CHANGE_COLUMN = ("muutos", "erotus", "kasvu", "lasku", "ero ", "+/-", "±", "poikkeama")  # '… | Toteuma | Poikkeama'


def difference(c: Candidate) -> bool:
    """A difference, not a level: '34 000 euroa alle budjetin', '37 000 euroa arviota pienemmiksi',
    '412 vähemmän kuin vuotta aiemmin', 'alitti kustannusarvionsa 27 000 eurolla'."""
    if c.sentence.is_row and any(w in column_header(c.sentence, c.start - c.sentence.start) + " "
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
        if t.is_punct or t.like_num:
            break  # '211 eli 27 vähemmän kuin …': the difference is the other number's
    return False
