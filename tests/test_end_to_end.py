"""From a generated PDF to rows read back through Datasette's JSON API (in process and over HTTP)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from datasette.app import Datasette

from extractor.publish import metadata_for


def datasette_json(db: Path, path: str):
    ds = Datasette([str(db)], metadata=metadata_for(db.stem))
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, response.text
    return response.json()


def test_extracted_rows_through_datasette(populated_db: Path):
    name = populated_db.stem
    money = datasette_json(populated_db, f"/{name}/money.json?_shape=array")
    assert {"total_cost", "public_funding"} <= {m["kind"] for m in money}
    total = next(m for m in money if m["kind"] == "total_cost")
    assert total["eur"] == 412380 and total["page"] == 3 and "kokonaiskustannukset" in total["sentence"]
    outcomes = datasette_json(populated_db, f"/{name}/outcomes.json?_shape=array")
    assert {(o["kind"], o["count"], o["percent"]) for o in outcomes} >= {("education", 18, None), ("pension", 5, None)}
    clients = datasette_json(populated_db, f"/{name}/participants.json?_shape=array&kind=clients")
    assert [c["count"] for c in clients] == [212]


def test_metadata_describes_tables(populated_db: Path):
    data = datasette_json(populated_db, "/-/metadata.json")
    tables = data["databases"][populated_db.stem]["tables"]
    assert {"documents", "money", "outcomes", "failures", "municipalities"} <= set(tables)
    assert tables["money"]["units"]["eur"] == "euro"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_http_read_only(populated_db: Path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "serve", "--db", str(populated_db),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        with urllib.request.urlopen(f"{base}/{populated_db.stem}/projects.json?_shape=array", timeout=5) as r:
            projects = json.load(r)
        assert projects[0]["start_date"] == "2017-02-01"
        sql = urllib.parse.quote("insert into failures (path) values ('x')")
        try:
            urllib.request.urlopen(f"{base}/{populated_db.stem}.json?sql={sql}", timeout=5)
            raise AssertionError("a write statement was accepted")
        except urllib.error.HTTPError as exc:
            assert exc.code == 400
        with urllib.request.urlopen(f"{base}/-/settings.json", timeout=5) as r:
            assert json.load(r)["sql_time_limit_ms"] == 2000
    finally:
        proc.terminate()
        proc.wait(timeout=10)
