"""Batch ingest: worker processes, incremental runs, bad input, timeouts, OCR, Dask."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import sqlite_utils
from reportlab.pdfgen import canvas
from reportgen import report_text, write_reports

from conftest import make_scan_pdf
from extractor.errors import NoTextError
from extractor.ingest import ingest
from extractor.read import read_document

ITEM_TABLES = ("money", "participants", "outcomes", "indicators", "organisations", "project_municipalities",
               "project_regions")
GOOD_TEXT = "Hankkeeseen osallistui 120 asiakasta Porissa. Heistä 30 työllistyi."


def quiet(_: str) -> None:
    pass


def signature(db_path: Path) -> dict[str, list[tuple]]:
    """Every stored row per table, keyed by file name instead of ids, sorted: equal signatures mean
    the same documents with exactly the same rows."""
    db = sqlite_utils.Database(db_path)
    out = {"documents": sorted(db.execute("select file_name, format, pages, chars, ocr from documents").fetchall())}
    for table in ("pages", "projects", *ITEM_TABLES):
        cols = [c for c in db[table].columns_dict if c not in ("id", "document_id")]
        out[table] = sorted(db.execute(f"select d.file_name, {', '.join(f't.[{c}]' for c in cols)} from [{table}] t "
                                       "join documents d on d.id = t.document_id").fetchall(), key=repr)
    out["evidence"] = sorted(
        row for table in ITEM_TABLES for row in db.execute(
            f"select d.file_name, e.table_name, e.char_start, e.char_end from evidence e join [{table}] t "
            f"on e.table_name = '{table}' and e.row_id = t.id join documents d on d.id = t.document_id"))
    return out


def orphans(db_path: Path) -> int:
    """Rows that belong to no document (what a half-written or half-deleted document leaves)."""
    db = sqlite_utils.Database(db_path)
    n = sum(db.execute(f"select count(*) from [{t}] where document_id not in (select id from documents)")
            .fetchone()[0] for t in ("pages", "projects", *ITEM_TABLES))
    n += db.execute("select count(*) from documents where id not in (select document_id from projects)").fetchone()[0]
    n += sum(db.execute(f"select count(*) from evidence where table_name = '{t}' and row_id not in "
                        f"(select id from [{t}])").fetchone()[0] for t in ITEM_TABLES)
    return n


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """Six generated three-page report PDFs, a text file and a file ingest skips."""
    folder = tmp_path_factory.mktemp("batch")
    write_reports(folder, 6)
    (folder / "tiedote.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "kuva.png").write_bytes(b"\x89PNG")
    return folder


@pytest.fixture(scope="module")
def serial_db(reports: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("serial") / "r.db"
    summary = ingest([reports], db, echo=quiet)
    assert (summary.processed, summary.skipped, summary.failed) == (7, 1, 0)
    return db


def test_workers_store_the_rows_of_a_serial_run(reports: Path, serial_db: Path, tmp_path: Path):
    summary = ingest([reports], tmp_path / "r.db", echo=quiet, workers=2)
    assert (summary.processed, summary.skipped, summary.failed, summary.pages) == (7, 1, 0, 19)
    assert signature(tmp_path / "r.db") == signature(serial_db)
    assert orphans(tmp_path / "r.db") == 0


def test_unchanged_files_are_skipped_and_force_re_extracts(reports: Path, serial_db: Path, tmp_path: Path):
    db = tmp_path / "r.db"
    ingest([reports], db, echo=quiet)
    again = ingest([reports], db, echo=quiet)
    assert (again.processed, again.unchanged) == (0, 7)
    forced = ingest([reports], db, echo=quiet, force=True)
    assert (forced.processed, forced.unchanged) == (7, 0)
    assert signature(db) == signature(serial_db)


def test_a_moved_file_keeps_its_rows_and_gets_its_new_path(tmp_path: Path):
    old = tmp_path / "tiedote.txt"
    old.write_text(GOOD_TEXT, encoding="utf-8")
    db = tmp_path / "r.db"
    ingest([old], db, echo=quiet)
    new = tmp_path / "arkisto" / "tiedote-2019.txt"
    new.parent.mkdir()
    old.rename(new)
    summary = ingest([new], db, echo=quiet)
    assert (summary.processed, summary.unchanged) == (0, 1)
    rows = list(sqlite_utils.Database(db)["documents"].rows)
    assert [(r["path"], r["file_name"]) for r in rows] == [(str(new), "tiedote-2019.txt")]


def _empty(p: Path) -> Path:
    p.write_bytes(b"")
    return p


def _corrupt(p: Path) -> Path:
    p.write_bytes(b"%PDF-1.4\n garbage garbage")
    return p


def _encrypted(p: Path) -> Path:
    c = canvas.Canvas(str(p), encrypt="salasana")
    c.drawString(100, 700, "Salainen raportti")
    c.save()
    return p


def _blank_scan(p: Path) -> Path:
    c = canvas.Canvas(str(p))
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    return p


def _html(p: Path) -> Path:
    p.write_bytes(b"<!DOCTYPE html><html><body>Hanke</body></html>")
    return p


def _zip(p: Path) -> Path:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("raportti.txt", GOOD_TEXT)
    return p


def _binary_text(p: Path) -> Path:
    p.write_bytes(b"abc \x81\x8d\x8f\x90\x9d")
    return p


def _big(p: Path) -> Path:
    p.write_text(GOOD_TEXT * 100, encoding="utf-8")
    return p


BAD_INPUTS = [  # (file name, how to make it, reason, words of the message)
    ("tyhja.txt", _empty, "empty", "empty"),
    ("rikki.pdf", _corrupt, "corrupt", "cannot be opened"),
    ("salattu.pdf", _encrypted, "encrypted", "encrypted"),
    ("skannaus.pdf", _blank_scan, "no_text", "no text"),
    ("sivu.pdf", _html, "corrupt", "an HTML page"),
    ("paketti.pdf", _zip, "corrupt", "a ZIP archive"),
    ("raportti.docx", _zip, "unsupported", ".docx"),
    ("outo.txt", _binary_text, "encoding", "neither UTF-8 nor Windows-1252"),
    ("iso.txt", _big, "too_large", "over the limit"),
]


@pytest.mark.parametrize("name, make, reason, words", BAD_INPUTS, ids=[b[2] + ":" + b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_one_failure_row_and_the_batch_goes_on(tmp_path: Path, name, make, reason, words):
    bad = make(tmp_path / name)
    good = tmp_path / "tiedote.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    lines: list[str] = []
    db = tmp_path / "r.db"
    summary = ingest([bad, good], db, echo=lines.append, max_bytes=5000)
    assert (summary.processed, summary.failed) == (1, 1)
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ") and words in lines[0]
    failures = list(sqlite_utils.Database(db)["failures"].rows)
    assert [(f["path"], f["reason"]) for f in failures] == [(str(bad), reason)]
    ingest([bad, good], db, echo=quiet, max_bytes=5000)
    assert sqlite_utils.Database(db)["failures"].count == 1  # a re-run replaces, never duplicates


def over_long_and_good(folder: Path) -> tuple[Path, Path]:
    """A text of 150 reports (past a 2 s limit) and a short good one."""
    huge = folder / "valtava.txt"
    huge.write_text("\n\n".join(report_text(i, sections=3) for i in range(150)), encoding="utf-8")
    good = folder / "tiedote.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    return huge, good


def test_a_document_over_the_time_limit_is_a_timeout_failure(tmp_path: Path):
    huge, good = over_long_and_good(tmp_path)
    lines: list[str] = []
    summary = ingest([huge, good], tmp_path / "r.db", echo=lines.append, timeout=2)
    assert (summary.processed, summary.failed) == (1, 1)
    assert lines == [f"error: {huge}: extraction took longer than the limit of 2 s"]
    db = sqlite_utils.Database(tmp_path / "r.db")
    assert [(f["path"], f["reason"]) for f in db["failures"].rows] == [(str(huge), "timeout")]
    assert [d["file_name"] for d in db["documents"].rows] == ["tiedote.txt"]


SCAN_LINES = ["Työhön!-hankkeen loppuraportti", "", "Hanke toteutettiin Porissa vuosina 2015-2017.",
              "Hankkeeseen osallistui 120 asiakasta.", "Asiakkaista 30 työllistyi."]


def test_a_scan_is_read_with_ocr_and_marked(tmp_path: Path):
    scan = make_scan_pdf(tmp_path / "skannattu.pdf", SCAN_LINES)
    lines: list[str] = []
    summary = ingest([scan], tmp_path / "r.db", echo=lines.append)
    assert (summary.processed, summary.failed, summary.ocr) == (1, 0, 1)
    assert lines == [f"note: {scan}: no text layer, read with OCR (evidence method 'ocr+...')"]
    db = sqlite_utils.Database(tmp_path / "r.db")
    assert [d["ocr"] for d in db["documents"].rows] == [1]
    clients = [(r["count"], r["method"]) for r in db["participants"].rows if r["kind"] == "clients"]
    assert clients == [(120, "ocr+rules+model:participants")]
    assert all(r["method"].startswith("ocr+") for t in ITEM_TABLES for r in db[t].rows)


def test_without_tesseract_a_scan_is_a_clear_no_text_failure(tmp_path: Path, monkeypatch):
    scan = make_scan_pdf(tmp_path / "skannattu.pdf", SCAN_LINES)
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on PATH
    with pytest.raises(NoTextError, match="tesseract is not installed"):
        read_document(scan)


def test_dask_cluster_stores_the_rows_of_a_local_run(reports: Path, serial_db: Path, tmp_path: Path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        summary = ingest([reports], tmp_path / "r.db", echo=quiet, dask=cluster.scheduler_address)
    assert (summary.processed, summary.skipped, summary.failed) == (7, 1, 0)
    assert signature(tmp_path / "r.db") == signature(serial_db)


def test_dask_abandons_a_document_over_the_time_limit(tmp_path: Path):
    from distributed import LocalCluster

    huge, good = over_long_and_good(tmp_path)
    lines: list[str] = []
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        # 10 s: the good report's first run on a fresh worker loads the model and, on a busy machine, can take
        # more than 2 s; the long one takes about two minutes
        summary = ingest([huge, good], tmp_path / "r.db", echo=lines.append, timeout=10,
                         dask=cluster.scheduler_address)
    assert (summary.processed, summary.failed) == (1, 1)
    assert lines == [f"error: {huge}: extraction took longer than the limit of 10 s (abandoned on the Dask worker)"]
    db = sqlite_utils.Database(tmp_path / "r.db")
    assert [(f["path"], f["reason"]) for f in db["failures"].rows] == [(str(huge), "timeout")]
