"""The German interface for a test, and English again after it."""

from __future__ import annotations

import pytest

from mindmap_app.i18n.translators import install_translators
from mindmap_app.i18n.widget_translator import install as install_widget_translator
from mindmap_app.i18n.widget_translator import translate_tree


def remove(app, filter_) -> None:  # noqa: ANN001
    app.removeEventFilter(filter_)
    filter_.setParent(None)


@pytest.fixture
def german(qapp):  # noqa: ANN001, ANN201
    assert install_translators(qapp, "de") == "de"
    filter_ = install_widget_translator(qapp)
    yield
    install_translators(qapp, "en")
    remove(qapp, filter_)
    for window in qapp.topLevelWidgets():   # back to English for the next tests
        translate_tree(window)
