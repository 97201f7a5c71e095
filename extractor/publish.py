"""Publish a database with Datasette: read-only, bound to loopback, with metadata.yml."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from extractor.settings import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_SQL_TIME_LIMIT_MS

METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"


def datasette_args(db: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> list[str]:
    """The `datasette serve` arguments: metadata, SQL time limit, no uploads or writes."""
    return ["serve", str(db), "--metadata", str(METADATA), "--host", host, "--port", str(port),
            "--setting", "sql_time_limit_ms", str(DEFAULT_SQL_TIME_LIMIT_MS),
            "--setting", "allow_download", "off", "--setting", "default_allow_sql", "on"]


def serve(db: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Replace this process with Datasette serving `db`."""
    args = [sys.executable, "-m", "datasette", *datasette_args(db, host, port)]
    os.execv(sys.executable, args)
