"""Paints a calm stacked bar (complete / partly / nothing) for the consent progress column."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from scope_desk.ui import theme

PARTS_ROLE = Qt.ItemDataRole.UserRole + 1  # (complete, partial, nothing)
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
        bar = QRectF(rect.left(), rect.center().y() - 4, max(rect.width() - text_width, 20), 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_COLOURS[2])
        painter.drawRoundedRect(bar, 4, 4)
        total = float(sum(parts))
        x = bar.left()
        for value, colour in zip(parts[:2], _COLOURS[:2]):
            width = bar.width() * value / total
            if width > 0:
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, bar.top(), width, bar.height()), 4, 4)
                x += width
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(QRectF(bar.right() + 8, rect.top(), text_width, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        painter.restore()
