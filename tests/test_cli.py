"""The command line: extract --json prints the schema's record; bad input gives one line and exit 1."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import cli

PROJECT_KEYS = {"name", "code", "start_date", "end_date", "municipalities", "regions", "implementers", "funders"}


def test_extract_json_prints_the_record(report_pdf: Path):
    result = CliRunner().invoke(cli, ["extract", str(report_pdf), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert set(record) == {"source", "project", "money", "participants", "outcomes", "indicators"}
    assert set(record["project"]) == PROJECT_KEYS
    assert record["source"] == "polku-loppuraportti.pdf"
    assert record["project"]["start_date"] == "2017-02-01" and record["project"]["end_date"] == "2019-12-31"
    assert {"kind": "total_cost", "eur": 412380.0} in [{k: m[k] for k in ("kind", "eur")} for m in record["money"]]
    for group in ("money", "participants", "outcomes"):
        for item in record[group]:
            ev = item["evidence"][0]
            assert {"page", "char_start", "char_end", "sentence", "method"} <= set(ev)


def test_extract_out_writes_one_file_per_input(tmp_path: Path, report_pdf: Path):
    txt = tmp_path / "tiedote.v2.txt"
    txt.write_text("Hankkeeseen osallistui 120 asiakasta Porissa.", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(report_pdf), str(txt), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["polku-loppuraportti.json", "tiedote.v2.json"]


def test_bad_input_one_line_and_nonzero_exit(tmp_path: Path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"<html>not a pdf</html>")
    result = CliRunner().invoke(cli, ["ingest", str(bad), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {bad}: named .pdf but the content is an HTML page"]


def test_python_dash_m_works():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "extractor", "--help"], capture_output=True, text=True, check=True)
    assert "ingest" in out.stdout and "evaluate" in out.stdout


def test_evaluate_without_matching_gold_is_one_clear_line(tmp_path: Path, report_pdf: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    result = CliRunner().invoke(cli, ["evaluate", str(gold), str(report_pdf.parent), "--rules-only"])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {report_pdf.parent}: no document there has a gold record in {gold}"
