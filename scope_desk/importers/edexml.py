"""EDEXML, the Dutch exchange format for pupil data, read into the same Table as a CSV export.

    <leerlingen><leerling key="00017"><achternaam>…</achternaam><voorvoegsel>…</voorvoegsel>
      <roepnaam>…</roepnaam><geboortedatum>2017-04-03</geboortedatum><groep key="G3"/></leerling>…
    <groepen><groep key="G3"><naam>Groep 3</naam></groep>…

Each <leerling> becomes a row (its line in the file as the row's line) with the headers a CSV
export would have, so column recognition, checks and rejections are the CSV path's. The key of
<leerling> is the leerlingnummer; a missing element gives an empty cell, which the checks reject
with their reason ("achternaam ontbreekt"); a group key that is not among <groepen> is a rejected
row too. Namespaces are ignored (EDEXML versions differ in them).

Safe parsing: the expat parser under xml.etree (used directly for the line of each <leerling>)
with xml.etree's TreeBuilder; a file with a DOCTYPE or ENTITY declaration is refused before
parsing (defusedxml is not installed), so no entity, external or nested, is ever expanded. A
malformed file raises ImportRejected naming the line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from scope_desk.errors import ImportRejected
from scope_desk.importers.table import Table

HEADERS = ("Leerlingnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Groep")
_FIELDS = ("roepnaam", "voorvoegsel", "achternaam", "geboortedatum")
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CODE = expat.errors.codes  # message → number (the constants in expat.errors are the messages)
_REASONS = {
    _CODE[expat.errors.XML_ERROR_TAG_MISMATCH]: "een eindtag past niet bij de begintag",
    _CODE[expat.errors.XML_ERROR_UNCLOSED_TOKEN]: "het bestand houdt midden in een tag op",
    _CODE[expat.errors.XML_ERROR_NO_ELEMENTS]: "het bestand houdt op voordat alle elementen zijn gesloten",
    _CODE[expat.errors.XML_ERROR_INVALID_TOKEN]: "een ongeldig teken of een kapotte tag",
    _CODE[expat.errors.XML_ERROR_UNDEFINED_ENTITY]: "een onbekende entiteit (&…;)",
    _CODE[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]: "tekst na het laatste element",
    _CODE[expat.errors.XML_ERROR_SYNTAX]: "een syntaxfout",
    _CODE[expat.errors.XML_ERROR_PARTIAL_CHAR]: "een afgebroken teken",
}


def looks_like_xml(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def _local(tag: str) -> str:
    """ "{ns}leerling" / "edex:leerling" → "leerling"."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _parse(data: bytes, name: str) -> tuple[ET.Element, dict[int, int]]:
    """The tree (built with xml.etree's TreeBuilder on its expat parser) and {id(<leerling>): line}."""
    declaration = _DECLARATION.search(data)
    if declaration:
        line = data[: declaration.start()].count(b"\n") + 1
        raise ImportRejected(f"Regel {line} van {name} bevat een DOCTYPE- of ENTITY-declaratie; "
                             "die worden om veiligheidsredenen niet ingelezen.")
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = expat.ParserCreate()
    parser.buffer_text = True

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = builder.start(tag, attrs)
        if _local(tag) == "leerling":
            lines[id(element)] = parser.CurrentLineNumber

    def refuse(*_args) -> None:  # never reached after the check above; here so it stays true
        raise ImportRejected(f"Regel {parser.CurrentLineNumber} van {name} bevat een DOCTYPE- of ENTITY-declaratie; "
                             "die worden om veiligheidsredenen niet ingelezen.")

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        reason = _REASONS.get(exc.code, f"XML-fout: {expat.ErrorString(exc.code)}")
        raise ImportRejected(f"Regel {exc.lineno} van {name} is geen geldige XML ({reason}).") from None
    return builder.close(), lines


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def read_edexml(data: bytes, name: str = "bestand") -> Table:
    root, lines = _parse(data, name)
    pupils = root if _local(root.tag) == "leerlingen" else _child(root, "leerlingen")
    if pupils is None:
        raise ImportRejected(f"{name} is een XML-bestand maar geen EDEXML-leerlingexport: er staat geen "
                             "<leerlingen> in.")
    groups_element = _child(root, "groepen")
    groups = {}
    for group in groups_element if groups_element is not None else ():
        if _local(group.tag) == "groep" and group.get("key"):
            groups[group.get("key")] = _text(_child(group, "naam"))
    rows: list[tuple[int, tuple[str, ...]]] = []
    problems: dict[int, str] = {}
    for pupil in pupils:
        if _local(pupil.tag) != "leerling":
            continue
        line = lines.get(id(pupil), 1)
        first, prefix, surname, born = (_text(_child(pupil, f)) for f in _FIELDS)
        group = _child(pupil, "groep")
        group_key = (group.get("key") or "").strip() if group is not None else ""
        class_name = groups.get(group_key, "")
        if group_key and group_key not in groups:
            problems[len(rows)] = f"groep '{group_key}' staat niet bij de groepen in het bestand"
        rows.append((line, ((pupil.get("key") or "").strip(), first, prefix, surname, born, class_name)))
    return Table(headers=HEADERS, rows=tuple(rows), source="EDEXML", row_problems=problems)
