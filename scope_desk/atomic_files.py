"""Files written whole or not at all: a temp file in the target's folder, fsync, then os.replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike, data: bytes, *, make_parents: bool = False) -> Path:
    """Write ``data`` to ``path`` so that a crash never leaves half a file under that name
    (and an earlier file of that name stays intact until the new one is complete).
    ``make_parents`` creates missing folders; otherwise a missing folder is an OSError."""
    target = Path(path)
    if make_parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
