"""A splitter that puts its two panes side by side when both fit, and one above the other when not.

School office laptops are 1366x768 or 1280x800: a list beside a detail view that fits on a wide
screen is cut off there (columns a scroll away, tab bars that scroll). ``AdaptiveSplitter`` asks each
pane for the width it needs (``minimumSizeHint``, or a function given for it) and turns vertical
below their sum, so nothing is squeezed. The user's own sizes are kept per orientation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

Horizontal = Qt.Orientation.Horizontal
Vertical = Qt.Orientation.Vertical


class AdaptiveSplitter(QSplitter):
    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None, *,
                 first_width: Callable[[], int] | None = None, second_width: Callable[[], int] | None = None,
                 first_share: float = 0.5, vertical_share: float = 0.4) -> None:
        super().__init__(Horizontal, parent)
        self.addWidget(first)
        self.addWidget(second)
        self.setChildrenCollapsible(False)
        self._widths = (first_width or (lambda: first.minimumSizeHint().width()),
                        second_width or (lambda: second.minimumSizeHint().width()))
        self._shares = {Horizontal: first_share, Vertical: vertical_share}
        self._user_sizes: dict[Qt.Orientation, list[int]] = {}
        self.splitterMoved.connect(lambda _pos, _index: self._user_sizes.__setitem__(self.orientation(), self.sizes()))

    def needed_width(self) -> int:
        """The width at which both panes fit side by side."""
        return self._widths[0]() + self._widths[1]() + self.handleWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.adapt(event.size().width(), event.size().height())

    def adapt(self, width: int | None = None, height: int | None = None) -> None:
        width = self.width() if width is None else width
        height = self.height() if height is None else height
        wanted = Horizontal if width >= self.needed_width() else Vertical
        if wanted == self.orientation() and wanted in self._user_sizes:
            return  # the user's own division stands; Qt keeps it in proportion
        self.setOrientation(wanted)
        total = (width if wanted == Horizontal else height) - self.handleWidth()
        sizes = self._user_sizes.get(wanted)
        if not sizes:
            if wanted == Horizontal:  # the detail gets what it needs, the list the rest
                second = max(self._widths[1](), round(total * (1 - self._shares[Horizontal])))
                second = min(second, total - self._widths[0]())
                sizes = [total - second, second]
            else:
                first = round(total * self._shares[Vertical])
                sizes = [first, total - first]
        self.setSizes(sizes)
