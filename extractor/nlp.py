"""The Finnish spaCy pipeline (with its Voikko lemmatizer) and direct Voikko analyses."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable

from spacy.language import Language

MODEL_NAME = "spacy_fi_experimental_web_md"
ON_DEMAND = ("ner",)  # a third of the parse time, read only where a place name may be a person's name


class PipelineError(RuntimeError):
    """The Finnish model or Voikko is not installed; `make setup` installs both."""


@lru_cache(maxsize=1)
def load_pipeline():
    """Load the Finnish pipeline once per process (never downloads anything)."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except (OSError, ImportError) as exc:
        raise PipelineError(f"cannot load the Finnish spaCy model {MODEL_NAME}: {exc}; "
                            "run `make setup`") from exc
    nlp.max_length = 5_000_000
    # colloquial contractions that are nouns in reports: 'Kosken' is the genitive of Koski ('Kosken Tl
    # kunta', 'kosken rannalla'), not 'koska en'
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k.casefold() not in NOUN_NOT_CONTRACTION}
    if "parser" in nlp.pipe_names and SENTENCE_ENDS not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_ENDS, before="parser")
    if "lemmatizer" in nlp.pipe_names and hasattr(nlp.get_pipe("lemmatizer"), "voikko"):
        lemmatizer = nlp.get_pipe("lemmatizer")
        lemmatizer.voikko = CachedAnalyses(lemmatizer.voikko)
    return nlp


NOUN_NOT_CONTRACTION = {"kosken", "kosket"}
SENTENCE_ENDS = "number_sentence_ends"
ORDINAL = re.compile(r"^\d{1,6}\.$")
NOT_BEFORE_END = ("CCONJ", "ADP")  # '… ja 3. Seuranta'; a word, so not ': 1. Kartoitus'


@Language.component(SENTENCE_ENDS)
def number_sentence_ends(doc):
    """'Naisia heistä oli 41. Lisäksi …': a number with its period, after a word and before a capital,
    ends a sentence (the tokenizer took it for an ordinal). Set before the parser, which keeps it."""
    for tok in doc[1:-1]:
        after, before = doc[tok.i + 1], doc[tok.i - 1]
        if ORDINAL.match(tok.text) and after.text[:1].isupper() and after.text[1:2].islower() and \
                before.is_alpha and before.pos_ not in NOT_BEFORE_END and "\n" not in before.whitespace_:
            tok.is_sent_start, after.is_sent_start = False, True
    return doc


class CachedAnalyses:
    """Voikko's `analyze` with a bounded cache (the lemmatizer asks for the same words again and
    again); each call gets fresh copies, because the lemmatizer edits the analysis it picks."""

    def __init__(self, voikko, size: int = 200_000):
        self.voikko, self.size, self.cache = voikko, size, {}

    def analyze(self, word: str) -> list[dict]:
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) >= self.size:
                self.cache.clear()
            found = self.cache[word] = self.voikko.analyze(word)
        return [dict(a) for a in found]


def parse(nlp, texts: Iterable[str], wants_entities: Callable[[Any], bool]) -> list:
    """The pipeline over `texts` in `nlp.pipe` batches; the entity recogniser runs only on the docs
    `wants_entities` picks (each doc is parsed on its own, so the others lose nothing)."""
    on_demand = [name for name in ON_DEMAND if name in nlp.pipe_names]
    docs = list(nlp.pipe(texts, disable=on_demand))
    picked = [i for i, doc in enumerate(docs) if wants_entities(doc)]
    for name in on_demand:
        for i, doc in zip(picked, nlp.get_pipe(name).pipe([docs[i] for i in picked])):
            docs[i] = doc
    return docs


@lru_cache(maxsize=1)
def voikko():
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except (OSError, ImportError, Exception) as exc:  # libvoikko raises plain Exception
        raise PipelineError(f"Voikko is not available ({exc}); install the Debian packages "
                            "libvoikko1 and voikko-fi (`make setup` does)") from exc


@lru_cache(maxsize=65536)
def baseforms(word: str) -> tuple[str, ...]:
    """All Voikko base forms of a word form ('Haapavedellä' -> ('Haapavesi',))."""
    forms = []
    for analysis in voikko().analyze(word):
        base = analysis.get("BASEFORM")
        if base and base not in forms:
            forms.append(base)
    return tuple(forms)


TEXT_WORD = re.compile(r"\w[\w-]*")


def text_baseforms(text: str, last: int | None = None) -> list[str]:
    """The casefolded Voikko base forms of the words of unparsed text (of its `last` words only)."""
    words = TEXT_WORD.findall(text)
    if last is not None:
        words = words[max(0, len(words) - last):]
    return [base.casefold() for word in words for base in baseforms(word)]


MIN_TAIL = 4  # the shortest last part of a compound worth looking up ('ilta' in 'rekryiltoja')


@lru_cache(maxsize=65536)
def compound_lemma(word: str, lemma: str) -> str:
    """The lemma, or for a compound Voikko does not know ('rekryiltoja'), its head and the base form of
    its longest known last part ('rekryilta')."""
    word = word.casefold()
    if lemma.casefold() != word or baseforms(word) or not word.isalpha():
        return lemma.casefold()
    for cut in range(1, len(word) - MIN_TAIL + 1):
        forms = baseforms(word[cut:])
        if forms:
            return word[:cut] + forms[0].casefold()
    return lemma.casefold()


def check_pipeline() -> None:
    """Fail loudly when the model or its Voikko lemmatizer does not work."""
    nlp = load_pipeline()
    lemmas = [t.lemma_ for t in nlp("Hanke toimi Haapavedellä ja Porissa.")]
    if "Haapavesi" not in lemmas or "Pori" not in baseforms("Porissa"):
        raise PipelineError(f"the Voikko lemmatizer does not work (lemmas: {lemmas})")
    print(f"ok: {MODEL_NAME} with Voikko lemmas {lemmas}")
