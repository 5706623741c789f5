"""A real browser for the phone page tests: Debian's chromium driven by Playwright for Python
(Playwright's own browser download is not used). Outside CI a missing chromium or Playwright
skips with the reason printed; under CI=true it fails."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("MINDMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}


def need_browser() -> None:
    why = ""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        why = "Playwright for Python is not installed (pip install -e '.[test]')"
    if not why and not os.path.exists(CHROMIUM):
        why = f"no chromium at {CHROMIUM} (apt-get install chromium)"
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser test cannot run under CI: {why}")
        print(f"\nSKIP phone page browser test: {why}")
        pytest.skip(why)


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox"])
        yield chromium
        chromium.close()


def phone_page(browser, url: str | None = None, dark: bool = False,  # noqa: ANN001, ANN201
               locale: str = "en-GB"):
    """A phone-sized page (390x844, touch) whose browser speaks ``locale`` (its
    Accept-Language), with the dialogs and page errors it raised collected in
    ``page.dialogs`` and ``page.errors``."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, color_scheme="dark" if dark else "light",
                                  locale=locale)
    page = context.new_page()
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    if url:
        page.goto(url)
    return page
