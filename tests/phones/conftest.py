"""Phone page tests: the gateway (no Qt) and the page in a real browser against the app."""

from .browser import browser  # noqa: F401 - the module-scoped browser fixture
