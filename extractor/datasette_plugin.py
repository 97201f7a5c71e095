"""Datasette plugin (entry point `hankeraportti`): evidence you can open.

Every `document_id` cell links to the `document` canned query, which shows the document's text
page by page; `page_text` cells keep their line breaks.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

SHA256 = re.compile(r"[0-9a-f]{64}")


def document_url(datasette: Any, database: str, document_id: str) -> str:
    """The URL of a document's page-by-page text."""
    query = urllib.parse.urlencode({"document_id": document_id})
    return f"{datasette.urls.database(database)}/document?{query}"


@hookimpl
def render_cell(value: Any, column: str, database: str, datasette: Any) -> Markup | None:
    if column == "document_id" and isinstance(value, str) and SHA256.fullmatch(value):
        return Markup(f'<a href="{escape(document_url(datasette, database, value))}" '
                      f'title="{escape(value)}">open document {escape(value[:8])}…</a>')
    if column == "page_text" and isinstance(value, str):
        return Markup(f'<div style="white-space: pre-wrap; max-width: 60em">{escape(value)}</div>')
    return None
