"""Compile resources/i18n/*.ts into *.qm next to them (for the bundle); one line per file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scope_desk.i18n import compile_ts  # noqa: E402
from scope_desk.paths import resource  # noqa: E402


def main() -> int:
    sources = sorted(resource("i18n").glob("*.ts"))
    if not sources:
        print("compile_translations: no .ts files in resources/i18n", file=sys.stderr)
        return 1
    for ts in sources:
        qm = ts.with_suffix(".qm")
        compile_ts(ts, qm)
        print(f"{ts.name} -> {qm.name} ({qm.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
