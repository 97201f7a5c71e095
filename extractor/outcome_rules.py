"""The outcome rules: where the clients went, and the figures that only look like outcomes."""

from __future__ import annotations

import re

from extractor.candidates import Candidate, column_header
from extractor.cue_match import cue_distance_score, cues, is_cue, previous_sentence, token_forms, verb_above
from extractor.mentions import PROJECT_NOUNS
from extractor.participant_rules import is_event


# 'Työllistyneistä kaksi kolmasosaa sai paikan avoimilta työmarkkinoilta': an elative names the group
# the count is taken from, or where people came from, never where they went
OUTCOME_SKIP_CASES = ("Ela",)


REACH_VERBS = ("tavoittaa", "kohdata", "palvella", "saavuttaa")


def reaching_agents(c: Candidate) -> frozenset[int]:
    """Positions (in the sentence) of the subject that acts on the counted people: 'Tämä etsivä työ
    tavoitti noin 240 nuorta' - the work reached them, they did not go to work."""
    tok = c.sentence.span[c.token_i]
    counted = tok.head if tok.dep_ == "nummod" else tok
    if counted.dep_ != "obj" or counted.head.lemma_.casefold() not in REACH_VERBS:
        return frozenset()  # the parser often swaps subject and object ('Opinnot aloitti 14 asiakasta')
    start = c.sentence.span.start
    return frozenset(t.i - start for ch in counted.head.children if ch.dep_ == "nsubj" for t in ch.subtree
                     if start <= t.i < c.sentence.span.end)


SPECIFIC_RATIO = 0.6  # 'palkkatuella on työllistynyt 14': the specific kind when it is nearly as near


OPEN_MARKET_WORDS = ("työmarkkin", "markkinoil", "tukemat")  # 'tukematon työ'; 'ilman tukea' by WITHOUT_SUPPORT


def names_open_market(c: Candidate, *texts: str) -> bool:
    """The sentence (or the label or header given) speaks of the open labour market: 'avoimille työmarkkinoille',
    'tukematon työ', 'ilman (mitään) tukea'."""
    tokens = list(c.sentence.span)
    return any(w in text.casefold() for w in OPEN_MARKET_WORDS for text in (c.sentence.text,) + texts) or \
        any(is_cue(tokens, j, WITHOUT_SUPPORT) for j, t in enumerate(tokens) if t.lower_ == "ilman")


WITHOUT_SUPPORT = ("ilman tuki", "ilman palkkatu")


def refine_outcome(c: Candidate, kind: str, scores: dict[str, float]) -> str:
    """'avoimille työmarkkinoille' needs 'työmarkkina'; 'eläkeselvittely' is not a pension."""
    text = c.sentence.text.casefold()
    if kind == "employed_open_market" and not names_open_market(c):
        kind = "employed" if scores["employed"] >= 0.3 else kind
    if kind == "pension" and scores["rehabilitation"] >= scores["pension"] - 0.05 and "eläkeselvit" in text:
        kind = "rehabilitation"
    if kind == "rehabilitation" and scores["pension"] >= 0.3 and "eläkeselvit" in text and _pension_reached(c):
        kind = "pension"  # 'eläkeselvittely päättyi työkyvyttömyyseläkkeeseen
    if kind == "services_other" and scores["employed"] >= 0.3:
        kind = "employed"
    if kind in ("employed_open_market", "employed_subsidised") and (_either_kind(c) or _included_kind(c, kind)) \
            and (scores["employed"] >= 0.3 or c.sentence.is_row or _summed(list(c.sentence.span))):
        kind = "employed"  # 'Työllistyneet (avoin + palkkatuki)', 'Työ (ml. palkkatuki) | 58'
    if kind == "employed":  # '412 työllistyi avoimille työmarkkinoille': the specific kind, if as near
        specific = max(("employed_open_market", "employed_subsidised"), key=lambda k: scores[k])
        both = _either_kind(c) or _included_kind(c, specific)
        if scores[specific] >= 0.3 and scores[specific] >= SPECIFIC_RATIO * scores["employed"] and not both and \
                not _sums_figures_before(c):
            kind = specific  # not 'työllistyi joko avoimille työmarkkinoille tai palkkatuella'
        elif _trial_of_work_life(c, scores):
            kind = "work_trial"

    return kind


EMPLOYMENT_WORDS = ("työllisty", "työpaik", "työsuhde", "työsuhtee", "työssä", "töihin", "töissä")


def _trial_of_work_life(c: Candidate, scores: dict[str, float]) -> bool:
    """'19 osallistujaa kokeili työelämää työkokeilussa': working life tried in a work trial, with no word
    of a job or of being employed in the sentence, is a work trial. Work that is tried ('kokeili alan töitä')
    and a job that dates the trial ('ennen varsinaista työsuhdetta') are no such word."""
    span = c.sentence.span
    dating = time_phrase_tokens(c)
    return scores["work_trial"] >= max(0.3, SPECIFIC_RATIO * scores["employed"]) and not any(
        (t.lemma_.casefold().startswith(EMPLOYMENT_WORDS) or t.lower_.startswith(EMPLOYMENT_WORDS)) and
        t.i - span.start not in dating and not (t.dep_ == "obj" and t.head.lemma_.casefold() in TRYING_VERBS)
        for t in span)


TRYING_VERBS = ("kokeilla", "testata", "harjoitella")


COMPARISON = ("vertailu", "valtakunnallisesti", "vastaava")


def is_comparison(c: Candidate) -> bool:
    """A benchmark figure: a comparison group, other projects, the whole country, or work outside the
    project ('työllisti 86 palkkatuettua työntekijää hankkeiden ulkopuolella')."""
    return any(t.lemma_.casefold().startswith(COMPARISON) or t.lower_.startswith("ulkopuol") and
               t.head.lemma_.casefold().endswith(("hanke", "projekti", "kokeilu")) for t in c.sentence.span)


def _either_kind(c: Candidate) -> bool:
    """'työllistyi joko avoimille työmarkkinoille tai palkkatuella', 'Työllistyneet (avoin + palkkatuki)':
    both specific kinds together, with no number between them, or one of them after 'joko … tai'."""
    tokens = list(c.sentence.span)
    outcome_cues = cues()["outcomes"]
    open_market = [j for j in range(len(tokens)) if is_cue(tokens, j, outcome_cues["employed_open_market"])]
    subsidised = [j for j in range(len(tokens)) if is_cue(tokens, j, outcome_cues["employed_subsidised"])]
    # a row label names one group; so do kinds 'laskettu yhteen' ('Kun avoimet työmarkkinat ja palkkatuki
    # lasketaan yhteen, 41 asiakasta eli 28,7 prosenttia työllistyi')
    joiners = ("tai", "+", "/") + (("ja", "sekä") if c.sentence.is_row or _summed(tokens) else ())
    if any(t.lower_ == "joko" and any(u.lower_ == "tai" for u in tokens[j + 1:j + 8]) and
           any(j < k < j + 4 for k in open_market + subsidised) for j, t in enumerate(tokens)):
        return True  # 'joko avoimille työmarkkinoille tai tuettuun työhön': either, whatever the other is called
    return any(0 < abs(a - b) <= 6 and any(t.lemma_ in joiners for t in tokens[min(a, b):max(a, b)])
               and not any(t.like_num for t in tokens[min(a, b):max(a, b)])
               for a in open_market for b in subsidised)


SUM_WORDS = ("yhteensä", "kaikkiaan")


def _sums_figures_before(c: Candidate) -> bool:
    """'kahdeksalle löytyi työpaikka avoimilta työmarkkinoilta ja 17 siirtyi palkkatukityöhön, joten
    työllistyneitä oli yhteensä 25': a total just after figures of both specific kinds adds them up."""
    tokens = list(c.sentence.span)
    near = tokens[max(0, c.first - 3):c.first] + tokens[c.token_i + 1:c.token_i + 2]
    before = range(max(0, c.first - 3))
    outcome_cues = cues()["outcomes"]
    return any(t.lower_ in SUM_WORDS for t in near) and any(tokens[j].like_num or tokens[j].pos_ == "NUM"
                                                            for j in before) and \
        all(any(is_cue(tokens, j, outcome_cues[kind]) for j in before)
            for kind in ("employed_open_market", "employed_subsidised"))


def _summed(tokens) -> bool:
    """'lasketaan yhteen', 'yhteen laskettuna', 'yhteenlaskettuna': the kinds named are added up."""
    return any(t.lower_ == "yhteen" and any(u.lemma_.casefold() == "laskea" for u in tokens[max(0, j - 2):j + 3])
               or t.lower_.startswith("yhteenlasket") for j, t in enumerate(tokens))


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


def _pension_reached(c: Candidate, own: bool = True) -> bool:
    """A pension as the destination ('eläkkeelle', '... päättyi eläkkeeseen'), not only a process; `own`:
    this number's, not another's ('käynnistettiin viidelle, ja heistä kolme jäi eläkkeelle')."""
    tokens = list(c.sentence.span)

    def other_number_between(j: int) -> bool:
        lo, hi = sorted((c.token_i, j))
        return any((t.like_num or t.pos_ == "NUM") and not (c.first <= k <= c.token_i)
                   for k, t in enumerate(tokens[lo + 1:hi], lo + 1))
    return any("eläke" in t.lemma_.casefold() and "selvit" not in t.lemma_.casefold() and
               t.morph.get("Case") in (["Ill"], ["All"]) and other_number_between(j) != own
               for j, t in enumerate(tokens))


def pension_inquiry_group(c: Candidate, kind: str) -> bool:
    """'Yhdeksän asiakkaan kohdalla käynnistettiin eläkeselvittely, ja neljä heistä jäi eläkkeelle': those
    whose pension was looked into are the group the pensions are counted from, no outcome of their own."""
    if kind != "rehabilitation" or "eläkeselvit" not in c.sentence.text.casefold():
        return False
    others = [f for f in cues()["outcomes"]["rehabilitation"] if f != "eläkeselvit"]
    return cue_distance_score(c, others, set()) < 0.3 and _pension_reached(c, own=False) and not _pension_reached(c)


OWN_SERVICE_HOLDERS = ("hanke", "kokeilu", "projekti", "ohjaamo", "keskus", "työpaja")


def own_services(c: Candidate) -> bool:
    """'Hankkeen palveluihin': the project's own services (joining them is not an outcome)."""
    tokens = list(c.sentence.span)
    return any(a.lemma_.casefold().endswith(OWN_SERVICE_HOLDERS) and b.lemma_.casefold() == "palvelu" and
               not a.lemma_.casefold().startswith(CARE_FIELDS) for a, b in zip(tokens, tokens[1:]))


def own_training(c: Candidate) -> bool:
    """'Hankkeen koulutuksiin osallistui 68 henkilöä': the project's own courses are its service, not studies
    its clients went on to."""
    tokens = list(c.sentence.span)
    return any(a.lemma_.casefold().endswith(PROJECT_NOUNS) and a.morph.get("Case") == ["Gen"] and
               b.lemma_.casefold().startswith("koulutu") for a, b in zip(tokens, tokens[1:]))


COMPLETING = ("suorittaa", "valmistua")
MOVING_ON = ("aloittaa", "siirtyä", "hakeutua", "jatkaa", "ohjautua", "päästä", "hakea")


def completed_qualification(c: Candidate) -> bool:
    """'Koko tutkinnon ehti suorittaa hankeaikana yksitoista osallistujaa', 'Suoritetut tutkinnon osat | Koko
    tutkinto': qualifications completed in the project's training are no move into studies."""
    if c.sentence.is_row:
        header = column_header(c.sentence, c.start - c.sentence.start)
        columns = " ".join(c.sentence.columns).casefold()
        return "tutkin" in header and ("suorite" in columns or "koko tutkin" in header)
    lemmas = [t.lemma_.casefold() for t in c.sentence.span]
    return any(lemma.endswith("tutkinto") for lemma in lemmas) and any(v in lemmas for v in COMPLETING) and \
        not any(v in lemmas for v in MOVING_ON)


CARE_FIELDS = ("terveys", "sosiaali", "kuntoutus", "mielenterveys", "päihde")  # 'terveyskeskuksen palvelut'


BREAKDOWN_REACH = 3  # tokens from a count to the colon that opens its breakdown ('seitsemän asiakasta:')


ELLIPSIS = re.compile(r"\b([^\W\d_]+)-\s+(?:tai|ja|sekä)\s+([^\W\d_]+)")  # 'Työ- tai koulutuspaikan'


def lumped(c: Candidate, kind: str) -> bool:
    """'Työ- tai koulutuspaikan sai siis yhteensä 55 osallistujaa': the figure's words, their shared part
    restored ('työpaikan tai koulutuspaikan'), name two kinds; the sum gives way to each kind's own figure."""
    before = c.sentence.text[:c.start - c.sentence.start]
    for m in ELLIPSIS.finditer(before):
        first, second = m[1].casefold(), m[2].casefold()
        others = [f for k, frags in cues()["outcomes"].items() if k != kind and
                  not (k in EMPLOYED_KINDS and kind in EMPLOYED_KINDS) for f in frags
                  if " " not in f and not f.startswith("=")]
        if any(f.startswith(first) and f in first + second[i:] for i in range(1, len(second) - 2) for f in others):
            return True
    return False


EMPLOYED_KINDS = ("employed", "employed_open_market", "employed_subsidised")  # one family, no lump


def subcount(c: Candidate, blockers: set[int]) -> bool:
    """'Opintoihin siirtyi 14 asiakasta, joista viisi oppisopimuksella', 'Opiskelemaan lähti yhteensä
    seitsemän: viisi ammatillisiin opintoihin …', 'Avoimille työmarkkinoille työllistyneistä yhdeksästä
    henkilöstä kuusi sai vakituisen työsuhteen': a part of an earlier count."""
    tokens = list(c.sentence.span)
    words = [t.text.casefold() for t in tokens[max(0, c.first - 2):c.first]]
    earlier = [b for b in blockers if b < c.first - 1]
    breakdown = any(tokens[k].text == ":" and any(0 < k - b <= BREAKDOWN_REACH for b in earlier)
                    for k in range(c.first))  # a count, a colon, and its parts
    shared = bool(earlier) and any(t.text.casefold() in SHARE_OUT_WORDS for t in tokens[min(earlier) + 1:c.first])
    counted_group = c.first > 1 and tokens[c.first - 1].morph.get("Case") == ["Ela"] and \
        (tokens[c.first - 2].like_num or tokens[c.first - 2].pos_ == "NUM") and \
        tokens[c.first - 2].morph.get("Case") == ["Ela"]
    earlier += [c.first - 2] if counted_group else []  # '… yhdeksästä henkilöstä kuusi' (no rival as a place's)
    if not (breakdown or shared or counted_group or any(w in ("joista", "heistä", "näistä") for w in words)) or \
            not earlier:
        return False  # shared: 'Kuusi aloitti opinnot, useimmat Rovaniemellä ja kaksi monimuoto-opintoina
    outcome_cues = [f for fragments in cues()["outcomes"].values() for f in fragments]
    return any(is_cue(tokens, j, outcome_cues) for j in range(0, c.first - 1))  # not '236 asiakasta, joista 64'


SHARE_OUT_WORDS = ("useimmat", "valtaosa", "enemmistö", "loput", "osa")  # how a count is shared out


TIME_POSTPOSITIONS = ("jälkeen", "ennen", "aikana", "kuluessa", "myötä")


CASE_OF_SCORE = 0.65  # above a cue two words away ('eläkeselvittely' of 'neljän kohdalla eläkeselvittely päättyi …')


def case_of_kinds(c: Candidate) -> dict[str, float]:
    """'Kolmen asiakkaan kohdalla jatkopoluksi muodostui eläke', 'neljän kohdalla eläkeselvittely päättyi
    eläkkeeseen', 'Kuuden osallistujan kohdalla jatkopolku oli kuntouttava työtoiminta': in the case of N people,
    the copula's predicate, the clause's subject or where it ended names the outcome."""
    tokens = list(c.sentence.span)
    tok = tokens[c.token_i]
    holder = tok.head if tok.dep_ == "nummod" else tok
    at = holder if holder.lower_ == "kohdalla" else holder.head if holder.head.lower_ == "kohdalla" else None
    if at is None or tok.morph.get("Case") != ["Gen"]:
        return {}
    start = c.sentence.span.start
    exclude = cues()["outcome_exclude"]
    if any(t.dep_ == "cop" for t in at.head.children):  # 'jatkopolku oli kuntouttava työtoiminta': the predicate
        predicate = [at.head.i - start] + [t.i - start for t in at.head.children if t.dep_ in ("amod", "acl")]
        kinds = {k: CASE_OF_SCORE for k, v in cues()["outcomes"].items()
                 if any(is_cue(tokens, j, v, tuple(exclude.get(k, ()))) for j in predicate)}
        if kinds:
            return kinds
    ends = [t.i - start for t in at.head.children if t.i != at.i and
            (t.dep_.startswith("nsubj") or t.dep_ == "obl" and t.morph.get("Case") == ["Ill"])]
    return {k: CASE_OF_SCORE for k, v in cues()["outcomes"].items()
            if any(is_cue(tokens, j, v, tuple(exclude.get(k, ()))) for j in ends)}


def time_phrase_tokens(c: Candidate) -> frozenset[int]:
    """'terveystarkastusten jälkeen 15 asiakasta ohjattiin …': a phrase that dates the event names no
    kind of outcome (positions in the sentence)."""
    span = c.sentence.span
    out = set()
    for t in span:
        case = [ch.i for ch in t.children if ch.dep_ == "case" and ch.lemma_.casefold() in TIME_POSTPOSITIONS]
        if case or t.lemma_.casefold() == "aika" and t.morph.get("Case") == ["Ess"]:  # 'hankkeen aikana'
            end = max([t.i, *case])  # the phrase ends at its head or postposition: not 'sen jälkeen: 20 avoimille …'
            out.update(u.i - span.start for u in t.subtree if span.start <= u.i < span.end and u.i <= end)
    return frozenset(out)


EXAMPLE_MARKERS = ("esim", "esim.", "esimerkiksi", "kuten")  # not 'mm.': 'muun muassa' lists, it names


def example_tokens(c: Candidate) -> frozenset[int]:
    """'muihin palveluihin, kuten TE-toimiston koulutuksiin, siirtyi 33', 'Muu palvelu (esim.
    kotoutumiskoulutus)': the words after 'kuten' or 'esim.', up to the next comma, bracket or number,
    illustrate the kind named before them; they name no kind of their own."""
    tokens = list(c.sentence.span)
    out = set()
    for i, t in enumerate(tokens):
        if t.text.casefold() not in EXAMPLE_MARKERS:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].text not in (",", ")", ";", "|") and not tokens[j].like_num:
            out.add(j)
            j += 1
    return frozenset(out)


def group_definition_tokens(c: Candidate) -> frozenset[int]:
    """'Kaksi ammatillisen kuntoutuksen aloittanutta jatkoi … opintoihin', '12 työkokeilussa ollutta asiakasta':
    a participle the count is, or that modifies the counted noun, tells which people are counted (an
    earlier outcome), not where they went (positions in the sentence, the number's own excluded)."""
    span = c.sentence.span
    tok = span[c.token_i]
    counted = tok.head if tok.dep_ == "nummod" else tok
    if counted.i != tok.i and counted.dep_ not in ("nsubj", "obj", "nsubj:pass"):
        return frozenset()  # '19 palkkatuettuun työhön' counts no people the participle defines
    participles = [counted] if counted.i != tok.i and _participle_like(counted) else []
    participles += [ch for ch in counted.children if ch.dep_ in ("amod", "acl") and ch.i != tok.i
                    and _participle_like(ch)]
    before = span[c.first - 1] if c.first > 0 else None  # 'Työkokeilun päättäneet 14 asiakasta'
    if before is not None and before.morph.get("VerbForm") == ["Part"] and \
            before.morph.get("Case") in (["Nom"], ["Par"]) and not _predicate(before, tok):
        participles.append(before)
    out = set()
    for p in participles:
        if p is counted:  # the participle and its words, not the number
            words = [p] + [u for ch in p.children if ch.i != tok.i and ch.dep_ not in ("nummod", "det")
                           for u in ch.subtree]
        else:
            words = list(p.subtree)
        out.update(u.i - span.start for u in words if span.start <= u.i < span.end)
    out.discard(c.token_i)
    return frozenset(out)


def _predicate(part, tok) -> bool:
    """'on ohjattu 37 henkilöä': a participle with an auxiliary, or above the number, is the clause's verb."""
    above = tok
    while above.head.i != above.i:
        above = above.head
        if above.i == part.i:
            return True
    return any(ch.dep_ in ("aux", "aux:pass", "cop") for ch in part.children)


PAST_ACTIVE_PARTICIPLE = ("nut", "nyt", "lut", "lyt", "rut", "ryt", "sut", "syt")  # 'aloittanut', 'tullut'


def _participle_like(tok) -> bool:
    """A participle, also one the tagger read as a noun ('aloittanutta' with the lemma 'aloittanut')."""
    return tok.morph.get("VerbForm") == ["Part"] or \
        tok.pos_ in ("NOUN", "ADJ") and tok.lemma_.casefold().endswith(PAST_ACTIVE_PARTICIPLE)


BESIDES = ("lisäksi", "ohella")  # 'Työpaikan lisäksi 14 pajalaista on aloittanut ammatilliset opinnot'


def besides_tokens(c: Candidate) -> frozenset[int]:
    """What a count comes in addition to ('X:n lisäksi') names no kind of it (positions in the sentence)."""
    span = c.sentence.span
    return frozenset(u.i - span.start for t in span
                     if any(ch.dep_ == "case" and ch.lemma_.casefold() in BESIDES for ch in t.children)
                     for u in t.subtree if span.start <= u.i < span.end)


def without_tokens(c: Candidate) -> frozenset[int]:
    """'joiden palvelu päättyi ilman työ- tai opiskelupaikkaa, puolet ohjattiin jatkopalveluihin': what
    people were without (the partitive phrase after 'ilman') names no outcome; 'ilman tukea avoimille
    työmarkkinoille' still names the open labour market, through 'ilman' itself and the words after."""
    tokens = list(c.sentence.span)
    out = set()
    for i, t in enumerate(tokens):
        if t.text.casefold() != "ilman":
            continue
        seen = False  # the phrase ends at the first word after its partitive head(s)
        for j in range(i + 1, min(len(tokens), i + 8)):
            u = tokens[j]
            partitive = u.pos_ in ("NOUN", "PROPN", "ADJ") and u.morph.get("Case") == ["Par"]
            before_head = not seen and (u.text == "-" or u.pos_ == "NOUN")  # 'työ- tai opiskelupaikkaa'
            if c.first <= j <= c.token_i or not (partitive or u.pos_ == "CCONJ" or before_head):
                break
            out.add(j)
            seen = seen or partitive
    # 'on ollut työttä yli vuoden': without work, in the abessive (the tagger may read it as a partitive)
    out |= {i for i, t in enumerate(tokens) if t.lower_ in WITHOUT_WORK}
    return frozenset(out)


WITHOUT_WORK = ("työttä", "töittä")


NAME_REACH = 5  # words of a name before its '-hanke'


def project_name_tokens(c: Candidate) -> frozenset[int]:
    """'Työn Siemen -hankkeeseen saatiin mukaan 46', 'Saaren työmarkkinat -tapahtuma': the words of a
    project's or an event's name before its cut '-hanke' or '-tapahtuma' name no outcome ('Työn' is no work)."""
    tokens = list(c.sentence.span)
    out = set()
    for k, t in enumerate(tokens[:-1]):
        cut = t.text in ("-", "–") and not t.whitespace_
        named = tokens[k + 1].lemma_.casefold()
        if not cut or not (named.startswith(PROJECT_NOUNS) or is_event(named)):
            continue
        words, named = [], False  # back to the name's first, capitalised word: 'Maalta töihin', 'Työn Siemen'
        for j in range(k - 1, max(-1, k - 1 - NAME_REACH), -1):
            capital = tokens[j].text[:1].isupper() or tokens[j].text in ('"', "”", "»")
            if c.first <= j <= c.token_i or tokens[j].is_punct and not capital or tokens[j].pos_ in ("VERB", "AUX") \
                    or named and not capital:
                break  # past the name's first word: 'Kolmen vuoden aikana | Maalta töihin'
            words.append(j)
            if capital:
                out.update(words)
                named = True
    return frozenset(out)


# words for people beyond the cue lists: agents ('-ja'), inhabitants ('-lainen'), states ('työtön', 'työllistynyt')
PERSON_ENDINGS = ("ja", "jä", "lainen", "läinen", "tön", "ton", "nut", "nyt", "ttava", "ttävä", "nuori", "aikuinen",
                  "ihminen", "henki", "hlö", "hlöä", "mies", "nainen", "lapsi", "opiskelija")
NOT_THINGS = ("prosentti", "työ", "työpaikka")  # 'Heistä 47 eli 29,7 prosenttia', '33 palkkatuettua työtä'


def counts_things_not_people(c: Candidate) -> bool:
    """'naputeltiin kuusikymmentä linnunpönttöä koulun pihaan', '132 työpaikkailmoitusta jaettiin': the
    number counts a thing (the partitive noun it modifies), not people who reached an outcome."""
    tok = c.sentence.span[c.token_i]
    head = tok.head
    if head.morph.get("Case") == ["Gen"] and head.dep_.startswith("nmod") and head.head.i == head.i + 1:
        head = head.head  # '64 tutkinnon osaa': the parser hangs the number on the genitive before the counted noun
    if c.unit is not None or tok.dep_ != "nummod" or head.pos_ != "NOUN" or head.morph.get("Case") != ["Par"]:
        return False
    lemma = head.lemma_.casefold()
    people = tuple(cues()["participants"]["clients"]) + tuple(cues()["participants"]["attendees"])
    inhabitant = head.text.casefold().endswith(INHABITANT_PARTITIVES)  # 'pajalaista', however it is lemmatised
    return not lemma.endswith(people + PERSON_ENDINGS) and lemma not in NOT_THINGS and not inhabitant


INHABITANT_PARTITIVES = ("laista", "läistä", "laisia", "läisiä")


DESTINATION_SCORE = 0.6  # as strong as a cue two words from the number, however long the phrase
DESTINATION_CASES = (["Ill"], ["All"], ["Tra"])  # where people went: 'palveluihin', 'työmarkkinoille', 'asiakkaaksi'
OTHER_SERVICE_HEADS = ("palvelu", "asiakkuus", "asiakas")  # 'mielenterveystoimiston palveluihin'
PROJECT_WORDS = ("hanke", "kokeilu", "projekti", "kunta", "kaupunki")  # not 'keskus': 'terveyskeskuksen palveluihin'
COUNT_LINKS = ("nummod", "nsubj", "obj", "obl", "nsubj:cop")


def _destination_words(places: list) -> list[str]:
    """The lemmas of the places the number's verb sends people to ('Muihin työllistymistä edistäviin
    palveluihin … siirtyi 31 asiakasta' -> 'muu palvelu', 'työllistyminen edistää', …): each word and
    each word with the word it modifies, so a cue split by modifiers is still read as one phrase."""
    words = []
    for place, phrase in places:
        for t in phrase:
            words.append(t.lemma_.casefold())
            words.append(t.text.casefold())
            if t is not place:
                words.append(t.lemma_.casefold() + " " + t.head.lemma_.casefold())
                words.append(t.text.casefold() + " " + t.head.text.casefold())  # 'palvelujen piiriin'
    return words


def destination_places(c: Candidate, blockers: set[int], skip: frozenset[int] = frozenset()) -> list:
    """(place, its words) for each place the number's verb sends people to. A place nearer to another
    number of the clause is that number's ('eteni 44 ja kuntouttavaan työtoimintaan 26', 'työllistyi 22,
    joista 9 avoimille työmarkkinoille')."""
    span = c.sentence.span
    tok = span[c.token_i]
    while tok.dep_ in COUNT_LINKS and (tok.pos_ not in ("VERB", "AUX") or _nominal_participle(tok)) and \
            tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ != "VERB":
        return []
    out = []
    for place in tok.children:
        if not (place.dep_.startswith("obl") or place.dep_ == "xcomp") or \
                place.morph.get("Case") not in DESTINATION_CASES or \
                place.i - span.start == c.token_i:
            continue
        phrase = [t for t in place.subtree if t.i - span.start not in skip and not any(
            a.dep_ == "appos" for a in _path_up(t, place))]  # not the examples in an apposition
        if not phrase:
            continue
        lo, hi = min(t.i for t in phrase) - span.start, max(t.i for t in phrase) - span.start
        if any(_gap(b, b, lo, hi) <= _gap(c.first, c.token_i, lo, hi) for b in blockers):
            continue
        out.append((place, phrase))
    return out


def _nominal_participle(tok) -> bool:
    """'yksitoista valmennettavaa saatettiin …': a participle counted as a noun, not the clause's verb."""
    return tok.morph.get("VerbForm") == ["Part"] and tok.dep_ in ("obj", "nsubj", "nsubj:pass") and \
        tok.i != tok.head.i


def _gap(first: int, last: int, lo: int, hi: int) -> int:
    """Tokens between a number (first..last) and a phrase (lo..hi)."""
    return lo - last if last < lo else first - hi if first > hi else 0


def _path_up(t, top) -> list:
    """The tokens from t up to (not including) top."""
    out = []
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def destination_kinds(c: Candidate, blockers: set[int], skip: frozenset[int] = frozenset()) -> dict[str, float]:
    """Outcome kinds named by where the number's verb sends people, scored DESTINATION_SCORE."""
    places = destination_places(c, blockers, skip)
    words = _destination_words(places)
    if not words:
        return {}
    exclude = cues()["outcome_exclude"]
    out = {}
    for kind, fragments in cues()["outcomes"].items():
        banned = exclude.get(kind, ())
        if any(any(x in w for x in banned) for w in words):
            continue
        if any((f[1:] == w if f.startswith("=") else f in w) for f in fragments for w in words):
            out[kind] = DESTINATION_SCORE
    if any(_other_services(place) for place, _ in places):
        out["services_other"] = DESTINATION_SCORE
    return out


def _other_services(place) -> bool:
    """'terveyskeskuksen, A-klinikan tai mielenterveystoimiston palveluihin', 'sosiaalityön asiakkaaksi':
    the services of, or a client relation with, a kind of service named by a common noun (not a project
    named by its own name, 'Työkaistan palveluihin', nor the municipalities of a pilot)."""
    if not place.lemma_.casefold().endswith(OTHER_SERVICE_HEADS):
        return False
    owners = [ch for ch in place.children if ch.dep_ == "nmod:poss" and ch.pos_ == "NOUN"]
    return any((o.text[:1].islower() or o.i == o.sent.start and o.lemma_.casefold().endswith(SERVICE_SECTORS))
               and not o.lemma_.casefold().endswith(PROJECT_WORDS) for o in owners)  # 'Sosiaalityön asiakkuuteen'


SERVICE_SECTORS = ("työ", "palvelu", "toimisto", "keskus", "klinikka", "huolto", "hoito")


WORD = re.compile(r"[^\W\d_]+")
REFERRING_PRONOUNS = ("se", "ne", "joka", "tämä")
CORE_ARGUMENTS = ("nsubj", "nsubj:pass", "obj", "nsubj:cop")
LOCATIVES = ("Ine", "Ill", "Ade", "All")  # 'kokeilussa', 'kokeiluun'
PLACEMENT_KINDS = ("work_trial", "rehabilitative_work", "employed_subsidised")  # what people take part in
REFERENCE_SCORE = 0.5


def referred_kinds(c: Candidate) -> dict[str, float]:
    """A placement the number's verb refers back to: 'Työkokeiluja toteutettiin 27, ja niihin osallistui
    23 henkilöä', 'Työkokeilu osoittautui toimivaksi: sen teki 23 asiakasta' (a pronoun for the subject or
    object named before), 'Työkokeilu on ollut hyvä porras. Kokeilussa on ollut 33 asiakasta' (a clipped
    compound, read in the paragraph's text, parsed or not). Only placements: people who took part in a
    course the project held are no outcome."""
    span = c.sentence.span
    tok = span[c.token_i]
    verb = verb_above(tok)
    top = tok
    while top.head.i != top.i and top.pos_ not in ("VERB", "AUX"):
        top = top.head
    refs = list(verb.children) if verb is not None else []
    if verb is None and top.pos_ == "NOUN" and any(ch.dep_ == "cop" for ch in top.children):
        refs = list(top.children) + [top]  # 'Kokeilussa on ollut 33 asiakasta': the place is the predicate
    out = {}
    for ref in refs:
        if ref.i != tok.i and ref != tok.head:
            forms = _antecedent_forms(c, ref)
            out.update({kind: REFERENCE_SCORE for kind in PLACEMENT_KINDS
                        if any(f in form for f in cues()["outcomes"][kind] for form in forms)})
    return out


def _antecedent_forms(c: Candidate, ref) -> tuple[str, ...]:
    """The lemma and surface of what a pronoun stands for (the last subject or object before it, in the
    same number), or the word a clipped locative noun shortens ('kokeilussa' <- 'Työkokeilu'); () if none."""
    lemma = ref.lemma_.casefold()
    if ref.pos_ == "PRON" and lemma in REFERRING_PRONOUNS:
        before = previous_sentence(c)
        named = [t for t in (list(before) if before is not None else []) + list(c.sentence.span)
                 if t.pos_ == "NOUN" and t.i < ref.i and t.dep_ in CORE_ARGUMENTS and
                 t.morph.get("Number") == ref.morph.get("Number")]
        return token_forms(named[-1]) if named else ()
    if ref.pos_ == "NOUN" and (ref.dep_.startswith("obl") or ref.dep_ == "ROOT") and \
            any(case in LOCATIVES for case in ref.morph.get("Case")):
        words = [w.casefold() for w in WORD.findall(c.sentence.before + " " + ref.doc.text[:ref.idx])]
        named = [w for w in words if lemma in w[3:]]  # the compound it clips, however inflected
        return (named[-1],) if named else ()
    return ()
