"""Publish a database with Datasette: read-only, bound to loopback, with metadata.yml.

`metadata.yml` names the database `"*"` (under `databases:` and in each dashboard chart's `db:`);
`metadata_for` puts the served database's name there, because Datasette 0.65 has no wildcard.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from extractor.settings import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_SQL_TIME_LIMIT_MS

METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"
ANY_DATABASE = "*"


def metadata_for(db_name: str, source: Path = METADATA) -> dict[str, Any]:
    """metadata.yml with the database placeholder replaced by `db_name`."""
    meta = yaml.safe_load(source.read_text(encoding="utf-8"))
    databases = meta.get("databases") or {}
    if ANY_DATABASE in databases:
        databases[db_name] = databases.pop(ANY_DATABASE)
    for dashboard in (meta.get("plugins") or {}).get("datasette-dashboards", {}).values():
        for item in [*dashboard.get("charts", {}).values(), *dashboard.get("filters", {}).values()]:
            if item.get("db") == ANY_DATABASE:
                item["db"] = db_name
    return meta


def write_metadata(db: Path, folder: Path) -> Path:
    """Write the resolved metadata for `db` as JSON into `folder` and return its path."""
    path = folder / "metadata.json"
    path.write_text(json.dumps(metadata_for(db.stem), ensure_ascii=False), encoding="utf-8")
    return path


def datasette_args(db: Path, metadata: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> list[str]:
    """The `datasette serve` arguments: metadata, SQL time limit, no uploads or writes."""
    return ["serve", str(db), "--metadata", str(metadata), "--host", host, "--port", str(port),
            "--setting", "sql_time_limit_ms", str(DEFAULT_SQL_TIME_LIMIT_MS),
            "--setting", "allow_download", "off", "--setting", "default_allow_sql", "on"]


def serve(db: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Replace this process with Datasette serving `db`."""
    metadata = write_metadata(db, Path(tempfile.mkdtemp(prefix="hankeraportti-")))
    args = [sys.executable, "-m", "datasette", *datasette_args(db, metadata, host, port)]
    os.execv(sys.executable, args)
