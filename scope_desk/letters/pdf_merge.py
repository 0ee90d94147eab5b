"""Concatenate PDFs that reportlab wrote (the batch's chunk files) into one, streaming.

Not a general PDF merger: it relies on what reportlab writes — a classic xref table, one flat
``/Pages`` node, indirect references only in object dictionaries (never inside streams), no
encryption. Each chunk's objects are renumbered and copied byte for byte; each chunk keeps its
own font subsets and forms. Memory stays at about one chunk file. Much faster than a general
merger: no object parsing, no re-compression.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

_REF = re.compile(rb"(?<![\d.])(\d+) 0 R\b")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_XREF_ROW = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_HEADER = b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n"


class MergeError(ValueError):
    """A chunk file is not a PDF this merger understands."""


def _trailer_ref(trailer: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb" (\d+) 0 R", trailer)
    return int(match.group(1)) if match else None


def _read_objects(data: bytes) -> tuple[dict[int, bytes], int, int | None]:
    """Object number → its bytes (from 'N 0 obj' to the end of 'endobj'), root and info numbers."""
    start_xref = data.rfind(b"startxref")
    if start_xref < 0:
        raise MergeError("no startxref")
    xref_at = int(data[start_xref + 9:].split()[0])
    if data[xref_at:xref_at + 4] != b"xref":
        raise MergeError("no classic xref table")
    trailer_at = data.index(b"trailer", xref_at)
    header = data[xref_at + 4:trailer_at].split(b"\n", 2)
    first = int(header[1].split()[0])
    offsets: list[tuple[int, int]] = []
    for number, row in enumerate(_XREF_ROW.finditer(data, xref_at, trailer_at), start=first):
        if row.group(3) == b"n":
            offsets.append((int(row.group(1)), number))
    offsets.sort()
    objects: dict[int, bytes] = {}
    for i, (offset, number) in enumerate(offsets):
        end = offsets[i + 1][0] if i + 1 < len(offsets) else xref_at
        body = data[offset:end]
        close = body.rfind(b"endobj")
        objects[number] = body[:close + 6]
    trailer = data[trailer_at:start_xref]
    root = _trailer_ref(trailer, b"Root")
    if root is None:
        raise MergeError("no /Root")
    return objects, root, _trailer_ref(trailer, b"Info")


class PdfConcatenator:
    """Write chunk PDFs one after another into ``out``; ``finish()`` writes the page tree and xref."""

    CATALOG, PAGES, INFO = 1, 2, 3

    def __init__(self, out: BinaryIO, *, title: str = "", author: str = "") -> None:
        self._out = out
        self._offsets: dict[int, int] = {}
        self._kids: list[int] = []
        self._next = 4
        self._title, self._author = title, author
        self._digest = hashlib.md5()
        self._write(_HEADER)

    def _write(self, chunk: bytes) -> None:
        self._out.write(chunk)
        self._digest.update(chunk[:64])

    def _position(self) -> int:
        return self._out.tell()

    def add(self, data: bytes) -> int:
        """Append every page of one reportlab PDF; returns its page count."""
        objects, root, info = _read_objects(data)
        catalog = objects[root]
        pages_match = re.search(rb"/Pages (\d+) 0 R", catalog)
        if pages_match is None:
            raise MergeError("catalog without /Pages")
        pages_root = int(pages_match.group(1))
        kids_match = re.search(rb"/Kids \[([^\]]*)\]", objects[pages_root])
        if kids_match is None:
            raise MergeError("page tree without /Kids")
        if any(b"/Type /Pages" in objects[int(n)] for n in _REF.findall(kids_match.group(1))):
            raise MergeError("nested page tree")
        dropped = {root, pages_root} | ({info} if info is not None else set())
        mapping: dict[int, int] = {pages_root: self.PAGES}
        for number in sorted(objects):
            if number not in dropped:
                mapping[number] = self._next
                self._next += 1

        def renumber(match: re.Match) -> bytes:
            return b"%d 0 R" % mapping[int(match.group(1))]

        for number in sorted(objects):
            if number in dropped:
                continue
            body = objects[number]
            head_end = body.index(b"obj") + 3
            rest = body[head_end:]
            split = _STREAM.search(rest)
            if split is None:
                dictionary, stream = rest, b""
            else:
                dictionary, stream = rest[:split.start()], rest[split.start():]
            self._offsets[mapping[number]] = self._position()
            self._write(b"%d 0 obj" % mapping[number])
            self._write(_REF.sub(renumber, dictionary))
            self._write(stream)
            self._write(b"\n")
        new_kids = [mapping[int(n)] for n in _REF.findall(kids_match.group(1))]
        self._kids.extend(new_kids)
        return len(new_kids)

    def add_file(self, path: Path) -> int:
        return self.add(Path(path).read_bytes())

    @property
    def page_count(self) -> int:
        return len(self._kids)

    def finish(self) -> None:
        def obj(number: int, body: bytes) -> None:
            self._offsets[number] = self._position()
            self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

        obj(self.CATALOG, b"<< /Type /Catalog /Pages 2 0 R /PageMode /UseNone >>")
        kids = b" ".join(b"%d 0 R" % k for k in self._kids)
        obj(self.PAGES, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self._kids), kids))
        obj(self.INFO, b"<< /Title %s /Author %s /Producer (scope-desk) >>" % (_pdf_text(self._title), _pdf_text(self._author)))
        size = self._next
        xref_at = self._position()
        rows = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for number in range(1, size):
            rows.append(b"%010d 00000 n \n" % self._offsets[number])
        self._out.write(b"".join(rows))
        ident = self._digest.hexdigest().encode()
        self._out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                        % (size, ident, ident, xref_at))


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16BE with BOM (any character, no escaping troubles)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def concatenate(chunks: Iterable[Path], out: BinaryIO, *, title: str = "", author: str = "") -> int:
    merger = PdfConcatenator(out, title=title, author=author)
    for path in chunks:
        merger.add_file(path)
    merger.finish()
    return merger.page_count
