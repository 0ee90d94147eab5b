"""A horizontal bar chart whose names are always readable: the Jaaroverzicht's categories, measures, platforms.

QtCharts gives a category axis at most 40 % of the chart's width and shortens what does not fit to
"…" — on a 1366x768 screen even "X" and "Pesten" became "…" because it also cuts labels taller than
their band. Here the names get the width they need first (up to LABEL_SHARE of the chart); only a
name that still does not fit is shortened, and its row's tooltip gives it in full with its count.
Painted to look like the QtCharts month chart beside it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ACCENT = QColor("#1f5f8b")
GRID = QColor("#e9e9e9")
TEXT = QColor("#3c3c3c")
LABEL_SHARE = 0.6  # the names may take this much of the chart's inner width; the bars get the rest
MARGIN, GAP, ROW_MIN = 10, 8, 4  # card padding, label-to-bar gap, extra height per row beyond the text


def nice_ticks(top: int) -> list[int]:
    """0 … a round maximum at or above ``top`` in at most 5 whole steps (0, 5, 10, 15, 20)."""
    top = max(top, 1)
    for magnitude in (10 ** k for k in range(0, 10)):
        for unit in (1, 2, 5):
            step = unit * magnitude
            if math.ceil(top / step) <= 5:
                return list(range(0, step * math.ceil(top / step) + 1, step))
    return [0, top]


class HorizontalBars(QWidget):
    def __init__(self, title: str, counts: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows = [(name, count) for name, count in counts.items() if count]  # first at the top
        self.ticks = nice_ticks(max((c for _n, c in self.rows), default=0))
        self.title_font = QFont(self.font())
        self.title_font.setPointSizeF(10.5)
        self.title_font.setBold(True)
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(9)
        self.setAccessibleName(title)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ---- geometry (what paintEvent draws, also read by tests) ------------------------------------
    def _card(self) -> QRect:
        return self.rect().adjusted(4, 4, -4, -4)

    def _title_height(self) -> int:
        return QFontMetrics(self.title_font).height() + 8

    def label_width(self) -> int:
        inner = self._card().width() - 2 * MARGIN
        widest = max((QFontMetrics(self.label_font).horizontalAdvance(n) for n, _c in self.rows), default=0)
        return min(widest + 4, int(inner * LABEL_SHARE))  # + 4: elidedText wants a little more than the advance

    def plot_rect(self) -> QRect:
        card, metrics = self._card(), QFontMetrics(self.label_font)
        left = card.left() + MARGIN + self.label_width() + GAP
        top = card.top() + MARGIN + self._title_height()
        right = card.right() - MARGIN - metrics.horizontalAdvance(str(self.ticks[-1])) // 2
        bottom = card.bottom() - MARGIN - metrics.height() - 4
        return QRect(left, top, max(right - left, 1), max(bottom - top, 1))

    def shown_labels(self) -> list[str]:
        """The names as drawn at the current size, top row first ("…" where a name was shortened)."""
        metrics = QFontMetrics(self.label_font)
        return [metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.label_width()) for name, _c in self.rows]

    def _band(self) -> float:
        return self.plot_rect().height() / max(len(self.rows), 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        row = QFontMetrics(self.label_font).height() + ROW_MIN
        height = 8 + 2 * MARGIN + self._title_height() + max(len(self.rows), 1) * row + QFontMetrics(self.label_font).height() + 4
        return QSize(220, height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, max(240, self.minimumSizeHint().height()))

    # ---- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        card = self._card()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(card), 8, 8)
        painter.setFont(self.title_font)
        painter.setPen(TEXT)
        title = QRect(card.left(), card.top() + MARGIN - 2, card.width(), self._title_height())
        painter.drawText(title, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.title)
        painter.setFont(self.label_font)
        plot, metrics = self.plot_rect(), QFontMetrics(self.label_font)
        if not self.rows:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Geen meldingen in deze periode"))
            return
        top_value = self.ticks[-1]
        for tick in self.ticks:  # grid lines and the value axis
            x = plot.left() + round(plot.width() * tick / top_value)
            painter.setPen(GRID)
            painter.drawLine(x, plot.top(), x, plot.bottom())
            painter.setPen(TEXT)
            painter.drawText(QRect(x - 30, plot.bottom() + 4, 60, metrics.height()), Qt.AlignmentFlag.AlignHCenter, str(tick))
        painter.setPen(GRID)
        painter.drawLine(plot.left(), plot.top(), plot.right(), plot.top())
        painter.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom())
        band = self._band()
        for index, ((_name, count), shown) in enumerate(zip(self.rows, self.shown_labels())):
            y = plot.top() + band * index
            label = QRectF(card.left() + MARGIN, y, self.label_width(), band)
            painter.setPen(TEXT)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
            bar_height = min(band * 0.65, metrics.height() + 10)
            bar = QRectF(plot.left(), y + (band - bar_height) / 2, plot.width() * count / top_value, bar_height)
            painter.fillRect(bar, ACCENT)
            text = str(count)
            inside = metrics.horizontalAdvance(text) + 6 <= bar.width()
            painter.setPen(QColor("#ffffff") if inside else TEXT)
            where = bar if inside else QRectF(bar.right() + 4, bar.top(), 60, bar.height())
            align = Qt.AlignmentFlag.AlignCenter if inside else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(where, int(align), text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            plot = self.plot_rect()
            y = event.pos().y()
            index = int((y - plot.top()) // self._band()) if plot.top() <= y <= plot.bottom() else -1
            if 0 <= index < len(self.rows):
                name, count = self.rows[index]
                QToolTip.showText(event.globalPos(), f"{name}: {count}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
