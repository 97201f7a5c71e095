"""The README documents every command and every table."""

from __future__ import annotations

import pytest

from extractor.cli import cli
from extractor.publish import metadata_for
from extractor.store import ITEM_COLUMNS
from extractor.views import VIEWS

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TABLES = ["documents", "pages", "projects", *ITEM_COLUMNS, "organisations", "project_municipalities",
          "project_regions", "municipalities", "evidence", "failures", "evidence_search"]
QUERIES = sorted(metadata_for("db")["databases"]["db"]["queries"])


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_command_documented(command: str):
    assert f"extractor {command}" in README


@pytest.mark.parametrize("table", TABLES)
def test_table_documented(table: str):
    assert f"`{table}`" in README


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_view_documented(view: str):
    assert f"`{view}`" in README


@pytest.mark.parametrize("query", QUERIES)
def test_canned_query_documented(query: str):
    assert f"`{query}`" in README


def test_quick_start_has_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make demo" in quick and "make test" in quick
