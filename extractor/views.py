"""Comparison views and the lemma search index that Datasette publishes (SQL as module constants).

`ensure_views` (re)creates every view, so an old database gets the current definitions;
`index_document` fills `evidence_search` with each evidence sentence and its Voikko base forms,
so that a search for `asiakas` also finds a sentence that only says `asiakkaista`.
"""

from __future__ import annotations

import re

import sqlite_utils

from extractor.nlp import baseforms

EMPLOYED_KINDS = ("employed", "employed_open_market", "employed_subsidised")

# One row per project. An outcome given only as a percentage gets a count derived from
# percent x base (or the project's clients when no base is given), marked *_derived = 1.
PROJECT_SUMMARY = """
CREATE VIEW project_summary AS
WITH base AS (
  SELECT p.document_id, p.name, p.code, d.file_name, p.start_date, p.end_date,
    (SELECT group_concat(municipality, ', ') FROM (SELECT DISTINCT municipality FROM project_municipalities m
       WHERE m.document_id = p.document_id ORDER BY municipality)) AS municipalities,
    (SELECT group_concat(region, ', ') FROM (SELECT region FROM project_municipalities m
       WHERE m.document_id = p.document_id AND region IS NOT NULL
       UNION SELECT region FROM project_regions r WHERE r.document_id = p.document_id)) AS region,
    (SELECT eur FROM money m WHERE m.document_id = p.document_id AND kind = 'total_cost' AND eur IS NOT NULL
       ORDER BY id LIMIT 1) AS total_cost,
    (SELECT coalesce(eur, (eur_min + eur_max) / 2.0) FROM money m WHERE m.document_id = p.document_id
       AND kind = 'budget' AND coalesce(eur, eur_min + eur_max) IS NOT NULL ORDER BY id LIMIT 1) AS budget,
    (SELECT eur FROM money m WHERE m.document_id = p.document_id AND kind = 'public_funding'
       AND eur IS NOT NULL ORDER BY id LIMIT 1) AS public_funding,
    (SELECT count FROM participants c WHERE c.document_id = p.document_id AND kind = 'clients'
       AND count IS NOT NULL ORDER BY id LIMIT 1) AS clients
  FROM projects p JOIN documents d ON d.id = p.document_id
),
outcome_counts AS (
  SELECT o.document_id, o.kind, o.percent,
    coalesce(o.count, CAST(round(o.percent * coalesce(o.base, b.clients) / 100.0) AS INTEGER)) AS n,
    CASE WHEN o.count IS NOT NULL THEN 0
         WHEN o.percent IS NOT NULL AND coalesce(o.base, b.clients) IS NOT NULL THEN 1 END AS derived
  FROM outcomes o JOIN base b ON b.document_id = o.document_id
),
per_project AS (
  SELECT document_id,
    max(CASE WHEN kind = 'employed' THEN n END) AS total_n,
    max(CASE WHEN kind = 'employed' THEN derived END) AS total_derived,
    max(CASE WHEN kind = 'employed' THEN percent END) AS total_percent,
    sum(CASE WHEN kind IN ('employed_open_market', 'employed_subsidised') THEN n END) AS parts_n,
    max(CASE WHEN kind IN ('employed_open_market', 'employed_subsidised') THEN derived END) AS parts_derived,
    max(CASE WHEN kind = 'education' THEN n END) AS education,
    max(CASE WHEN kind = 'education' THEN derived END) AS education_derived
  FROM outcome_counts GROUP BY document_id
),
joined AS (
  SELECT b.document_id, b.name, b.code, b.file_name, b.municipalities, b.region, b.start_date, b.end_date,
    CAST(substr(b.end_date, 1, 4) AS INTEGER) * 12
      + CASE WHEN length(b.end_date) >= 7 THEN CAST(substr(b.end_date, 6, 2) AS INTEGER) ELSE 12 END
      - CAST(substr(b.start_date, 1, 4) AS INTEGER) * 12
      - CASE WHEN length(b.start_date) >= 7 THEN CAST(substr(b.start_date, 6, 2) AS INTEGER) ELSE 1 END
      + 1 AS months,
    coalesce(b.total_cost, b.budget) AS cost,
    CASE WHEN b.total_cost IS NOT NULL THEN 'total_cost' WHEN b.budget IS NOT NULL THEN 'budget' END
      AS cost_kind,
    b.public_funding, b.clients,
    coalesce(e.total_n, e.parts_n) AS employed,
    CASE WHEN e.total_n IS NOT NULL THEN e.total_derived ELSE e.parts_derived END AS employed_derived,
    e.total_percent, e.education, e.education_derived
  FROM base b LEFT JOIN per_project e ON e.document_id = b.document_id
)
SELECT document_id, name, code, file_name, municipalities, region, start_date, end_date,
  CASE WHEN start_date IS NOT NULL AND end_date IS NOT NULL THEN months END AS months,
  cost, cost_kind, public_funding, clients, employed, employed_derived,
  coalesce(total_percent, round(100.0 * employed / nullif(clients, 0), 1)) AS employed_percent,
  education, education_derived,
  round(cost / nullif(clients, 0), 2) AS cost_per_client,
  round(cost / nullif(employed, 0), 2) AS cost_per_employed
FROM joined
"""

# A project is counted in every municipality (region) it names, with its whole figures.
# Rates use only projects that give both numbers, so a missing value never lowers a rate.
_COMPARISON_COLUMNS = """
  count(DISTINCT s.document_id) AS projects,
  sum(s.clients) AS clients,
  sum(s.employed) AS employed,
  max(s.employed_derived) AS employed_derived,
  sum(s.cost) AS cost,
  sum(s.public_funding) AS public_funding,
  round(100.0 * sum(CASE WHEN s.clients > 0 THEN s.employed END)
        / nullif(sum(CASE WHEN s.employed IS NOT NULL THEN s.clients END), 0), 1) AS employed_percent,
  round(sum(CASE WHEN s.clients > 0 THEN s.cost END)
        / nullif(sum(CASE WHEN s.cost IS NOT NULL THEN s.clients END), 0), 2) AS cost_per_client,
  round(sum(CASE WHEN s.employed > 0 THEN s.cost END)
        / nullif(sum(CASE WHEN s.cost IS NOT NULL THEN s.employed END), 0), 2) AS cost_per_employed
"""

MUNICIPALITY_COMPARISON = f"""
CREATE VIEW municipality_comparison AS
SELECT m.municipality_code, m.municipality, m.region, {_COMPARISON_COLUMNS},
  r.lat AS latitude, r.lon AS longitude
FROM (SELECT DISTINCT document_id, municipality_code, municipality, region FROM project_municipalities) m
JOIN project_summary s ON s.document_id = m.document_id
LEFT JOIN municipalities r ON r.code = m.municipality_code
GROUP BY m.municipality_code, m.municipality, m.region
"""

REGION_COMPARISON = f"""
CREATE VIEW region_comparison AS
SELECT g.region, {_COMPARISON_COLUMNS}
FROM (SELECT document_id, region FROM project_municipalities WHERE region IS NOT NULL
      UNION SELECT document_id, region FROM project_regions) g
JOIN project_summary s ON s.document_id = g.document_id
GROUP BY g.region
"""

# (table, kind expression, value column, unit, page column, sentence column)
_FACT_SOURCES = [
    ("projects", "'name'", "name", None, "NULL", "name_sentence"),
    ("projects", "'code'", "code", None, "NULL", "NULL"),
    ("projects", "'start_date'", "start_date", "date", "period_page", "period_sentence"),
    ("projects", "'end_date'", "end_date", "date", "period_page", "period_sentence"),
    ("money", "kind", "eur", "EUR", "page", "sentence"),
    ("money", "kind", "eur_min", "EUR (range min)", "page", "sentence"),
    ("money", "kind", "eur_max", "EUR (range max)", "page", "sentence"),
    ("money", "kind", "share_pct", "percent (share)", "page", "sentence"),
    ("participants", "kind", "count", "people", "page", "sentence"),
    ("outcomes", "kind", "count", "people", "page", "sentence"),
    ("outcomes", "kind", "percent", "percent", "page", "sentence"),
    ("outcomes", "kind", "base", "people (base)", "page", "sentence"),
    ("indicators", "kind", "value", "CASE kind WHEN 'activation_rate' THEN 'percent' ELSE 'people' END",
     "page", "sentence"),
    ("organisations", "role", "name", None, "page", "sentence"),
    ("project_municipalities", "'municipality'", "municipality", None, "page", "sentence"),
    ("project_regions", "'region'", "region", None, "page", "sentence"),
]
_EXTRAS = ("approx", "qualifier", "method", "confidence")
_EXTRA_COLUMNS = {"participants": _EXTRAS, "outcomes": _EXTRAS, "projects": ()}


def _fact_branch(table: str, kind: str, column: str, unit: str | None, page: str, sentence: str) -> str:
    unit_sql = "NULL" if unit is None else (unit if unit.startswith("CASE") else f"'{unit}'")
    fact_id = "NULL" if table == "projects" else "id"
    present = _EXTRA_COLUMNS.get(table, ("method", "confidence"))
    extras = ", ".join(f"{c if c in present else 'NULL'} AS {c}" for c in _EXTRAS)
    return (f"SELECT '{table}' AS fact_table, {fact_id} AS fact_id, document_id, {kind} AS kind, "
            f"'{column}' AS field, +{column} AS value, {unit_sql} AS unit, {extras}, {page} AS page, "
            f"{sentence} AS sentence FROM [{table}] WHERE {column} IS NOT NULL")


FACTS = f"""
CREATE VIEW facts AS
SELECT f.document_id, coalesce(p.name, d.file_name) AS project, f.fact_table, f.fact_id, f.kind, f.field,
  f.value, f.unit, f.approx, f.qualifier, f.page, f.sentence, f.method, f.confidence
FROM ({" UNION ALL ".join(_fact_branch(*source) for source in _FACT_SOURCES)}) f
JOIN documents d ON d.id = f.document_id
LEFT JOIN projects p ON p.document_id = f.document_id
"""

# A document's text page by page, for reading the evidence in context.
DOCUMENT_PAGES = """
CREATE VIEW document_pages AS
SELECT pg.document_id, d.file_name, pg.page, substr(d.text, pg.char_start + 1, pg.char_end - pg.char_start)
  AS page_text
FROM pages pg JOIN documents d ON d.id = pg.document_id
"""

VIEWS = {"project_summary": PROJECT_SUMMARY, "municipality_comparison": MUNICIPALITY_COMPARISON,
         "region_comparison": REGION_COMPARISON, "facts": FACTS, "document_pages": DOCUMENT_PAGES}

# Views that depend on others are dropped first and created last.
_DROP_ORDER = ("municipality_comparison", "region_comparison", "project_summary", "facts", "document_pages")

SEARCH_COLUMNS = {"id": int, "document_id": str, "fact_table": str, "fact_id": int, "kind": str, "page": int,
                  "sentence": str, "lemmas": str}

_SENTENCES = """
SELECT DISTINCT fact_table, fact_id, kind, page, sentence FROM facts
WHERE document_id = ? AND sentence IS NOT NULL AND sentence != ''
"""
_MORE_EVIDENCE = """
SELECT e.table_name AS fact_table, e.row_id AS fact_id, t.{kind} AS kind, e.page, e.sentence
FROM evidence e JOIN [{table}] t ON t.id = e.row_id
WHERE e.table_name = '{table}' AND t.document_id = ? AND e.sentence IS NOT NULL
"""
_KIND_COLUMN = {"money": "kind", "participants": "kind", "outcomes": "kind", "indicators": "kind",
                "organisations": "role", "project_municipalities": "municipality", "project_regions": "region"}
WORD = re.compile(r"\w+(?:-\w+)*")


def ensure_views(db: sqlite_utils.Database) -> None:
    """Drop and recreate every view, and create the search index (backfilled for an old database)."""
    with db.conn:
        for name in _DROP_ORDER:
            db.execute(f"DROP VIEW IF EXISTS [{name}]")
        for sql in VIEWS.values():
            db.execute(sql)
    if "evidence_search" not in db.table_names():
        _create_search_index(db)
        with db.conn:
            for row in db.query("SELECT id FROM documents"):
                index_document(db, row["id"])


def _create_search_index(db: sqlite_utils.Database) -> None:
    db["evidence_search"].create(SEARCH_COLUMNS, pk="id")
    db["evidence_search"].create_index(["document_id"], if_not_exists=True)
    db["evidence_search"].enable_fts(["sentence", "lemmas"], create_triggers=True,
                                     tokenize="unicode61 remove_diacritics 0")


def lemmas(sentence: str) -> str:
    """The Voikko base forms of every word of a sentence, lower-cased, once each, in order."""
    seen: dict[str, None] = {}
    for word in WORD.findall(sentence):
        for form in baseforms(word):
            seen.setdefault(form.lower(), None)
    return " ".join(seen)


def index_document(db: sqlite_utils.Database, doc_id: str) -> None:
    """Replace the search rows of one document: each evidence sentence with its lemmas (no transaction)."""
    db.execute("DELETE FROM evidence_search WHERE document_id = ?", [doc_id])
    rows = list(db.query(_SENTENCES, [doc_id]))
    for table, kind in _KIND_COLUMN.items():
        rows += db.query(_MORE_EVIDENCE.format(table=table, kind=kind), [doc_id])
    db["evidence_search"].insert_all(
        [{**row, "document_id": doc_id, "lemmas": lemmas(row["sentence"])} for row in rows])
