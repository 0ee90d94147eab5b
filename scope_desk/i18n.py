"""Translation files: Dutch is the source language, English comes from resources/i18n/scope_desk_en.ts.

A bundle ships the compiled ``scope_desk_<lang>.qm`` (scripts/build_bundle.sh compiles them). In a
source checkout the .qm is usually missing or older than the .ts: then the .ts is compiled with
PySide6's ``lrelease`` into the user's cache folder, named after a hash of the .ts content, so an
edited .ts is picked up at the next start and two programs starting at once never read half a file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir

from scope_desk import APP_AUTHOR, APP_NAME
from scope_desk.paths import resource

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "nl"


def ts_file(lang: str) -> Path:
    return resource("i18n", f"scope_desk_{lang}.ts")


def bundled_qm(lang: str) -> Path:
    return resource("i18n", f"scope_desk_{lang}.qm")


def lrelease_command() -> list[str] | None:
    """PySide6's lrelease (shipped inside the PySide6 package), or pyside6-lrelease on PATH."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).resolve().parent
        for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
            if (folder / name).is_file():
                return [str(folder / name)]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` atomically; raises RuntimeError when lrelease is missing or fails."""
    command = lrelease_command()
    if command is None:
        raise RuntimeError("lrelease (PySide6) not found")
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{qm.name}.", suffix=".part", dir=qm.parent)
    os.close(handle)
    try:
        result = subprocess.run([*command, "-silent", str(ts), "-qm", partial], capture_output=True, text=True)
        if result.returncode != 0 or os.path.getsize(partial) == 0:
            raise RuntimeError(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        os.replace(partial, qm)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def qm_file(lang: str) -> Path | None:
    """The compiled translation for ``lang``, compiling the .ts into the cache when needed.

    None for Dutch without a .qm (the source texts are Dutch) or when nothing usable exists.
    """
    ts, qm = ts_file(lang), bundled_qm(lang)
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = Path(user_cache_dir(APP_NAME, APP_AUTHOR)) / "i18n" / f"scope_desk_{lang}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        compile_ts(ts, cached)
    except (OSError, RuntimeError) as exc:
        print(f"scope-desk: translation {ts.name} could not be compiled ({exc}).", file=sys.stderr)
        return qm if qm.is_file() else None
    return cached
