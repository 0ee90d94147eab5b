"""Switching to English and back changes every page's visible text, and English shows no Dutch.

Each page of ui.pages.PAGES is shown on a small demo store in Dutch, then the language is switched
to English (the window is rebuilt, as the settings dialog does), then back to Dutch. The visible
texts — labels, buttons, group boxes, tab titles, placeholders, combo-box items, table headers,
menus — are collected by walking the widget tree.

In English no visible text may be a Dutch source text of the translation file, nor contain a
Dutch text that is written in the UI code without going through tr() (both found automatically);
the short ALLOWED list holds words that are the same in both languages or are names.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QTabBar,
    QWidget,
)

from scope_desk.app import OFFICE_ACTOR, build_main_window, install_language
from scope_desk.services.container import Services
from scope_desk.ui.language import switch_language
from scope_desk.ui.pages import page_names

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "scope_desk_en.ts"
# Same in Dutch and English, or names: never a sign of a missing translation.
ALLOWED = {
    "Status", "School", "Incident", "Platform", "Details", "Protocol", "Accounts", "OK", "PDF", "SHA-256",
    "in", "scope-desk", "Help", "Was:", "1 incident", "Open incidenten",  # "open" is the same word
}


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.replace("&", "").split())


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(min(widget.count(), 50)))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: no header to read
                continue
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
    return {_plain(t) for t in texts if t and _plain(t)}


def window_texts(window) -> set[str]:
    texts = set()
    for action in window.menuBar().actions():
        texts.add(_plain(action.text()))
        for sub in action.menu().actions():
            if sub.text():
                texts.add(_plain(sub.text()))
    return texts


def _translations() -> dict[str, str]:
    """Dutch source → English, for every text whose English differs."""
    pairs = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source, english = message.findtext("source") or "", message.findtext("translation") or ""
        if source != english:
            pairs[_plain(source)] = _plain(english)
    return pairs


def _untranslated_literals() -> set[str]:
    """Dutch-looking string constants in scope_desk/ui that never pass through tr()."""
    sources = {_plain(m.findtext("source") or "") for m in ET.parse(TS).getroot().iter("message")}
    found = set()
    for path in (ROOT / "scope_desk" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = _plain(node.value)
                if len(text) >= 6 and " " in text and re.search(r"[a-z]{3}", text) and text not in sources:
                    found.add(text)
    return found


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory):
    from scope_desk.db import open_store
    from scope_desk.services.demo_data import ensure_demo_data

    store = open_store(str(tmp_path_factory.mktemp("lang") / "demo.sqlite3"))
    ensure_demo_data(store, students=60, seed=7)
    yield Services.over(store)
    store.dispose()


def _show(qtbot, window, page: str):
    window.resize(1280, 800)
    window.show()
    widget = window.show_page(page)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return widget


def _digits_blurred(texts: set[str]) -> set[str]:
    return {re.sub(r"\d+", "#", t) for t in texts}


@pytest.mark.parametrize("page", page_names())
def test_switching_to_english_and_back_changes_every_visible_text(qtbot, demo_services, page):
    app = QApplication.instance()
    install_language(app, "nl")
    dutch_window = build_main_window(demo_services, OFFICE_ACTOR)
    qtbot.addWidget(dutch_window)
    dutch = visible_texts(_show(qtbot, dutch_window, page)) | window_texts(dutch_window)

    english_window = switch_language(dutch_window, "en")
    qtbot.addWidget(english_window)
    try:
        assert english_window.current_page_name() == page
        english = visible_texts(_show(qtbot, english_window, page)) | window_texts(english_window)
    finally:
        back = switch_language(english_window, "nl")
        qtbot.addWidget(back)
    translations = _translations()
    assert len(dutch) > 5 and english != dutch
    changed = {text for text in dutch if text in translations}
    assert changed, f"no translatable text found on page {page}"
    assert not (changed & english), f"still Dutch on {page} in English: {sorted(changed & english)}"

    still_dutch = sorted(text for text in english if text in translations and text not in ALLOWED)
    assert not still_dutch, f"Dutch source texts shown in English on page {page}: {still_dutch}"
    long_sources = [d for d, e in translations.items() if len(d) >= 10 and " " in d and d not in e]
    embedded = sorted({text for text in english for d in long_sources if d in text and text not in ALLOWED})
    assert not embedded, f"texts on page {page} with a Dutch source text inside: {embedded}"
    literals = _untranslated_literals()
    hard_coded = sorted(text for text in english for lit in literals if lit in text and text not in ALLOWED)
    assert not hard_coded, f"texts on page {page} that never pass through tr(): {hard_coded}"

    again = visible_texts(_show(qtbot, back, page)) | window_texts(back)
    assert _digits_blurred(again) == _digits_blurred(dutch)


def test_switch_keeps_the_signed_in_actor_and_the_page(qtbot, demo_services):
    install_language(QApplication.instance(), "nl")
    window = build_main_window(demo_services, OFFICE_ACTOR)
    qtbot.addWidget(window)
    window.show_page(page_names()[-1])
    new = switch_language(window, "en")
    qtbot.addWidget(new)
    assert new.actor is OFFICE_ACTOR and new.current_page_name() == page_names()[-1]
    assert new.menuBar().actions()[0].text() == "&File"
    back = switch_language(new, "nl")
    qtbot.addWidget(back)
    assert back.menuBar().actions()[0].text() == "&Bestand"
