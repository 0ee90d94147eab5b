"""Compare two screenshots of the same page: ``compare_screenshots.py A.png B.png``.

Used by build_bundle to check that the frozen program draws the dashboard as the normal one does.
They must have the same size, and at most MAX_CHANGED_FRACTION of the pixels may differ by more
than PIXEL_THRESHOLD in some colour channel.

Why these numbers (measured here, 1280x800, demo store of 300 pupils): the frozen and the normal
program drew every page identically (0.000 %), since both use the same system fonts through the
same Qt. The bundle carries its own FreeType/fontconfig, which on another machine may hint and
anti-alias glyph edges a little differently: such edge pixels mostly move by less than the
threshold, and a thin rim of changed pixels around text stays well under the limit. What must
fail does fail: the same dashboard in English instead of Dutch differs in 7.1 % of its pixels, and
a page that could not be opened in the bundle (a module missing — this check found one:
reportlab's barcode modules) differed in 37.5 %. So: any channel more than 48/255 apart counts as
changed, and at most 3 % of the pixels may change.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage  # noqa: E402

PIXEL_THRESHOLD = 48  # of 255, in any channel: "visibly different", not anti-aliasing noise
MAX_CHANGED_FRACTION = 0.03


def changed_fraction(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    changed = 0
    width = a.width()
    for y in range(a.height()):
        line_a = bytes(a.constScanLine(y))[: width * 4]
        line_b = bytes(b.constScanLine(y))[: width * 4]
        if line_a == line_b:
            continue
        for x in range(0, width * 4, 4):
            if line_a[x:x + 3] != line_b[x:x + 3] and max(
                abs(line_a[x] - line_b[x]), abs(line_a[x + 1] - line_b[x + 1]), abs(line_a[x + 2] - line_b[x + 2])
            ) > PIXEL_THRESHOLD:
                changed += 1
    return changed / float(a.width() * a.height())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: compare_screenshots.py A.png B.png", file=sys.stderr)
        return 2
    a, b = QImage(argv[0]), QImage(argv[1])
    if a.isNull() or b.isNull():
        print(f"compare: cannot read {argv[0] if a.isNull() else argv[1]}", file=sys.stderr)
        return 1
    if a.size() != b.size():
        print(f"compare: sizes differ: {a.width()}x{a.height()} vs {b.width()}x{b.height()}", file=sys.stderr)
        return 1
    fraction = changed_fraction(a, b)
    verdict = "ok" if fraction <= MAX_CHANGED_FRACTION else "DIFFERENT"
    print(f"compare: {a.width()}x{a.height()}, {fraction:.3%} of pixels differ by more than "
          f"{PIXEL_THRESHOLD}/255 (limit {MAX_CHANGED_FRACTION:.0%}): {verdict}")
    return 0 if fraction <= MAX_CHANGED_FRACTION else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
