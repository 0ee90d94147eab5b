"""The look of scope-desk: a calm, light Fusion palette and a readable office font.

Colours are named once here; widgets use the object names and properties styled below instead of
setting colours themselves.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f8b"  # SCOPE blue
ACCENT_SOFT = "#e6eff6"
WINDOW = "#f4f6f8"
SURFACE = "#ffffff"
BORDER = "#d9dee3"
TEXT = "#1d2730"
MUTED = "#5d6b78"
GOOD = "#2e7d4f"
WARN = "#b26a00"
BAD = "#b3261e"

PAGE_MARGINS = (24, 20, 24, 16)  # left, top, right, bottom around every page: headings line up page to page

_PREFERRED_FONTS = ("Segoe UI", "Noto Sans", "Cantarell", "DejaVu Sans")

STYLE_SHEET = f"""
QMainWindow, QWidget#pageHost {{ background: {WINDOW}; }}
QListWidget#navigation {{
    background: {SURFACE}; border: none; border-right: 1px solid {BORDER};
    padding: 8px 6px; outline: 0;
}}
QListWidget#navigation::item {{ padding: 8px 10px; border-radius: 6px; color: {TEXT}; margin: 1px 0; }}
QListWidget#navigation::item:hover {{ background: #eef2f5; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT}; font-weight: 600; }}
QLabel[role="pageTitle"] {{ font-size: 18pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="pageSubtitle"] {{ color: {MUTED}; }}
QLabel[role="sectionTitle"] {{ font-size: 11.5pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="emptyState"] {{
    color: {MUTED}; background: {SURFACE}; border: 1px dashed {BORDER}; border-radius: 8px; padding: 18px;
}}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
QLabel[role="cardValue"] {{ font-size: 22pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="cardValue"][tone="good"] {{ color: {GOOD}; }}
QLabel[role="cardValue"][tone="warn"] {{ color: {WARN}; }}
QLabel[role="cardValue"][tone="bad"] {{ color: {BAD}; }}
QLabel[role="cardLabel"] {{ color: {MUTED}; font-weight: 600; }}
QLabel[role="cardCaption"] {{ color: {MUTED}; }}
QTableView {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
    gridline-color: #edf0f2; selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
}}
QTableView::item {{ padding: 0 8px; }}
QHeaderView::section {{
    background: #f7f9fa; color: {MUTED}; font-weight: 600; border: none;
    border-bottom: 1px solid {BORDER}; padding: 6px 8px;
}}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
"""


def office_font() -> QFont:
    families = set(QFontDatabase.families())
    font = QFont(QApplication.font())
    for family in _PREFERRED_FONTS:
        if family in families:
            font.setFamily(family)
            break
    font.setPointSizeF(10 if sys.platform != "darwin" else 13)
    return font


def office_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW, QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE, QPalette.ColorRole.AlternateBase: "#f7f9fa",
        QPalette.ColorRole.Text: TEXT, QPalette.ColorRole.Button: "#fbfcfd",
        QPalette.ColorRole.ButtonText: TEXT, QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT, QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Link: ACCENT, QPalette.ColorRole.Mid: BORDER,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa5ae"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa5ae"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa5ae"))
    return palette


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setFont(office_font())
    app.setPalette(office_palette())
    app.setStyleSheet(STYLE_SHEET)
