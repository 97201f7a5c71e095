"""The published views, canned queries, exports and safety, through Datasette's JSON API (in process)."""

from __future__ import annotations

import asyncio
import io
import sqlite3
from pathlib import Path

import httpx
import openpyxl
import pytest
import sqlite_utils
from datasette.app import Datasette

from extractor.publish import metadata_for
from extractor.store import open_db
from extractor.views import VIEWS, lemmas

SUMMARY_URL = "/{db}/project_summary.json?_shape=array"


def get(db: Path, path: str, method: str = "GET") -> httpx.Response:
    """One request to an in-process Datasette configured like `extractor serve`."""
    ds = Datasette([str(db)], metadata=metadata_for(db.stem), settings={"sql_time_limit_ms": 2000})
    call = ds.client.post if method == "POST" else ds.client.get
    return asyncio.run(call(path.format(db=db.stem)))


def rows(db: Path, path: str) -> list[dict]:
    response = get(db, path)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def summary(populated_db: Path) -> dict:
    [row] = rows(populated_db, SUMMARY_URL)
    return row


def test_project_summary_has_the_reports_figures(summary: dict):
    assert (summary["start_date"], summary["end_date"], summary["months"]) == ("2017-02-01", "2019-12-31", 35)
    assert summary["municipalities"] == "Iisalmi, Kiuruvesi" and summary["region"] == "Pohjois-Savo"
    assert (summary["cost"], summary["cost_kind"], summary["public_funding"]) == (412380, "total_cost", 329904)
    assert (summary["clients"], summary["education"], summary["education_derived"]) == (212, 18, 0)


def test_employed_count_derived_from_percent_is_marked(summary: dict):
    assert summary["employed_percent"] == 35
    assert summary["employed"] == round(35 * 212 / 100) == 74 and summary["employed_derived"] == 1


def test_cost_per_client_and_per_employed(summary: dict):
    assert summary["cost_per_client"] == round(412380 / 212, 2)
    assert summary["cost_per_employed"] == round(412380 / 74, 2)


@pytest.mark.parametrize("view, key", [("municipality_comparison", "municipality"), ("region_comparison", "region")])
def test_comparison_views(populated_db: Path, view: str, key: str):
    found = {r[key]: r for r in rows(populated_db, f"/{{db}}/{view}.json?_shape=array")}
    assert set(found) == ({"Iisalmi", "Kiuruvesi"} if key == "municipality" else {"Pohjois-Savo"})
    row = next(iter(found.values()))
    assert (row["projects"], row["clients"], row["employed"], row["cost"]) == (1, 212, 74, 412380)
    assert row["employed_percent"] == round(100 * 74 / 212, 1)
    assert row["cost_per_employed"] == round(412380 / 74, 2)


def test_municipalities_have_coordinates_for_the_map(populated_db: Path):
    iisalmi = rows(populated_db, "/{db}/municipality_comparison.json?_shape=array&municipality=Iisalmi")[0]
    assert 63.4 < iisalmi["latitude"] < 63.7 and 27.0 < iisalmi["longitude"] < 27.4


def test_facts_is_every_value_with_its_evidence(populated_db: Path):
    facts = rows(populated_db, "/{db}/facts.json?_shape=array&_size=max")
    values = {(f["fact_table"], f["kind"], f["field"], f["value"]) for f in facts}
    assert {("money", "total_cost", "eur", 412380), ("outcomes", "employed", "percent", 35),
            ("participants", "clients", "count", 212), ("project_municipalities", "municipality",
                                                         "municipality", "Iisalmi")} <= values
    total = next(f for f in facts if f["kind"] == "total_cost")
    assert total["page"] == 3 and "kokonaiskustannukset" in total["sentence"] and total["unit"] == "EUR"
    assert all(f["document_id"] for f in facts)


def test_document_pages_show_text_with_page_numbers(populated_db: Path):
    [doc] = sqlite_utils.Database(populated_db)["documents"].rows
    pages = rows(populated_db, f"/{{db}}/document.json?_shape=array&document_id={doc['id']}")
    assert [p["page"] for p in pages] == [1, 2, 3]
    assert "212 asiakasta" in pages[1]["page_text"] and "412 380" in pages[2]["page_text"]


def test_fact_rows_link_to_their_document(populated_db: Path):
    html = get(populated_db, "/{db}/facts?kind=total_cost").text
    assert "/document?document_id=" in html and "open document" in html
    assert "kokonaiskustannukset olivat 412 380 euroa" in html


def test_outcomes_in_region(populated_db: Path):
    found = rows(populated_db, "/{db}/outcomes_in_region.json?_shape=array&region=pohjois-savo")
    employed = next(r for r in found if r["kind"] == "employed")
    assert (employed["percent"], employed["count_or_derived"], employed["derived"]) == (35, 74, 1)
    assert {r["kind"] for r in found} >= {"employed", "education", "pension"}
    assert rows(populated_db, "/{db}/outcomes_in_region.json?_shape=array&region=Kainuu") == []


@pytest.mark.parametrize("year, found", [("2016", 0), ("2017", 1), ("2019", 1), ("2020", 0)])
def test_projects_active_in_year(populated_db: Path, year: str, found: int):
    assert len(rows(populated_db, f"/{{db}}/projects_active_in_year.json?_shape=array&year={year}")) == found


@pytest.mark.parametrize("threshold, found", [("30", 1), ("35", 1), ("35.5", 0)])
def test_employment_rate_above(populated_db: Path, threshold: str, found: int):
    url = f"/{{db}}/employment_rate_above.json?_shape=array&min_percent={threshold}"
    assert len(rows(populated_db, url)) == found


def test_search_finds_an_inflected_form_through_its_lemma(populated_db: Path):
    found = rows(populated_db, "/{db}/search_evidence.json?_shape=array&word=asiakas")
    sentences = {r["sentence"] for r in found}
    only_inflected = "Asiakkaista 35 % työllistyi ja 18 aloitti opinnot."
    assert only_inflected in sentences and "asiakas" not in only_inflected.lower()
    db = sqlite_utils.Database(populated_db)
    surface_only = db.execute("select count(*) from evidence_search_fts where evidence_search_fts "
                              "match ?", ['sentence: "asiakas"* AND sentence: työllistyi']).fetchone()[0]
    assert surface_only == 0  # so the hit above came through the lemma column


def test_search_by_lemma_of_a_verb_and_empty_word(populated_db: Path):
    found = rows(populated_db, "/{db}/search_evidence.json?_shape=array&word=työllistyä")
    assert any("työllistyi" in r["sentence"] for r in found)
    assert rows(populated_db, "/{db}/search_evidence.json?_shape=array&word=") == []


def test_lemmas_of_a_sentence():
    assert lemmas("Asiakkaista 35 % työllistyi Iisalmessa.").split() == ["asiakas", "35", "työllistyä", "iisalmi"]


def test_excel_export_of_a_view(populated_db: Path):
    response = get(populated_db, "/{db}/project_summary.xlsx")
    assert response.status_code == 200 and "spreadsheetml" in response.headers["content-type"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    header, first = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
    assert dict(zip(header, first))["clients"] == 212


def test_csv_export_of_a_canned_query(populated_db: Path):
    response = get(populated_db, "/{db}/employment_rate_above.csv?min_percent=30")
    assert response.status_code == 200 and response.text.splitlines()[0].startswith("name,code,file_name")


def test_dashboard_is_configured_for_the_served_database(populated_db: Path):
    response = get(populated_db, "/-/dashboards/analyst")
    assert response.status_code == 200 and "Employment projects at a glance" in response.text
    assert f'"db": "{populated_db.stem}"' in response.text or f"{populated_db.stem}.json" in response.text


def test_read_only_write_attempts_are_refused(populated_db: Path):
    assert get(populated_db, "/{db}/search_evidence?word=x", method="POST").status_code >= 400
    sql = "/{db}.json?sql=delete+from+failures"
    assert get(populated_db, sql).status_code == 400
    plugins = {p["name"] for p in get(populated_db, "/-/plugins.json").json()}
    assert not {name for name in plugins if any(w in name for w in ("write", "upload", "edit", "insert"))}
    assert sqlite_utils.Database(populated_db)["failures"].count == 1


def test_views_are_recreated_in_an_old_database(tmp_path: Path, populated_db: Path):
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as copy:
        sqlite3.connect(populated_db).backup(copy)  # includes what is still in the WAL
    db = sqlite_utils.Database(old)
    db.execute("drop view project_summary")
    db.execute("create view project_summary as select 1 as outdated")
    db["evidence_search"].disable_fts()
    db["evidence_search"].drop()
    db.conn.close()
    reopened = open_db(old)
    assert set(VIEWS) <= set(reopened.view_names())
    assert next(reopened["project_summary"].rows)["clients"] == 212
    assert reopened["evidence_search"].count == sqlite_utils.Database(populated_db)["evidence_search"].count


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    """The eight reports of corpora/sample, as `make demo` ingests them."""
    from extractor.ingest import ingest

    from conftest import ROOT

    db = tmp_path_factory.mktemp("sample") / "sample.db"
    ingest([ROOT / "corpora" / "sample"], db, echo=lambda line: None)
    return db


def test_summary_over_several_projects_is_null_safe(sample_db: Path):
    projects = rows(sample_db, SUMMARY_URL + "&_size=max")
    assert len(projects) == 8
    for p in projects:
        expected = round(p["cost"] / p["clients"], 2) if p["cost"] and p["clients"] else None
        assert p["cost_per_client"] == expected
        if not p["employed"]:
            assert p["cost_per_employed"] is None and p["employed_percent"] is None


def test_regions_compare_several_projects(sample_db: Path):
    regions = {r["region"]: r for r in rows(sample_db, "/{db}/region_comparison.json?_shape=array")}
    assert {"Kainuu", "Satakunta", "Pohjois-Karjala"} <= set(regions)
    assert sum(r["projects"] for r in regions.values()) >= 8
