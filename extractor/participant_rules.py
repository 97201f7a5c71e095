"""The participant rules: clients of the service versus attendees of events, and counts of things."""

from __future__ import annotations

import re

from extractor.candidates import Candidate, column_header
from extractor.cue_match import (
    Label, clause_head, cues, label_tokens, own_clause, previous_sentence, token_lemma, verb_above
)
from extractor.mentions import PROJECT_NOUNS
from extractor.nlp import TEXT_WORD, baseforms, text_baseforms


def base_label(c: Candidate, head: str, flags: dict) -> Label | None:
    """A base of clients ('184 asiakkaasta') still counts the clients."""
    clients = cues()["participants"]["clients"]
    if c.unit is None and c.value == int(c.value) and any(head.endswith(n) for n in clients):
        return Label("participants", "clients", 0.6, features={"head": head, "joins": False}, **flags)
    return None


CAPACITY = ("mahtua", "kapasiteetti", "paikkamäärä", "enintään", "korkeintaan", "maksimi", "paikka", "varata",
            "kerrallaan")  # a caseload or a group at a time: "yhdellä valmentajalla oli kerrallaan korkeintaan 25"


SURVEY = ("vastata", "vastaaja", "haastatella", "haastateltu", "kysely", "palautekysely", "asiakaskysely", "asiakaspalautekysely", "vastanut")


AUDIENCE = ("seurata", "seuraaja", "tilata", "tilaaja")  # 'sivua seuraa 740 henkilöä', 'uutiskirjeen tilasi 520'


def registered(c: Candidate) -> bool:
    """'(ilmoittautuneita oli 71)', 'ilmoittautuneita 48, paikalle saapui 39': people who signed up for an
    event, not those who came."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.first - 3):c.first] + tokens[c.token_i + 1:c.token_i + 3]
    return any(t.lower_.startswith(("ilmoittautu", "ennakkoilmoittautu")) for t in near)  # the parser's lemma varies


VISITS = ("käynti", "käyntikerta", "osallistumiskerta")  # a drop-in's or a group's attendance, counted per visit


def visitor_visits(c: Candidate, head: str) -> bool:
    """'Kävijämäärä: 5 870 käyntiä': visits counted as the visitors' number (a bare 'käyntiä' is no
    count of people: 'tehtiin 240 käyntiä')."""
    if participations(c, head):
        return True  # '412 osallistumiskertaa' in the groups: each a person taking part
    return head == "käynti" and any(t.lemma_.casefold().startswith("kävijä") for t in c.sentence.span)


PARTICIPATIONS = ("osallistumiskerta", "käyntikerta")


def participations(c: Candidate, head: str) -> bool:
    """Times people took part: '412 osallistumiskertaa', 'Ryhmiin osallistuttiin … 1 240 kertaa'."""
    if head in PARTICIPATIONS:
        return True
    verb = verb_above(c.sentence.span[c.token_i])
    return head == "kerta" and verb is not None and verb.lemma_.casefold() == "osallistua"


def counts_visits(c: Candidate) -> bool:
    """'Käyntikertoja kirjattiin kaikkiaan 1 286', 'Kävijämäärä: 5 870 käyntiä': visits to a drop-in place
    are its attendance (but not home visits, 'kotikäynnit', which staff make)."""
    return any(t.lemma_.casefold() in VISITS or t.lower_.startswith("käyntiker") for t in c.sentence.span)


def survey_or_capacity(c: Candidate) -> bool:
    """Survey respondents, followers of a page or room for people in the number's clause: 'Kyselyyn
    vastasi 45', 'sivua seuraa 740 henkilöä', 'Tila oli varattu 120 hengelle', '80 hengen sali' (but not
    'mutta paikalla oli lähes 80 osallistujaa', who were there)."""
    tok = c.sentence.span[c.token_i]
    if tok.head.lemma_.casefold() in ("henki", "henkilö") and tok.head.morph.get("Case") == ["Gen"] and \
            tok.head.dep_ in ("nmod:poss", "amod") and tok.head.head.pos_ == "NOUN":
        return True  # '80 hengen sali', '20 henkilön ryhmä': the size of a room or a group
    clause = clause_head(tok)
    return any(clause_head(t) == clause for t in c.sentence.span
               if t.lemma_.casefold() in SURVEY + CAPACITY + AUDIENCE and not _on_site(t))


def _on_site(tok) -> bool:
    """'paikalla', 'paikan päällä': present, not room for people."""
    return tok.lemma_.casefold() == "paikka" and (tok.morph.get("Case") == ["Ade"] or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text.casefold() == "päällä"))


PEOPLE_COLUMN = ("osallistuj", "kävijö", "kävijä", "henkilö", "hlö", "vierailij", "henkeä", "yleisö", "kuulij")


def event_table_people(c: Candidate) -> bool:
    """'Tapahtuma | Osallistujia | Tapahtumia, kpl' + 'Rekrytointitapahtumat | n. 740 | 9': a number under
    a column of people in a table of events."""
    if not c.sentence.is_row or not c.sentence.columns:
        return False
    header = column_header(c.sentence, c.start - c.sentence.start)
    events = cues()["event_nouns"]
    if not any(p in header for p in PEOPLE_COLUMN):  # 'Taulukko 3. Tapahtumat' + 'Osallistujat yhteensä | 38 | 436'
        label = c.sentence.label.casefold()
        return any(p in label for p in PEOPLE_COLUMN) and \
            any(e in (c.sentence.caption + " " + c.sentence.columns[0]).casefold() for e in events)
    context = " ".join([c.sentence.caption, c.sentence.columns[0], c.sentence.label, c.sentence.heading]).casefold()
    return any(e in context for e in events)


# 'Niihin osallistui kaikkiaan 410 kävijää': visitors of events
VISITORS = ("kävijä", "kävijämäärä", "vierailija", "kuulija", "vieras") + VISITS


MIN_ATTENDEES = 10  # 'rekrytointitilaisuuksia järjestettiin neljä': a count of events, not of people


def group_split(c: Candidate) -> bool:
    """'Heistä ylivieskalaisia oli 121', 'Urjalalaisia asiakkaista on 61': a part of a group named before,
    or of the clients."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.first - 4):c.first]
    before = [t.lemma_.casefold() for t in tokens[max(0, c.token_i - 6):c.token_i]]
    words = [t.text.casefold() for t in tokens[max(0, c.token_i - 6):c.token_i]]
    return any(w in ("heistä", "joista", "näistä", "niistä") for w in words[-3:]) or \
        any(b in ("nainen", "mies") for b in before[-2:]) or \
        any(t.morph.get("Case") == ["Ela"] and _people(t.lemma_.casefold()) for t in near[:-1]) or \
        _age_group(tokens[max(0, c.first - 6):c.first])  # 'asiakkaista'; 'Alle 30-vuotiaiden asiakkaiden ryhmässä'


def _age_group(before) -> bool:
    """'Alle 30-vuotiaiden asiakkaiden ryhmässä (46 henkilöä)', 'yli 50-vuotiaita oli 21': people of an
    age band, a part of the clients (not the ages of a target-group definition, which are no counts)."""
    return any("vuotia" in t.text.casefold() and t.text[:1].isdigit() for t in before)


def additional_group(c: Candidate) -> bool:
    """'Lisäksi hankkeen ryhmätoimintaan osallistui 36 ...', 'Syksyllä aloitti lisäksi kaksi ryhmää, joissa oli
    14 osallistujaa': a group besides the clients counted before."""
    tokens = list(c.sentence.span)
    return any(t.lower_ == "lisäksi" for t in tokens[:c.first]) or _newcomers(c, tokens)


def _newcomers(c: Candidate, tokens) -> bool:
    """'Viimeisellä maksatuskaudella uusia osallistujia tuli yhdeksän': those new in a period are a part
    (not when the text calls them a total, 'uusia asiakkaita tuli kaikkiaan 240')."""
    verb = verb_above(tokens[c.token_i])
    if verb is None or any(t.lower_ in cues()["total_words"] for t in tokens):
        return False
    return any(t.lemma_.casefold() == "uusi" and t.dep_ == "amod" and t.head.head == verb and
               _people(t.head.lemma_.casefold()) for t in tokens)


def participation_verb(c: Candidate) -> bool:
    verbs = cues()["participant_verbs"]
    head = verb_above(c.sentence.span[c.token_i])  # '41 työnantajan edustajaa' hangs on the genitive
    return head is not None and head.pos_ == "VERB" and head.lemma_.casefold() in verbs and head.lemma_ != "olla"


JOIN_VERBS = ("osallistua", "ohjata", "ohjautua", "tavoittaa", "palvella", "ilmoittautua", "aloittaa",
              "tulla", "kohdata", "valmentaa", "asiakasmäärä", "asiakas", "asiakkuus", "asioida", "kulkea",
              "mukana")  # 'Mukana oli kaikkiaan 73 rautavaaralaista'


def joined(c: Candidate) -> bool:
    """The count is of people who joined: a joining verb or 'asiakkaita oli' in the clause."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.token_i - 6):c.token_i + 4]
    distinct = c.token_i + 1 < len(tokens) and tokens[c.token_i + 1].text.casefold() == "eri"  # '1 146 eri nuorta'
    verb = verb_above(tokens[c.token_i])
    return distinct or any(t.lemma_.casefold() in JOIN_VERBS for t in near) or \
        verb is not None and verb.lemma_.casefold() in JOIN_VERBS or \
        any(w in c.sentence.label.casefold() for w in ("asiak", "osallistuj"))


INFLOW_VERBS = ("ohjata", "ohjautua", "lähettää", "ilmoittautua")


COMMIT_VERBS = ("sitoutua", "aloittaa", "allekirjoittaa", "kirjautua")


DEFINE_VERBS = ("tarkoittaa", "laskea", "pitää", "lukea")


def partitioned(c: Candidate) -> bool:
    """'61 nuorta, joista 22 jatkoi koulutukseen': people whose later paths are counted are clients."""
    tokens = list(c.sentence.span)
    for j in range(c.token_i + 1, min(len(tokens), c.token_i + 6)):
        if tokens[j].text.casefold() in ("joista", "heistä") and any(u.like_num for u in tokens[j + 1:j + 3]):
            fragments = [f for v in cues()["outcomes"].values() for f in v]
            return any(f in u.lemma_.casefold() for u in tokens[j + 1:j + 8] for f in fragments)
    return False


def of_people(c: Candidate) -> bool:
    """'131 heistä sitoutui valmennukseen': a count of the people a pronoun stands for."""
    near = list(c.sentence.span)[max(0, c.first - 2):c.token_i + 3]
    return any(t.text.casefold() in ("heistä", "heitä", "he") for t in near)


def participants_row(c: Candidate) -> bool:
    """'Hankkeeseen osallistuneet | 78 | 49 | 127': a row label that is a participle of a joining verb."""
    tokens = list(c.sentence.span)
    return c.sentence.is_row and any(
        tokens[j].lemma_.casefold() in ("osallistua", "aloittaa", "ohjautua") and
        tokens[j].morph.get("VerbForm") == ["Part"] for j in label_tokens(c))


EXIT_VERBS = ("päättää", "lopettaa", "keskeyttää")


SERVICE_NOUNS = ("palvelu", "asiakkuus", "valmennus", "jakso", "hanke", "toiminta")


def exits(c: Candidate) -> bool:
    """'Palvelun päätti 96 asiakasta', 'valmennuksen keskeytti 14': people who finished or left."""
    tok = list(c.sentence.span)[c.token_i]
    verb = verb_above(tok)
    return verb is not None and verb.lemma_.casefold() in EXIT_VERBS and any(
        _finished_thing(ch) and ch is not tok.head and ch.lemma_.casefold().endswith(SERVICE_NOUNS)
        for ch in verb.children)


def _finished_thing(tok) -> bool:
    """The object of 'päättää'; the parser makes a fronted genitive object a subject ('Vuoden aikana
    pajajakson päätti 58 valmentautujaa')."""
    return tok.dep_ == "obj" or tok.dep_ == "nsubj" and "Gen" in tok.morph.get("Case")


BRANCH_NOUNS = ("toimipiste", "piste", "yksikkö", "toimipaikka", "sivutoimipiste")


def at_branch(c: Candidate) -> bool:
    """'Pihtiputaan toimipisteessä kävi 27 valmentautujaa': those at the branch of one named place are a
    part (not those at the project's own 'tukipiste')."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and any(
        ch.dep_ == "obl" and ch.lemma_.casefold().endswith(BRANCH_NOUNS) and
        set(ch.morph.get("Case")) & {"Ine", "Ade"} and
        any(o.dep_ == "nmod:poss" and o.text[:1].isupper() for o in ch.children) for ch in verb.children)


def counted_by_destination(c: Candidate) -> bool:
    """'19 henkilöä: 16 Monipalvelulle ja kolme muille työnantajille': a number whose noun is where people went
    (an allative or illative) counts those who went there, no people of its own."""
    tok = list(c.sentence.span)[c.token_i]
    return tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i and \
        bool(set(tok.head.morph.get("Case")) & {"All", "Ill"})


SHOP_NOUNS = ("myymälä", "kauppa", "kirpputori", "puoti", "kierrätyskeskus")
SHOP_VERBS = ("käydä", "asioida", "vierailla")


def shop_customers(c: Candidate) -> bool:
    """'Kierrätysmyymälässämme … kävi viime vuonna noin 18 000 asiakasta': a shop's customers, not people the
    project served."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() in SHOP_VERBS and any(
        ch.dep_ == "obl" and ch.lemma_.casefold().endswith(SHOP_NOUNS) and (
            set(ch.morph.get("Case")) & {"Ine", "Ade"} or re.search(r"(?:ss|ll)[aä](?:mme|nne|an|än|ni|si)?$", ch.text))
        for ch in verb.children)


ORIGIN_NOUNS = ("kylä", "kunta", "kaupunki", "alue", "osa", "taajama", "keskusta")


def from_place(c: Candidate) -> bool:
    """'Hetan ulkopuolisista kylistä tuli 29 asiakasta': those who came from some places are a part."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() == "tulla" and any(
        ch.dep_ == "obl" and ch.morph.get("Case") == ["Ela"] and (
            ch.lemma_.casefold().endswith(ORIGIN_NOUNS) or ch.pos_ == "PROPN") for ch in verb.children)


def in_someones_charge(c: Candidate) -> bool:
    """'sen työntekijöiden vastuulla oli kaikkiaan 142 asiakasta', 'Kotopolun vastuulla oli 142': those one
    body or worker had in charge are a part of the clients."""
    tok = list(c.sentence.span)[c.token_i]
    verb = verb_above(tok)
    heads = {tok.head, tok.head.head} | ({verb} | set(verb.children) if verb is not None else set())
    return any(h.lemma_.casefold() in CHARGE_NOUNS and h.morph.get("Case") == ["Ade"] and
               any(g.dep_ == "nmod:poss" for g in h.children) for h in heads)


CHARGE_NOUNS = ("vastuu", "hoito", "ohjaus")


def stays(c: Candidate) -> bool:
    """'Hankkeen päättyessä 18 valmentautujaa jatkoi pajalla': those still in service at the end, a part."""
    verb = verb_above(list(c.sentence.span)[c.token_i])
    return verb is not None and verb.lemma_.casefold() == "jatkaa"


RESTATING = ("eli", "(", ",", "mikä", "joka", "on", "oli")


def restated_share(c: Candidate) -> bool:
    """'teki 48 valmentautujaa eli 82,8 prosenttia jakson päättäneistä', '29 asiakasta (34 %)': a count
    restated as a share of a group is a part of that group (a whole would be 100 %)."""
    tokens = list(c.sentence.span)
    j = c.token_i + 1
    if j < len(tokens) and tokens[j] == tokens[c.token_i].head:
        j += 1
    skipped = 0
    while j < len(tokens) and tokens[j].lower_ in RESTATING and skipped < 3:
        j, skipped = j + 1, skipped + 1
    if j + 1 >= len(tokens) or not tokens[j].like_num or tokens[j + 1].lower_ not in ("%", "prosenttia"):
        return False
    try:
        return float(tokens[j].text.replace(",", ".")) < 100
    except ValueError:
        return False


STATUS_HEADERS = ("tilanne", "sijoittuminen", "jatkopolku")


def status_row(c: Candidate) -> bool:
    """'Työtön | 18 | 19' under 'Tilanne | Jakson päättyessä …': a row of a table of where people ended
    up is a status, not a count of participants (only its total row is)."""
    s = c.sentence
    return s.is_row and any(h in text.casefold() for h in STATUS_HEADERS for text in s.columns[:1] + (s.caption,))


def intake_kind(c: Candidate) -> str:
    """'inflow' for people referred to the project ('ohjasivat hankkeeseen 163 työnhakijaa'),
    'committed' for those who then started or whom the report defines as its clients ('heistä 117
    aloitti', 'tarkoitetaan näitä 131 henkilöä'), else ''."""
    tokens = list(c.sentence.span)
    tok = tokens[c.token_i]
    verb = verb_above(tok)
    lemma = verb.lemma_.casefold() if verb is not None else ""
    before = tokens[c.first - 1] if c.first > 0 else None
    demonstrative = before is not None and before.lemma_.casefold() == "tämä" and \
        before.morph.get("Number") == ["Plur"]
    if lemma in COMMIT_VERBS or demonstrative and lemma in DEFINE_VERBS:
        return "committed"
    return "inflow" if lemma in INFLOW_VERBS else ""


def inflow_before(c: Candidate) -> bool:
    """People were referred to the project earlier in the sentence or in the one before ('Hankkeeseen
    ohjattiin 231 henkilöä, joista 204 aloitti', '… ohjasivat hankkeeseen 186 henkilöä. Heistä 163 aloitti')."""
    before = previous_sentence(c)
    tokens = (list(before) if before is not None else []) + list(c.sentence.span)[:c.first]
    return any(t.lemma_.casefold() in INFLOW_VERBS for t in tokens)


def is_event(lemma: str) -> bool:
    """An event noun, or a compound ending in one ('rekrytointi-info', 'hyvinvointipäivä'); a bare
    'päivä' or a 'työpäivä' is a length of time."""
    lemma = lemma.casefold()
    return any(lemma.endswith(e) for e in cues()["event_nouns"]) and not lemma.endswith(NOT_EVENTS) or \
        any(lemma.endswith(e) and len(lemma) > len(e) + 2 and lemma[-len(e) - 1] in COMPOUND_SEAM
            for e in EVENT_COMPOUND_ENDS) and not lemma.endswith("työpäivä")


NOT_EVENTS = ("silta", "kilta")  # words that end in 'ilta' ('Työsilta' is a project, a bridge to work)
# what the first part of a compound ends in: 'työ|tori', 'naisten|päivä', 'koulutus|aamu'; not 'koordinaat|tori'
COMPOUND_SEAM = "aeiouyäö-ns"


# only in a compound: 'Hyvinvointipäivä 2016: n. 60 henkilöä', 'Työnhakutorstait: 64 osallistujaa', 'yrittäjäaamu'
EVENT_COMPOUND_ENDS = ("päivä", "aamu", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "kahvi",
                       "kahvit", "viikko", "tori")


def event_sentence(c: Candidate) -> bool:
    events = cues()["event_nouns"]
    lemmas = [token_lemma(t) for t in c.sentence.span if not _the_service(t)]
    return any(is_event(lemma) or lemma.startswith(tuple(events)) for lemma in lemmas) or \
        any(e in c.sentence.heading.casefold() for e in events) or refers_to_events(c)


EVENT_PEOPLE = ("osallistuja", "henki") + VISITORS  # counted at an event ('80 osallistujaa', '120 henkeä')


def after_event(c: Candidate, head: str) -> bool:
    """'Hankkeen päätöstilaisuus järjestettiin … . … paikalla oli lähes 80 osallistujaa': people counted
    right after a sentence about an event (its subject or object) are its attendees."""
    before = previous_sentence(c)
    if head not in EVENT_PEOPLE or before is None:
        return False
    return any(t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.head == before.root and is_event(token_lemma(t)) and
               not _the_service(t) for t in before)


def event_topic(c: Candidate) -> bool:
    """'- Yrittäjäfoorumi 2.2.2018, n. 40 hlöä': the sentence (a list item, a label) opens with an event."""
    first = next((t for t in c.sentence.span if t.pos_ in ("NOUN", "PROPN") and not t.like_num and
                  t.morph.get("Case") != ["Gen"]), None)  # 'Syksyn työnhakuviikko'; 'Järjestöjen … tori'
    return first is not None and first.i < c.sentence.span[c.token_i].i and is_event(token_lemma(first)) and \
        not _the_service(first)


def count_of_event(c: Candidate) -> bool:
    """'Kesätyörekryn osallistujamäärä oli 260': the number is the count ('-määrä') an event owns."""
    tok = c.sentence.span[c.token_i]
    for subject in (ch for t in (tok, tok.head) for ch in t.children if ch.dep_.startswith("nsubj")):
        if not token_lemma(subject).endswith("määrä"):
            continue
        owners = [ch for ch in subject.children if ch.dep_ == "nmod:poss"]
        if any(is_event(token_lemma(o)) or is_event(o.text.casefold().removesuffix("n")) for o in owners):
            return True
    return False


def refers_to_events(c: Candidate) -> bool:
    return any(is_event(lemma) for lemma in _antecedent_lemmas(c)) or _event_before_it(c)


def _event_before_it(c: Candidate) -> bool:
    """'Hankkeen päätösseminaari pidettiin …, ja siihen osallistui 85', '… järjesti yrittäjätorin, ja siellä kävi
    parisataa ihmistä': a singular pronoun (or 'there') of the number's clause standing for the subject or object
    of the clause it is joined to."""
    tok = c.sentence.span[c.token_i]
    anchors = {tok, verb_above(tok)} - {None}
    for pronoun in (t for t in c.sentence.span if (t.lemma_.casefold() == "se" and t.pos_ == "PRON" and
                    t.morph.get("Number") == ["Sing"] or t.lower_ in THERE) and t.head in anchors):
        verb = pronoun.head
        if verb.dep_ == "conj" and verb.head.i < pronoun.i:
            return any(ch.dep_ in ("nsubj", "nsubj:pass", "obj") and  # 'työ- ja yrittäjätorin': a conjunct
                       any(is_event(token_lemma(t)) for t in (ch, *ch.conjuncts)) for ch in verb.head.children)
    return False


THERE = ("siellä", "sinne", "paikalla", "paikalle")


ATTEND_VERBS = ("osallistua", "käydä", "vierailla", "tulla", "saapua", "kokoontua")


LOCATIVE_CASES = ("Ill", "Ine", "All", "Ade")


GATHER_VERBS = ("kerätä", "koota", "houkutella", "tavoittaa", "tuoda")  # an event as the subject


SERVICE_EVENTS = ("työpaja", "paja")  # 'Nuorten työpajaan tuli 96 nuorta': a workshop is a service too


def _the_service(tok) -> bool:
    """'Nuorten työpajaan tuli 96 nuorta': a workshop in the singular is the service itself, not an event
    (but a 'Työnhakutyöpaja' is one)."""
    return tok.lemma_.casefold() in SERVICE_EVENTS and tok.morph.get("Number") != ["Plur"]


def attends_event(c: Candidate) -> bool:
    """'Rekrytointi-infoihin, joita hanke järjesti, osallistui yli 200 kuntalaista', 'Joulumyyjäisissä
    vieraili lähes 300 ihmistä': the count's verb of attending has an event as its place."""
    tok = c.sentence.span[c.token_i]
    verb = verb_above(tok)
    if verb is None and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "VERB":
        verb = tok.doc[tok.i - 1]  # 'paikalle saapui 39.': the parser took the closing number for an ordinal
    if verb is not None and verb.lemma_.casefold() in GATHER_VERBS:  # 'aamukahvitilaisuus keräsi 26 yrittäjää'
        return any(ch.dep_ in ("nsubj", "obj") and ch.i < verb.i and ch != tok.head and is_event(token_lemma(ch)) and
                   not _the_service(ch) for ch in verb.children)  # the parser may take the subject for an object
    if verb is None or verb.lemma_.casefold() not in ATTEND_VERBS:
        return False
    places = [ch for ch in verb.children if ch.dep_ == "obl" and ch != tok.head]  # 'Kymmeneen työnhakuinfoon'
    if any(ch.lemma_.casefold() == "paikka" and ch.morph.get("Case") in (["All"], ["Ade"]) for ch in places):
        return event_sentence(c)  # 'CV-kuvauspäivä 5.3.2018: … paikalle saapui 39'
    if verb.dep_ == "acl:relcl":  # 'Työelämäpäivässä, jossa hankkeen pisteellä kävi noin 180 ihmistä'
        places = [verb.head if ch.morph.get("PronType") == ["Rel"] else ch for ch in places]
    places += [t for ch in places for t in ch.conjuncts]  # 'Avoimien ovien päiviin ja kolmeen … -tapahtumaan'
    return any(any(case in LOCATIVE_CASES for case in ch.morph.get("Case")) and is_event(token_lemma(ch)) and
               not _the_service(ch) for ch in places)


PRESENT_VERBS = ("kertoa", "esitellä", "esittää", "esittäytyä", "puhua", "alustaa", "vastaanottaa")
AWARD_WORDS = ("palkinto", "tunnustus", "palkintoraha", "kunniamaininta")
# words that make an event the project's own ('avoimien ovien päivä': an open house is hosted)
OWN_EVENT_WORDS = ("järjestää", "oma", "hanke", "päätösseminaari", "päätöstilaisuus", "ovi")
PASSIVE_ENDINGS = ("tiin", "taan", "tään")  # 'päätösseminaarissa esiteltiin': the project's own event
LOCATIVE_ENDINGS = ("ssa", "ssä", "lla", "llä")


def guest_event(c: Candidate) -> bool:
    """'kerroin kokemuksistamme … työllisyysseminaarissa, jossa oli yli 200 kuulijaa', 'Saimme …
    työllisyysfoorumissa … -tunnustuksen. … Foorumiin osallistui yli 300': an event where the project only
    spoke or was awarded is someone else's; its audience is not the project's attendance."""
    tokens = list(c.sentence.span)[:c.first]
    if _guest_venue([(t.text, token_lemma(t)) for t in tokens]) is not None or _project_presented_at(tokens):
        return True
    if ORGANISER_SAYS.search(c.sentence.text):
        return True  # '… messuilla Kiintopisteellä oli oma osasto; messuilla kävi järjestäjän mukaan yli 2 000 henkeä'
    for before in re.split(r"(?<=[.!?])\s+", c.sentence.before.strip()):  # the paragraph's sentences before
        venue = _guest_venue([(w, (baseforms(w) or (w,))[0].casefold()) for w in TEXT_WORD.findall(before)])
        if venue is not None and any(is_event(token_lemma(t)) and venue.endswith(token_lemma(t)) for t in tokens):
            return True  # the count's sentence names that event again: 'Foorumiin osallistui'
    return False


ORGANISER_SAYS = re.compile(r"\bjärjestäj(?:än|ien)\s+(?:mukaan|arvion|arvion mukaan|ilmoituksen)", re.IGNORECASE)


def _project_presented_at(tokens) -> bool:
    """'hankkeen kokemuksia esiteltiin Kotkassa … järjestetyssä Kymenlaakson työpajapäivässä', 'hanke esitteli
    toimintaansa Lapin TE-keskuksen Torniossa järjestämässä työllisyysseminaarissa': the project (or what it did)
    presented at an event that is not its own."""
    for verb in tokens:
        if token_lemma(verb) not in PRESENT_VERBS:
            continue
        presented = [ch for ch in verb.children if ch.dep_ in ("obj", "nsubj")]
        if not any(token_lemma(p).endswith(PROJECT_NOUNS) or any(
                g.dep_ == "nmod:poss" and token_lemma(g).endswith(PROJECT_NOUNS) for g in p.children)
                for p in presented):
            continue
        for event in (ch for ch in verb.children if ch.dep_ == "obl" and is_event(token_lemma(ch))):
            owned = [token_lemma(t) for t in event.subtree if t.i < event.i]
            if any(case in ("Ine", "Ade") for case in event.morph.get("Case")) and \
                    token_lemma(event) not in OWN_EVENT_WORDS and \
                    not any(w in OWN_EVENT_WORDS[1:] or w.endswith(PROJECT_NOUNS) for w in owned):
                return True  # not 'hankkeen päätösseminaarissa', 'omassa tilaisuudessa'
    return False


def _guest_venue(words: list[tuple[str, str]]) -> str | None:
    """The lemma of an event the words' speaker spoke at or was awarded at, or None. `words` are
    (word, lemma) pairs."""
    lemmas = [lemma for _, lemma in words]
    if any(lemma in OWN_EVENT_WORDS for lemma in lemmas):
        return None
    spoke = any(lemma in PRESENT_VERBS and not word.casefold().endswith(PASSIVE_ENDINGS) or lemma == "palkita" or
                lemma == "saada" and any(a.endswith(AWARD_WORDS) for a in lemmas) for word, lemma in words)
    venue = next((lemma for word, lemma in words if is_event(lemma) and word.casefold().endswith(LOCATIVE_ENDINGS)),
                 None)
    return venue if spoke else None


ANTECEDENT_REACH = 30  # tokens back from a plural pronoun to the nouns it may stand for


def _antecedent_lemmas(c: Candidate) -> list[str]:
    """'Hanke järjesti neljä messua. Niihin osallistui 560 henkeä' or '11 yrittäjäiltaa. Niiden
    osallistujamäärä oli 186': the lemmas before a plural demonstrative or relative pronoun (in its
    paragraph), which it may refer to."""
    span = c.sentence.span
    tok = span[c.token_i]
    anchors = {tok, verb_above(tok)} - {None}  # a dependent of the number's verb, or of what it counts
    pronoun = next((t for t in span if t.pos_ == "PRON" and t.lemma_.casefold() in ("se", "ne", "joka") and
                    t.morph.get("Number") == ["Plur"] and (t.head in anchors or t.dep_ == "nmod:poss" and
                                                           t.head.head in anchors)), None)  # 'Niiden osallistujamäärä'
    if pronoun is None:
        return []
    lemmas = [token_lemma(t) for t in span.doc[max(0, pronoun.i - ANTECEDENT_REACH):pronoun.i]]
    if pronoun.i < ANTECEDENT_REACH:  # the paragraph before the sentence, parsed apart from it
        lemmas = text_baseforms(c.sentence.before, last=ANTECEDENT_REACH - pronoun.i) + lemmas
    return lemmas


def counts_events(c: Candidate, head: str) -> bool:
    """'Infotilaisuuksia järjestettiin kaikkiaan 12': the number's verb has an event as its object or
    subject, and the number counts no people of its own: a count of events; 'Tilaisuus | Kertaa |
    Osallistujia' + 'Työnhakuinfot | 14 | 203': the times, beside a column of people."""
    header = column_header(c.sentence, c.start - c.sentence.start) if c.sentence.is_row else ""
    if any(w in TIMES_COLUMNS for w in re.findall(r"\w+", header)) and not any(p in header for p in PEOPLE_COLUMN) \
            and any(p in column.casefold() for column in c.sentence.columns for p in PEOPLE_COLUMN):
        return True  # 'Tilaisuuksia (kpl) | Osallistujia' too
    if c.sentence.is_row and any(w in TIMES_COLUMNS for w in re.findall(r"\w+", c.sentence.label.casefold())) and \
            any(is_event(token_lemma(c.sentence.span[j])) for j in label_tokens(c)):
        return True  # 'Tapahtumat, kpl | 2 | 21'
    if head and not is_event(head):
        return False
    tok = c.sentence.span[c.token_i]
    if own_clause(tok):  # 'Tapahtumia oli 41': the copula clause's subject is what is counted
        return any(ch.dep_ == "nsubj:cop" and is_event(token_lemma(ch)) and not _the_service(ch) for ch in tok.children)
    verb = verb_above(tok)
    return verb is not None and any(ch.dep_ in ("obj", "nsubj", "nsubj:pass") and is_event(token_lemma(ch))
                                    for ch in verb.children)


TIMES_COLUMNS = ("kertaa", "krt", "kpl", "tilaisuuksia", "tapahtumia", "kerrat", "lukumäärä")
ORGANISE_VERBS = ("järjestää", "pitää", "toteuttaa", "tehdä", "solmia", "laatia")


def counts_things(c: Candidate, head: str) -> bool:
    """'Lyhytkoulutuksia järjestettiin 14', 'tehtiin yhteensä 61 työkokeilusopimusta': the number counts
    what was organised or made (its verb's object), not people."""
    if head and _people(head):
        return False
    tok = c.sentence.span[c.token_i]
    verb = verb_above(tok)
    if verb is None or verb.lemma_.casefold() not in ORGANISE_VERBS or own_clause(tok):
        return False
    counted = [ch for ch in verb.children if ch.dep_ in ("obj", "nsubj:pass", "nsubj") and ch.pos_ == "NOUN" and
               not _people(ch.lemma_.casefold()) and (ch == tok.head or ch.i < tok.i)]
    if counted and all(token_lemma(ch) in PLACEMENTS for ch in counted) and \
            not any(t.i > tok.i and t.pos_ == "NUM" for t in c.sentence.span):
        return False  # 'Työkokeiluja tehtiin kolmisenkymmentä': one placement is one person's, unless people follow
    return bool(counted)


# one placement is one person's: not 'työkokeilusopimus', nor '… toteutettiin 27, ja niihin osallistui 23'
PLACEMENTS = ("työkokeilu", "työkokeilujakso")


SERVICES_RECEIVED = ("ohjaus", "tuki", "valmennus", "neuvonta", "palvelu", "sparraus")


def receives_service(c: Candidate) -> bool:
    """'Henkilökohtaista työnhakuohjausta … sai 83 kävijää', 'Yksilöllistä tukea saaneita | 52': people
    who got a service of their own are clients, even when called visitors."""
    tok = c.sentence.span[c.token_i]
    verb = next((ch for ch in tok.head.children if ch.dep_ == "acl" and ch.lemma_.casefold() == "saada"), None) \
        or verb_above(tok)
    if verb is None or verb.lemma_.casefold() != "saada":
        return False
    return any(t.i < verb.i and t.pos_ == "NOUN" and t.morph.get("Case") == ["Par"] and
               token_lemma(t).endswith(SERVICES_RECEIVED) for t in c.sentence.span)


def comparison_group(c: Candidate) -> bool:
    """'Vertailuryhmänä käytettiin 112:ta ylöjärveläistä asiakasta': a comparison group did not take part."""
    return any(token_lemma(t).startswith(("vertailuryhmä", "verrokki")) for t in c.sentence.span)


def in_service(c: Candidate) -> bool:
    """'Kylätyöpajoissa ja niihin liittyvässä yksilövalmennuksessa oli … 139 työnhakijaa': people counted as
    being in a personal service (a locative before the number) are its clients, whatever events stand beside it."""
    return any(t.morph.get("Case") in (["Ine"], ["Ill"], ["Ade"]) and t.pos_ == "NOUN" and
               token_lemma(t).endswith(SERVICES_RECEIVED) for t in list(c.sentence.span)[:c.first])


DISTINCT_REACH = 3


def distinct_people(c: Candidate) -> bool:
    """'eri henkilöitä oli 209', '209 eri asiakasta': different persons, not client relationships or visits
    (one person can be a client twice)."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.first - DISTINCT_REACH):c.first] + tokens[c.token_i + 1:c.token_i + 1 + DISTINCT_REACH]
    return any(t.lower_ == "eri" and t.i + 1 < len(t.doc) and _people(t.doc[t.i + 1].lemma_.casefold())
               for t in near)


def _people(lemma: str) -> bool:
    return any(lemma.endswith(p) for p in cues()["participants"]["clients"])


POINTERS_BACK = ("nämä", "näitä", "näistä", "ne", "niitä", "he", "heitä", "tämä", "tätä")


def disowned_as_clients(c: Candidate) -> bool:
    """'… kävi yhteensä noin 410 kyläläistä katsomassa. Nämä kävijät eivät tietenkään ole hankkeen asiakkaita',
    'tavoitti noin 240 nuorta. Näitä kohtaamisia ei ole laskettu pajan asiakasmäärään': the next sentence
    points back and says they are no clients."""
    after = re.split(r"(?<=[.!?])\s+", c.sentence.after.strip(), maxsplit=1)[0]
    words = re.findall(r"\w+", after.casefold())
    return any(w in POINTERS_BACK for w in words[:3]) and any(w in NEGATIONS for w in words) and \
        any(w.startswith("asiakas") or w.startswith("asiakkai") for w in words)


NEGATIONS = ("ei", "eivät", "eikä", "eivätkä")
