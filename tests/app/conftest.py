"""Qt tests: the safety questions fail unless a test answers them (see tests/qt_fixtures.py)."""

from tests.app.german_fixtures import german  # noqa: F401 - the German interface
from tests.qt_fixtures import _safety_questions_fail  # noqa: F401
