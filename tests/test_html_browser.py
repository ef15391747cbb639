"""The HTML report in a real browser: headless Chromium from the system (Debian's ``chromium``) via playwright.

Playwright never downloads a browser here: it is pointed at /usr/bin/chromium.
Set FACTCHECK_SCREENSHOTS=1 to (re)write the screenshots in docs/.
"""
from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from factcheck.cli import main

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PLANTED = ("China has diplomatic relations with 181 countries <script>window.pwned = 1</script> and "
           "<img src=x onerror=\"window.pwned = 2\"> keeps counting.\n"
           f"A garbled copy claims diplomatic relations with {'9' * 301} countries.\n")  # about 1e301: still drawn

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium installed (apt-get install chromium); .ci/run installs it where apt is available")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The seeds plus a source with planted markup, reported as HTML and JSON."""
    tmp = tmp_path_factory.mktemp("browser")
    corpus = tmp / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".factcheck"))
    (corpus / "planted.txt").write_text(PLANTED, encoding="utf-8")
    config = tmp / "config.yaml"
    config.write_text("packs: [diplomacy]\n")
    out = tmp / "out"
    here = os.getcwd()
    os.chdir(tmp)  # short source paths in the report (and in the screenshots)
    try:
        code = main(["report", "corpus", "-o", "out", "--no-cache", "-q", "--format", "html,json",
                     "--config", "config.yaml"])
    finally:
        os.chdir(here)
    assert code == 0
    facts = json.loads((out / "discrepancies.json").read_text(encoding="utf-8"))["facts"]
    return out / "discrepancies.html", {f["id"]: len(f["claims"]) for f in facts}


def _open(browser, path, **options):
    page = browser.new_page(viewport={"width": 1100, "height": 900}, **options)
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def test_page_loads_cleanly_and_draws_one_bar_per_claim(browser, report):
    path, claims = report
    page, problems = _open(browser, path)
    assert problems == []
    from PIL import Image

    shot = Image.open(io.BytesIO(page.screenshot(full_page=False))).convert("RGB")
    assert len(shot.getcolors(maxcolors=1 << 20)) > 20  # not a blank page
    sections = page.query_selector_all("section.fact")
    assert len(sections) == len(claims) >= 40
    for section in sections:
        fact_id = section.get_attribute("id").removeprefix("fact-")
        bars = section.query_selector_all("svg.numberline g.bar")
        assert len(bars) == claims[fact_id], fact_id
    assert page.query_selector_all("svg.timeline")  # some facts carry as-of dates
    huge = page.query_selector("#fact-diplomatic-relations svg.numberline").inner_html()
    assert "9" * 301 in page.inner_text("#fact-diplomatic-relations") and "NaN" not in huge and "Infinity" not in huge
    _screenshots(page)
    page.close()


def test_filter_and_search_hide_and_show_facts(browser, report):
    path, claims = report
    page, problems = _open(browser, path)
    agree = page.query_selector_all('section.fact[data-verdict="agree"]')
    assert agree and page.is_visible("#filters")
    page.uncheck('#filters input[value="agree"]')
    assert not any(s.is_visible() for s in agree)
    assert page.is_visible("#fact-bri-partner-countries")  # rounded: still shown
    page.check('#filters input[value="agree"]')
    page.fill("#filters input[type=search]", "no such fact anywhere")
    assert [s.get_attribute("id") for s in page.query_selector_all("section.fact") if s.is_visible()] == []
    page.fill("#filters input[type=search]", "China-Laos Railway")
    visible = [s.get_attribute("id") for s in page.query_selector_all("section.fact") if s.is_visible()]
    assert visible == ["fact-china-laos-railway-length", "fact-china-laos-railway-opening"]
    assert page.inner_text("#shown") == f"2 of {len(claims)} facts shown"
    page.fill("#filters input[type=search]", "")
    assert all(s.is_visible() for s in page.query_selector_all("section.fact"))
    assert problems == []
    page.close()


def test_planted_markup_is_text_and_never_runs(browser, report):
    path, _ = report
    page, problems = _open(browser, path)
    assert page.evaluate("typeof window.pwned") == "undefined"
    text = page.inner_text("#fact-diplomatic-relations")
    assert "<script>window.pwned = 1</script>" in text
    assert page.query_selector_all("body script") and len(page.query_selector_all("script")) == 1
    assert problems == []
    page.close()


def test_readable_with_scripts_off(browser, report):
    path, claims = report
    page, _ = _open(browser, path, java_script_enabled=False)
    assert not page.is_visible("#filters")
    assert sum(s.is_visible() for s in page.query_selector_all("section.fact")) == len(claims)
    page.close()


def _screenshots(page) -> None:
    """Write docs/report-number-line.png and docs/report-timeline.png when asked to."""
    if not os.environ.get("FACTCHECK_SCREENSHOTS"):
        return
    page.query_selector("#fact-bri-partner-countries figure:has(svg.numberline)").screenshot(
        path=str(ROOT / "docs" / "report-number-line.png"))
    page.query_selector("#fact-diplomatic-relations figure:has(svg.timeline)").screenshot(
        path=str(ROOT / "docs" / "report-timeline.png"))
