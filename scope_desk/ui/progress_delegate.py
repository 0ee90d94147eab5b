"""Paints a calm stacked bar (complete / partly / nothing) for the consent progress column."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from scope_desk.ui import theme

PARTS_ROLE = Qt.ItemDataRole.UserRole + 1  # (complete, partial, nothing)
MIN_BAR_WIDTH = 70  # narrower than this beside the percentage, and the bar goes below it
_COLOURS = (QColor(theme.GOOD), QColor("#e0a43a"), QColor("#dde3e8"))


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        parts = index.data(PARTS_ROLE)
        if not parts or sum(parts) == 0:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:  # background and selection, no text
            option.text = ""
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = option.rect.adjusted(10, 0, -10, 0)
        text_width = option.fontMetrics.horizontalAdvance("100 %") + 10
        if rect.width() < text_width + MIN_BAR_WIDTH:  # a narrow column: the percentage above a thin full-width bar
            middle = rect.center().y()
            text_rect = QRectF(rect.left(), middle - 13, rect.width(), option.fontMetrics.height())
            bar = QRectF(rect.left(), middle + 5, rect.width(), 6)
        else:
            bar = QRectF(rect.left(), rect.center().y() - 4, rect.width() - text_width, 8)
            text_rect = QRectF(bar.right() + 8, rect.top(), text_width - 8, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_COLOURS[2])
        radius = bar.height() / 2
        painter.drawRoundedRect(bar, radius, radius)
        total = float(sum(parts))
        x = bar.left()
        for value, colour in zip(parts[:2], _COLOURS[:2]):
            width = bar.width() * value / total
            if width > 0:
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, bar.top(), width, bar.height()), radius, radius)
                x += width
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        painter.restore()
