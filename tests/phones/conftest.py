"""Phone tests: the gateway (no Qt) and, with Qt, the page in a real browser against the app
and the Phone Inbox panel. The safety questions fail unless a test answers them."""

from tests.qt_fixtures import _safety_questions_fail  # noqa: F401

from .browser import browser  # noqa: F401 - the module-scoped browser fixture
