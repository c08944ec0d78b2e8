"""The web reader in a real browser: headless Chromium (Debian's ``chromium`` package, which
``.ci/run`` installs when missing) driven by Playwright for Python, against ``brief serve``'s
server on 127.0.0.1. The page renders, links work, search finds a bullet from an earlier day,
"left out" unfolds, nothing is logged to the console, and no request leaves 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Route, sync_playwright
from test_site import three_days  # noqa: F401  (a fixture: three stored days)

from briefing.models import Briefing
from briefing.site.serve import SiteServer

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium: install Debian's chromium package (.ci/run does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.mark.slow  # starts a browser
def test_reader_in_headless_chromium(
    three_days: list[Briefing],  # noqa: F811
    browser: Browser,
    tmp_path: Path,
) -> None:
    problems: list[str] = []
    outside: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            problems.append(f"{message.type}: {message.text}")

    def on_route(route: Route, request: Request) -> None:
        if urlsplit(request.url).hostname != "127.0.0.1":
            outside.append(request.url)
            route.abort()
        else:
            route.continue_()

    with SiteServer(tmp_path / "site", port=0) as server:
        context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
        context.route("**/*", on_route)
        page: Page = context.new_page()
        page.on("console", on_console)
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))

        page.goto(server.url)
        latest = three_days[-1]
        assert page.locator("h1").inner_text().startswith(f"Briefing — {latest.date}")
        first_bullet = latest.sections[0].bullets[0].text
        assert page.get_by_text(first_bullet.split(". ")[0]).first.is_visible()
        page.screenshot(path=str(tmp_path / "latest.png"), full_page=True)
        assert (tmp_path / "latest.png").stat().st_size > 10_000

        # "Left out" is folded away until asked for.
        left_out = page.locator("details.left-out")
        if latest.left_out:
            assert left_out.get_attribute("open") is None
            assert not page.get_by_text(latest.left_out[0].reason).first.is_visible()
            left_out.locator("summary").click()
            assert page.get_by_text(latest.left_out[0].reason).first.is_visible()

        # Evidence quotes are folded under each bullet until asked for.
        quote = next(e.quote for s in latest.sections for b in s.bullets for e in b.evidence)
        evidence = page.locator("#s1 details.evidence").first
        assert evidence.get_attribute("open") is None
        evidence.locator("summary").click()
        assert evidence.get_attribute("open") is not None
        assert " ".join(quote.split())[:40] in evidence.inner_text()

        # A story page with its timeline across the three days.
        page.locator("#s1 .story-link a").click()
        page.wait_for_url("**/story/*.html")
        entries = page.locator("ol.timeline > li")
        assert entries.count() == 3
        assert entries.nth(0).locator("h2 a").inner_text() == "2026-11-23"
        assert "Marker0" in entries.nth(0).inner_text()
        # Each later day says what changed since the day before (here: only the marker word).
        assert entries.nth(0).locator(".changed").count() == 0
        changed = entries.nth(1).locator(".changed")
        assert changed.is_visible() and "What changed since 2026-11-23" in changed.inner_text()

        # Search finds a bullet from an earlier day, and its link opens that day.
        page.goto(server.url)
        page.locator("#q").fill("marker1")
        hit = page.locator("#results li a").first
        hit.wait_for()
        assert page.locator("#results li").count() == 1
        assert "Marker1" in hit.inner_text()
        hit.click()
        page.wait_for_url("**/day/2026-11-24.html#s1")
        assert page.locator("h1").inner_text().startswith("Briefing — 2026-11-24")

        # Hostile text from an article is shown as text, not run.
        assert page.locator("script:not([src])").count() == 0
        assert page.get_by_text("<script>alert('x')</script>", exact=False).count() >= 1
        context.close()

    assert problems == []
    assert outside == []
