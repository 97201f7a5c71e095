"""As a person would use it: the real `extractor serve` on a loopback port, driven by headless Chromium.

Screenshots go to tests/screenshots/ (ignored by git) so they can be looked at after a run.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from html import unescape
from pathlib import Path
from typing import Iterator

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "tests" / "screenshots"
BROWSER_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(base: str, proc: subprocess.Popen) -> None:
    for _ in range(150):
        if proc.poll() is not None:
            raise RuntimeError(f"datasette exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/-/versions.json", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("datasette did not start")


@pytest.fixture(scope="module")
def server(populated_db: Path) -> Iterator[str]:
    """`extractor serve` as a real subprocess; yields the base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "serve", "--db", str(populated_db),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        yield f"{base}/{populated_db.stem}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def chromium(url: str, profile: Path, *args: str) -> str:
    """Run headless Chromium on `url` with a time budget for scripts; return its stdout."""
    assert Path(CHROMIUM).exists(), "chromium is missing: run `make setup` (installs the Debian package)"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               "--virtual-time-budget=10000", *args, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=BROWSER_TIMEOUT_S)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def rendered_dom(url: str, tmp_path: Path) -> str:
    return chromium(url, tmp_path / "profile", "--dump-dom")


def visible_text(dom: str) -> str:
    """The page's text without tags, scripts and styles, whitespace collapsed."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", dom)))


def metric(dom: str, chart: str) -> str | None:
    """The figure a dashboard metric chart shows, as rendered by its script."""
    found = re.search(rf'id="chart-{chart}".*?<p[^>]*>([^<]*)</p>', dom, flags=re.S)
    return unescape(found.group(1)) if found else None


def screenshot(url: str, name: str, tmp_path: Path) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    path.unlink(missing_ok=True)
    chromium(url, tmp_path / "profile", f"--screenshot={path}", "--window-size=1280,2000")
    assert path.exists() and path.stat().st_size > 20_000, f"screenshot {path} is missing or blank"
    return path


def test_dashboard_shows_figures_and_charts(server: str, tmp_path: Path):
    url = server.rsplit("/", 1)[0] + "/-/dashboards/analyst"
    dom = rendered_dom(url, tmp_path)
    text = visible_text(dom)
    assert "Employment projects at a glance" in text
    assert "Employment rate by region (%)" in text and "Cost per employed client by project" in text
    assert (metric(dom, "projects"), metric(dom, "clients"), metric(dom, "employed")) == ("1", "212", "74")
    assert metric(dom, "cost-per-employed-all") == "5573 €"  # 412 380 € / 74 employed
    assert dom.count('class="marks"') >= 2, "the Vega-Lite charts did not render"
    assert "leaflet-marker-icon" in dom, "the map has no markers"
    screenshot(url, "dashboard", tmp_path)


def test_project_facts_link_to_the_document_with_page_numbers(server: str, tmp_path: Path):
    facts_url = f"{server}/facts?kind=total_cost"
    dom = rendered_dom(facts_url, tmp_path)
    assert "Hankkeen toteutuneet kokonaiskustannukset olivat 412 380 euroa" in visible_text(dom)
    link = re.search(r'href="([^"]*/document\?document_id=[0-9a-f]{64})"', dom)
    assert link, "a fact row does not link to its document"
    screenshot(facts_url, "project-facts", tmp_path)
    document_url = server.rsplit("/", 1)[0] + unescape(link.group(1))
    text = visible_text(rendered_dom(document_url, tmp_path))
    assert "loppuraportti.pdf 2 2 Tulokset Hankkeeseen osallistui kaikkiaan 212 asiakasta" in text
    assert "loppuraportti.pdf 3 3 Kustannukset Hankkeen toteutuneet kokonaiskustannukset" in text
    screenshot(document_url, "document", tmp_path)


def test_project_summary_page(server: str, tmp_path: Path):
    text = visible_text(rendered_dom(f"{server}/project_summary", tmp_path))
    assert "Iisalmi, Kiuruvesi" in text and "Pohjois-Savo" in text and "1945.19" in text
    screenshot(f"{server}/project_summary", "project-summary", tmp_path)


def test_search_finds_inflected_forms(server: str, tmp_path: Path):
    url = f"{server}/search_evidence?word=asiakas"
    text = visible_text(rendered_dom(url, tmp_path))
    assert "Asiakkaista 35 % työllistyi ja 18 aloitti opinnot." in text
    screenshot(url, "search", tmp_path)


def test_map_of_municipalities(server: str, tmp_path: Path):
    url = f"{server}/municipality_comparison"
    dom = rendered_dom(url, tmp_path)
    assert "Iisalmi" in visible_text(dom) and "leaflet-marker-icon" in dom
    screenshot(url, "map", tmp_path)
