"""Find-in-text for a QTextEdit/QTextBrowser: every hit highlighted, one current hit, next/previous.

Case- and accent-insensitive (``scope_desk.text_search``), searched block by block so positions are
exact document positions.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from scope_desk.text_search import find_all

HIT = QColor("#fff0a6")
CURRENT = QColor("#ffb74d")


class TextHighlighter:
    def __init__(self, editor: QTextEdit) -> None:
        self.editor = editor
        self.hits: list[tuple[int, int]] = []  # document positions
        self.current = -1

    def search(self, query: str) -> int:
        """Find every hit of ``query``; the first becomes current. Returns the number of hits."""
        self.hits = []
        if query.strip():
            block = self.editor.document().begin()
            while block.isValid():
                base = block.position()
                self.hits += [(base + start, base + end) for start, end in find_all(block.text(), query)]
                block = block.next()
        self.current = 0 if self.hits else -1
        self._paint()
        return len(self.hits)

    def move(self, step: int) -> None:
        if not self.hits:
            return
        self.current = (self.current + step) % len(self.hits)
        self._paint()

    def clear(self) -> None:
        self.hits, self.current = [], -1
        self._paint()

    def _paint(self) -> None:
        selections = []
        for index, (start, end) in enumerate(self.hits):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT if index == self.current else HIT)
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        if self.current >= 0:
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(self.hits[self.current][0])
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
            # Bring the hit to about a third from the top, so its context shows around it.
            bar = self.editor.verticalScrollBar()
            bar.setValue(bar.value() + self.editor.cursorRect().top() - self.editor.viewport().height() // 3)

    def current_text(self) -> str:
        if self.current < 0:
            return ""
        start, end = self.hits[self.current]
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()
