"""Render resources/icons/app.svg to scope-desk.png (256 px) and scope-desk.ico (16…256 px).

Windows wants an .ico for the program file and the taskbar; the window itself uses the SVG.
Run once after changing app.svg: ``python scripts/make_app_icons.py`` (needs Pillow).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "app.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    largest = render(256)
    largest.save(ICONS / "scope-desk.png")
    largest.save(ICONS / "scope-desk.ico", sizes=[(s, s) for s in SIZES])
    print(f"{ICONS / 'scope-desk.png'} and {ICONS / 'scope-desk.ico'} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
