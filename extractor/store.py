"""All SQL: the SQLite schema (sqlite-utils) and idempotent, one-transaction writes per document."""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from extractor import __version__
from extractor.gazetteer import DATA
from extractor.records import Document, Evidence, Fact, Record
from extractor.views import ensure_views, index_document

EVIDENCE_COLUMNS = {"page": int, "char_start": int, "char_end": int, "sentence": str, "method": str,
                    "confidence": float}
ITEM_COLUMNS = {
    "money": {"kind": str, "eur": float, "eur_min": float, "eur_max": float, "share_pct": float},
    "participants": {"kind": str, "count": int, "approx": int, "qualifier": str},
    "outcomes": {"kind": str, "count": int, "percent": float, "base": int, "approx": int, "qualifier": str},
    "indicators": {"kind": str, "value": float, "date": str},
}
FTS_TABLES = {"documents": ["file_name", "text"], "money": ["sentence"], "participants": ["sentence"],
              "outcomes": ["sentence"], "indicators": ["sentence"]}


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (and create if needed) the database in WAL mode with every table and view in place."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    ensure_views(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Tables in one transaction; indexes and full-text search after it, each step idempotent, so a
    process killed while creating the schema leaves one the next run completes."""
    if "documents" not in db.table_names():
        _create_tables(db)
    for table in ("pages", "money", "participants", "outcomes", "indicators", "organisations",
                  "project_municipalities", "project_regions"):
        db[table].create_index(["document_id"], if_not_exists=True)
    db["evidence"].create_index(["table_name", "row_id"], if_not_exists=True)
    for table, columns in FTS_TABLES.items():
        db[table].enable_fts(columns, create_triggers=True, tokenize="unicode61 remove_diacritics 0",
                             replace=True)


def _create_tables(db: sqlite_utils.Database) -> None:
    """All tables and the reference data in one transaction."""
    fk = [("document_id", "documents", "id")]
    with db.atomic():
        db["documents"].create({"id": str, "path": str, "file_name": str, "format": str, "pages": int,
                                "chars": int, "text": str, "ocr": int, "ingested_at": str,
                                "extractor_version": str}, pk="id")
        db["pages"].create({"document_id": str, "page": int, "char_start": int, "char_end": int},
                           pk=("document_id", "page"), foreign_keys=fk)
        db["projects"].create({"document_id": str, "name": str, "code": str, "start_date": str, "end_date": str,
                               "name_sentence": str, "period_sentence": str, "period_page": int,
                               "name_confidence": float, "code_confidence": float,
                               "start_date_confidence": float, "end_date_confidence": float},
                              pk="document_id", foreign_keys=fk)
        for table, columns in ITEM_COLUMNS.items():
            db[table].create({"id": int, "document_id": str, **columns, **EVIDENCE_COLUMNS}, pk="id",
                             foreign_keys=fk)
        db["organisations"].create({"id": int, "document_id": str, "role": str, "name": str,
                                    **EVIDENCE_COLUMNS}, pk="id", foreign_keys=fk)
        db["project_municipalities"].create(
            {"id": int, "document_id": str, "municipality_code": str, "municipality": str, "region_code": str,
             "region": str, "name_in_text": str, **EVIDENCE_COLUMNS}, pk="id", foreign_keys=fk)
        db["project_regions"].create({"id": int, "document_id": str, "region": str, **EVIDENCE_COLUMNS},
                                     pk="id", foreign_keys=fk)
        db["evidence"].create({"id": int, "table_name": str, "row_id": int, "page": int, "char_start": int,
                               "char_end": int, "sentence": str}, pk="id")
        db["failures"].create({"id": int, "path": str, "sha256": str, "reason": str, "message": str,
                               "failed_at": str}, pk="id")
        _load_municipalities(db)


def _load_municipalities(db: sqlite_utils.Database) -> None:
    with open(DATA / "municipalities.csv", encoding="utf-8") as f:
        rows = [{**r, "lon": float(r["lon"]) if r["lon"] else None,
                 "lat": float(r["lat"]) if r["lat"] else None} for r in csv.DictReader(f)]
    db["municipalities"].insert_all(rows, pk="code")


def stored_version(db: sqlite_utils.Database, sha256: str) -> str | None:
    rows = list(db.query("select extractor_version from documents where id = ?", [sha256]))
    return rows[0]["extractor_version"] if rows else None


def store(db: sqlite_utils.Database, doc: Document, record: Record, version: str = __version__) -> None:
    """Replace everything known about this document (and older versions of its path) in one transaction
    (`db.atomic()`: sqlite-utils commits each statement on its own outside an open transaction)."""
    with db.atomic():
        old = [r["id"] for r in db.query("select id from documents where path = ? or id = ?",
                                         [doc.path, doc.sha256])]
        for doc_id in old:
            _delete_document(db, doc_id)
        db.execute("delete from failures where path = ?", [doc.path])
        db["documents"].insert({"id": doc.sha256, "path": doc.path, "file_name": doc.file_name,
                                "format": doc.format, "pages": len(doc.pages), "chars": len(doc.text),
                                "text": doc.text, "ocr": int(doc.ocr), "ingested_at": _now(),
                                "extractor_version": version})
        db["pages"].insert_all([{"document_id": doc.sha256, "page": p.number, "char_start": p.char_start,
                                 "char_end": p.char_end} for p in doc.pages])
        _insert_project(db, doc.sha256, record)
        for fact in record.facts:
            _insert_fact(db, doc.sha256, fact)
        index_document(db, doc.sha256)


def _delete_document(db: sqlite_utils.Database, doc_id: str) -> None:
    db.execute("delete from evidence_search where document_id = ?", [doc_id])
    for table in ("money", "participants", "outcomes", "indicators", "organisations",
                  "project_municipalities", "project_regions"):
        db.execute(f"delete from evidence where table_name = ? and row_id in "
                   f"(select id from [{table}] where document_id = ?)", [table, doc_id])
        db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
    db.execute("delete from projects where document_id = ?", [doc_id])
    db.execute("delete from pages where document_id = ?", [doc_id])
    db.execute("delete from documents where id = ?", [doc_id])


def _insert_project(db: sqlite_utils.Database, doc_id: str, record: Record) -> None:
    row: dict[str, Any] = {"document_id": doc_id}
    for name in ("name", "code", "start_date", "end_date"):
        facts = record.of("project", name)
        row[name] = facts[0].values["value"] if facts else None
        row[f"{name}_confidence"] = facts[0].confidence if facts else None
    names = record.of("project", "name")
    row["name_sentence"] = names[0].evidence[0].sentence if names else None
    period = record.of("project", "start_date") or record.of("project", "end_date")
    row["period_sentence"] = period[0].evidence[0].sentence if period else None
    row["period_page"] = period[0].evidence[0].page if period else None
    db["projects"].insert(row)


def _evidence_row(fact: Fact) -> dict[str, Any]:
    e = fact.evidence[0]
    return {"page": e.page, "char_start": e.char_start, "char_end": e.char_end, "sentence": e.sentence,
            "method": e.method, "confidence": fact.confidence}


def _insert_fact(db: sqlite_utils.Database, doc_id: str, fact: Fact) -> None:
    base = {"document_id": doc_id, **_evidence_row(fact)}
    if fact.group in ITEM_COLUMNS:
        table = fact.group
        values = {k: (int(v) if isinstance(v, bool) else v) for k, v in fact.values.items()
                  if k in ITEM_COLUMNS[table]}
        row = {**base, "kind": fact.kind, **values}
    elif fact.kind in ("implementers", "funders"):
        table, row = "organisations", {**base, "role": fact.kind[:-1], "name": fact.values["value"]}
    elif fact.kind == "municipalities":
        table = "project_municipalities"
        row = {**base, "municipality_code": fact.extra.get("code"), "municipality": fact.values["value"],
               "region_code": fact.extra.get("region_code"), "region": fact.extra.get("region"),
               "name_in_text": fact.extra.get("name_in_text")}
    elif fact.kind == "regions":
        table, row = "project_regions", {**base, "region": fact.values["value"]}
    else:
        return  # name, code and dates live in `projects`
    row_id = db[table].insert(row).last_pk
    _insert_more_evidence(db, table, row_id, fact.evidence[1:])


def _insert_more_evidence(db: sqlite_utils.Database, table: str, row_id: int, more: tuple[Evidence, ...]) -> None:
    if more:
        db["evidence"].insert_all([{"table_name": table, "row_id": row_id, "page": e.page,
                                    "char_start": e.char_start, "char_end": e.char_end, "sentence": e.sentence}
                                   for e in more])


def stored_path(db: sqlite_utils.Database, sha256: str) -> str | None:
    rows = list(db.query("select path from documents where id = ?", [sha256]))
    return rows[0]["path"] if rows else None


def move_document(db: sqlite_utils.Database, sha256: str, path: str, file_name: str) -> None:
    """A stored document found under a new path (moved or renamed): keep its rows, update the path."""
    with db.atomic():
        db.execute("update documents set path = ?, file_name = ? where id = ?", [path, file_name, sha256])


def record_failure(db: sqlite_utils.Database, path: str, reason: str, message: str,
                   sha256: str | None = None) -> None:
    """The latest failure of a path replaces earlier ones, so re-runs add no duplicates."""
    with db.atomic():
        db.execute("delete from failures where path = ?", [path])
        db["failures"].insert({"path": path, "sha256": sha256, "reason": reason, "message": message,
                               "failed_at": _now()})


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


REVIEW_SQL = """
select * from (
  select 'money' as table_name, m.id, d.file_name, m.kind,
         coalesce(cast(m.eur as text), m.eur_min || '-' || m.eur_max) as value, m.confidence, m.page, m.sentence
    from money m join documents d on d.id = m.document_id
  union all
  select 'participants', p.id, d.file_name, p.kind, cast(p.count as text), p.confidence, p.page, p.sentence
    from participants p join documents d on d.id = p.document_id
  union all
  select 'outcomes', o.id, d.file_name, o.kind,
         trim(coalesce(o.count, '') || ' ' || coalesce(o.percent || ' %', '')), o.confidence, o.page, o.sentence
    from outcomes o join documents d on d.id = o.document_id
  union all
  select 'indicators', i.id, d.file_name, i.kind, cast(i.value as text), i.confidence, i.page, i.sentence
    from indicators i join documents d on d.id = i.document_id
  union all
  select 'organisations', g.id, d.file_name, g.role, g.name, g.confidence, g.page, g.sentence
    from organisations g join documents d on d.id = g.document_id
  union all
  select 'project_municipalities', u.id, d.file_name, 'municipality', u.municipality, u.confidence, u.page, u.sentence
    from project_municipalities u join documents d on d.id = u.document_id
) where confidence < :below order by confidence, file_name
"""


def low_confidence(db: sqlite_utils.Database, below: float) -> list[dict[str, Any]]:
    """Stored values whose confidence is under `below`, least confident first: what to check first."""
    return list(db.query(REVIEW_SQL, {"below": below}))
