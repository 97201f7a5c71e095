"""The README documents every command and every table."""

from __future__ import annotations

import pytest

from extractor.cli import cli
from extractor.store import ITEM_COLUMNS

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TABLES = ["documents", "pages", "projects", *ITEM_COLUMNS, "organisations", "project_municipalities",
          "project_regions", "municipalities", "evidence", "failures"]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_command_documented(command: str):
    assert f"extractor {command}" in README


@pytest.mark.parametrize("table", TABLES)
def test_table_documented(table: str):
    assert f"`{table}`" in README


def test_quick_start_has_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make demo" in quick and "make test" in quick
