"""Read an export file into a plain table: header cells and rows, each with its line number.

EDEXML (.xml, or a file that starts with a tag) goes to importers/edexml.py and comes back as the
same kind of table.

CSV: ``;``, ``,`` or tab, decided on the header line (csv.Sniffer guesses wrong on Dutch exports);
UTF-8 with or without BOM first, then Windows-1252 (which never fails, so it must come last);
quoted fields with separators and line breaks inside; CRLF; blank lines skipped. XLSX through
openpyxl in read-only mode. Everything comes back as text, so "00042" stays "00042"; a cell our
own export neutralised ("'=…", formula_cells) comes back as it was.
A file that cannot be read raises ImportRejected naming the line.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from scope_desk.errors import ImportRejected
from scope_desk.formula_cells import restore

MAX_BYTES = 50 * 1024 * 1024
SEPARATORS = (";", "\t", ",")
SEPARATOR_NAMES = {";": "puntkomma", "\t": "tab", ",": "komma"}


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number in the file, cells)
    source: str  # "CSV (puntkomma, UTF-8)" / "Excel (XLSX)"
    header_line: int = 1
    notes: tuple[str, ...] = field(default_factory=tuple)
    row_problems: dict[int, str] = field(default_factory=dict)  # index in rows → why it cannot be used (EDEXML)


def read_table(path: str | Path) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"Het bestand {path.name} kan niet worden gelezen ({exc.strerror or exc}).") from None
    if len(data) > MAX_BYTES:
        raise ImportRejected(f"Het bestand {path.name} is groter dan 50 MB; dat is geen leerlingexport.")
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(data, path.name)
    if path.suffix.lower() == ".xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportRejected(f"{path.name} is een oud Excel-bestand (.xls); sla het op als .xlsx of .csv en probeer opnieuw.")
    from scope_desk.importers import edexml

    if path.suffix.lower() == ".xml" or edexml.looks_like_xml(data):
        return edexml.read_edexml(data, path.name)
    return read_csv_bytes(data, path.name)


def decode(data: bytes, name: str = "bestand") -> tuple[str, str]:
    """Text and the encoding used. UTF-8 (with or without BOM) first; Windows-1252 only if that fails."""
    if b"\x00" in data[:4096]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16"), "UTF-16"
            except UnicodeDecodeError:
                pass
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ImportRejected(f"Regel {line} van {name} bevat binaire gegevens; dit is geen tekst- of Excelbestand.")
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRejected(f"Regel {line} van {name} bevat tekens die niet te lezen zijn (geen UTF-8 of Windows-1252).") from None


def pick_separator(header_line: str) -> str:
    """The separator that splits the header line into the most fields (outside quotes)."""
    best, best_count = ";", 0
    for sep in SEPARATORS:
        try:
            count = len(next(csv.reader([header_line], delimiter=sep)))
        except (csv.Error, StopIteration):
            continue
        if count > best_count:
            best, best_count = sep, count
    return best


def read_csv_bytes(data: bytes, name: str = "bestand") -> Table:
    text, encoding = decode(data, name)
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise ImportRejected(f"Regel 1 van {name}: het bestand is leeg, er staat geen kopregel in.")
    sep = pick_separator(lines[header_index])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    headers: tuple[str, ...] | None = None
    header_line = 1
    rows: list[tuple[int, tuple[str, ...]]] = []
    start = 1
    try:
        for record in reader:
            line_no, start = start, reader.line_num + 1
            if not record or all(not cell.strip() for cell in record):
                continue
            cells = tuple(restore(cell.strip()) for cell in record)
            if headers is None:
                headers, header_line = cells, line_no
                continue
            if len(cells) > len(headers) and any(c for c in cells[len(headers):]):
                raise ImportRejected(
                    f"Regel {line_no} van {name} heeft {len(cells)} kolommen, de kopregel {len(headers)}; "
                    f"staat er een {SEPARATOR_NAMES[sep]} in een veld zonder aanhalingstekens?")
            rows.append((line_no, cells[: len(headers)] + ("",) * (len(headers) - len(cells))))
    except csv.Error as exc:
        raise ImportRejected(f"Regel {start} van {name} is niet te lezen: {_csv_reason(exc)}.") from None
    if headers is None:
        raise ImportRejected(f"Regel 1 van {name}: het bestand is leeg, er staat geen kopregel in.")
    return Table(headers=headers, rows=tuple(rows), source=f"CSV ({SEPARATOR_NAMES[sep]}, {encoding})", header_line=header_line)


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "EOF" in text or "end of data" in text or "unexpected end" in text:
        return "een aanhalingsteken wordt geopend maar niet gesloten"
    if "expected" in text and "after" in text:
        return "een aanhalingsteken midden in een veld"
    return text


def _cell_text(value, number_format: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        zeros = number_format.strip('"')
        if zeros and set(zeros) == {"0"} and len(zeros) > len(text):
            text = text.zfill(len(zeros))  # "00000" format: the leading zeros the sheet shows
        return text
    return restore(str(value).strip())


def read_xlsx(data: bytes, name: str = "bestand") -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportRejected(f"{name} is geen leesbaar Excelbestand (.xlsx): {type(exc).__name__}.") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ImportRejected(f"{name} bevat geen werkblad.")
        headers: tuple[str, ...] | None = None
        header_line = 1
        rows: list[tuple[int, tuple[str, ...]]] = []
        for index, row in enumerate(sheet.iter_rows(), start=1):
            cells = tuple(_cell_text(c.value, getattr(c, "number_format", "") or "") for c in row)
            if not any(cells):
                continue
            if headers is None:
                while cells and not cells[-1]:
                    cells = cells[:-1]
                headers, header_line = cells, index
                continue
            if len(cells) > len(headers) and any(cells[len(headers):]):
                extra = len(headers) + next(i for i, c in enumerate(cells[len(headers):]) if c)
                raise ImportRejected(f"Regel {index} van {name} heeft een waarde in kolom {extra + 1}, die geen kop heeft.")
            rows.append((index, cells[: len(headers)] + ("",) * (len(headers) - len(cells))))
    except ImportRejected:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged sheets
        raise ImportRejected(f"{name} is een beschadigd Excelbestand ({type(exc).__name__}).") from None
    finally:
        book.close()
    if headers is None:
        raise ImportRejected(f"Regel 1 van {name}: het bestand is leeg, er staat geen kopregel in.")
    return Table(headers=headers, rows=tuple(rows), source="Excel (XLSX)", header_line=header_line)
