"""Storage: one transaction per document, idempotent re-ingest, replacement, failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from extractor.ingest import ingest

ITEM_TABLES = ("money", "participants", "outcomes", "indicators", "organisations", "project_municipalities")


def counts(db_path: Path) -> dict[str, int]:
    db = sqlite_utils.Database(db_path)
    return {t: db[t].count for t in ("documents", "projects", "pages", *ITEM_TABLES, "failures")}


def test_ingest_stores_rows_with_evidence(populated_db: Path):
    db = sqlite_utils.Database(populated_db)
    doc = next(db["documents"].rows)
    assert doc["format"] == "pdf" and doc["pages"] == 3 and len(doc["id"]) == 64
    for row in db["money"].rows:
        assert doc["text"][row["char_start"]:row["char_end"]] in row["sentence"]
        assert row["page"] == 3
    assert {r["municipality"] for r in db["project_municipalities"].rows} >= {"Iisalmi"}
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_bad_file_is_recorded_and_batch_goes_on(populated_db: Path):
    db = sqlite_utils.Database(populated_db)
    failures = list(db["failures"].rows)
    assert [(Path(f["path"]).name, f["reason"]) for f in failures] == [("empty.txt", "empty")]
    assert db["documents"].count == 1


def test_same_file_again_changes_nothing(tmp_path: Path, report_pdf: Path):
    db = tmp_path / "r.db"
    first = ingest([report_pdf], db, echo=lambda _: None)
    before = counts(db)
    again = ingest([report_pdf], db, echo=lambda _: None)
    assert first.processed == 1 and again.unchanged == 1 and again.processed == 0
    assert counts(db) == before


def test_changed_file_replaces_its_rows(tmp_path: Path):
    path = tmp_path / "tiedote.txt"
    path.write_text("Hankkeeseen osallistui 120 asiakasta Porissa. Heistä 30 työllistyi.", encoding="utf-8")
    db = tmp_path / "r.db"
    ingest([path], db, echo=lambda _: None)
    path.write_text("Hankkeeseen osallistui 140 asiakasta Porissa. Heistä 35 työllistyi.", encoding="utf-8")
    ingest([path], db, echo=lambda _: None)
    rows = sqlite_utils.Database(db)
    assert rows["documents"].count == 1
    assert [r["count"] for r in rows["participants"].rows] == [140]


def test_moved_file_is_recognised_by_hash(tmp_path: Path, report_pdf: Path):
    db = tmp_path / "r.db"
    ingest([report_pdf], db, echo=lambda _: None)
    moved = tmp_path / "moved" / "renamed.pdf"
    moved.parent.mkdir()
    shutil.copy(report_pdf, moved)
    summary = ingest([moved], db, echo=lambda _: None)
    assert summary.unchanged == 1 and counts(db)["documents"] == 1


def test_full_text_search_over_documents_and_evidence(populated_db: Path):
    db = sqlite_utils.Database(populated_db)
    assert len(list(db["documents"].search("kokonaiskustannukset"))) == 1
    assert len(list(db["money"].search("kokonaiskustannukset"))) >= 1


def test_reference_municipalities_shipped(populated_db: Path):
    db = sqlite_utils.Database(populated_db)
    row = db["municipalities"].get("140")
    assert row["name_fi"] == "Iisalmi" and row["region"] == "Pohjois-Savo"


def test_a_document_is_stored_in_one_transaction(tmp_path: Path):
    """A write that fails half-way (a value SQLite cannot bind) leaves nothing of the document."""
    from extractor.records import Document, Evidence, Fact, Page, Record
    from extractor.store import open_db, store

    db = open_db(tmp_path / "r.db")
    doc = Document("r.txt", "r.txt", "txt", "ab" * 32, "Hankkeeseen osallistui 120 asiakasta.", (Page(1, 0, 37),))
    evidence = (Evidence(1, 23, 26, doc.text, "rule:participants"),)
    good = Fact("participants", "clients", {"count": 120}, evidence)
    bad = Fact("outcomes", "employed", {"count": object()}, evidence)
    with pytest.raises(Exception):
        store(db, doc, Record("r.txt", (good, bad)))
    assert counts(tmp_path / "r.db") == dict.fromkeys(counts(tmp_path / "r.db"), 0)
