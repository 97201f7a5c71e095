"""Triage: only sentences that can hold a fact are parsed, and records do not change for it."""

from __future__ import annotations

import pytest

from extractor.extract import analyse, finish
from extractor.model import load_model
from extractor.read import read_document
from extractor.segment import segment
from extractor.triage import holds_facts, pieces

from conftest import ROOT


@pytest.mark.parametrize("text, expected", [
    ("Hanke alkoi hyvin. Asiakkaita oli paljon.", ["Hanke alkoi hyvin.", "Asiakkaita oli paljon."]),
    ("Mukana oli n. Kolmesataa asiakasta.", ["Mukana oli n. Kolmesataa asiakasta."]),
    ("Toimintaa oli esim. Kajaanissa. Se toimi.", ["Toimintaa oli esim. Kajaanissa.", "Se toimi."]),
    ("Hanke päättyi 31.12. Vuoden lopussa.", ["Hanke päättyi 31.12. Vuoden lopussa."]),
    ("Tulos on hyvä! Mitä seuraavaksi? Jatketaan.", ["Tulos on hyvä!", "Mitä seuraavaksi?", "Jatketaan."]),
    ("Ohjaaja J. Virtanen vastasi työstä.", ["Ohjaaja J. Virtanen vastasi työstä."]),
    ("vuonna 2015. Seuraavana vuonna jatkettiin.", ["vuonna 2015.", "Seuraavana vuonna jatkettiin."]),
])
def test_pieces_cut_cautiously(text, expected):
    assert [text[a:b] for a, b in pieces(text)] == expected


@pytest.mark.parametrize("text", [
    "Asiakkaita oli 30.",
    "Kolmelle asiakkaalle löytyi työpaikka.",  # an inflected number word
    "Puolet heistä työllistyi.",  # a fraction
    "Toimintaa järjestettiin Haapavedellä.",  # an inflected municipality
    "Toimintaa hallinnoi paikallinen yhdistys.",  # a role word
    "Työtä rahoitti valtio.",
    "Kymmeniä ihmisiä kävi tilaisuuksissa.",  # an approximate number word
])
def test_sentences_that_can_hold_facts(text):
    assert holds_facts(text)


@pytest.mark.parametrize("text", [
    "Asiakkaat kokivat toiminnan hyödylliseksi.",
    "Hanke paransi yhteistyötä eri toimijoiden kesken.",
    "Työotteen kehittäminen jatkuu myös tulevaisuudessa.",
])
def test_prose_without_facts_is_not_parsed(text):
    assert not holds_facts(text)


def test_unparsed_sentences_are_tokenised_only(nlp):
    text = ("Hanke sujui hyvin ja asiakkaat olivat tyytyväisiä. Hankkeeseen osallistui 120 asiakasta. "
            "Työote koettiin hyödylliseksi.")
    sentences = segment("Otsikko\n" * 12 + "\n" + text, nlp)  # past the title blocks, always parsed
    body = [s for s in sentences if "Otsikko" not in s.text]
    assert [s.text for s in body] == ["Hanke sujui hyvin ja asiakkaat olivat tyytyväisiä.",
                                      "Hankkeeseen osallistui 120 asiakasta.", "Työote koettiin hyödylliseksi."]
    assert [any(t.pos_ for t in s.span) for s in body] == [False, True, False]
    full = "Otsikko\n" * 12 + "\n" + text
    assert [full[s.start:s.end] for s in body] == [s.text for s in body]


def _record(path, triage: bool) -> dict:
    return finish(analyse(read_document(path), triage), load_model()).to_json()


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "corpora" / "sample").iterdir()
                                        if not p.name.endswith(".json")), ids=lambda p: p.name)
def test_triage_keeps_every_record(path, nlp):
    """Skipping the parse of fact-free sentences changes no value and no evidence."""
    assert _record(path, triage=True) == _record(path, triage=False)
