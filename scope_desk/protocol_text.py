"""The article notation of the protocol: a small Markdown (or plain-text) form, read into sections
and articles. Pure functions, no database, no Qt.

The notation (``resources/protocol/protocol-2012.md`` is the example)::

    # Protocol Sociale Media            the title (optional)
    Versie: 2012                         optional metadata before the first section
    Geldig vanaf: 2012-11-01
    Bron: where the text comes from

    ## U. Uitgangspunten                 a section: code (1-3 capitals), a full stop, its title
    Text before the first article is the section's introduction (paragraphs split by blank lines).

    U.1 First article, its lines        an article: its code, then its text; following lines
    continue it until a blank line.      belong to it until a blank line or the next article
    2. Numbered articles are allowed     "2." inside section U becomes U.2

    ## A. Sociale media in de school — Voor alle gebruikers
                                         " — " splits a part heading shared by sections from the title
    ---                                  the rest of the file is the closing (place and date)

Line breaks inside a paragraph are not significant: lines are joined with one space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

PART_SEPARATOR = " — "
CLOSING_CODE = "SLOT"  # stored as a section without articles, never shown as a section

_SECTION = re.compile(r"^##\s+([A-Z]{1,3})\.?\s+(.+?)\s*$")
_TITLE = re.compile(r"^#\s+(.+?)\s*$")
_CODED_ARTICLE = re.compile(r"^([A-Z]{1,3})\.(\d{1,3})\s+(.*)$")
_NUMBERED_ARTICLE = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
_META = re.compile(r"^(versie|geldig vanaf|bron)\s*:\s*(.*)$", re.IGNORECASE)
_CLOSING_RULE = re.compile(r"^-{3,}\s*$")


class NotationError(ValueError):
    """The text does not follow the notation; ``str()`` is one Dutch sentence."""


@dataclass(frozen=True)
class ParsedArticle:
    code: str
    text: str


@dataclass(frozen=True)
class ParsedSection:
    code: str
    title: str  # may hold "part — title"
    intro: str = ""  # paragraphs separated by one blank line
    articles: tuple[ParsedArticle, ...] = ()

    @property
    def part(self) -> str:
        return self.title.split(PART_SEPARATOR, 1)[0] if PART_SEPARATOR in self.title else ""

    @property
    def heading(self) -> str:
        return self.title.split(PART_SEPARATOR, 1)[1] if PART_SEPARATOR in self.title else self.title


@dataclass(frozen=True)
class ParsedProtocol:
    title: str
    sections: tuple[ParsedSection, ...]
    label: str = ""
    effective_on: date | None = None
    source: str = ""
    closing: str = ""

    @property
    def articles(self) -> tuple[ParsedArticle, ...]:
        return tuple(article for section in self.sections for article in section.articles)


def normalise(text: str) -> str:
    """One space for every run of whitespace (line breaks of the PDF included), stripped."""
    return " ".join(text.split())


def decode(data: bytes, name: str = "het bestand") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused with one sentence."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotationError(f"{name} is als UTF-16 gemarkeerd maar niet leesbaar.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotationError(
            f"{name} is geen leesbare UTF-8-tekst (onleesbaar teken op positie {exc.start}); "
            "sla het op als UTF-8 en probeer het opnieuw."
        ) from None
    if "\x00" in text:
        raise NotationError(f"{name} bevat binaire gegevens; kies een Markdown- of tekstbestand.")
    return text


@dataclass
class _Section:
    code: str
    title: str
    intro: list[str] = field(default_factory=list)
    articles: list[list[str]] = field(default_factory=list)  # [code, text]


def parse(text: str) -> ParsedProtocol:
    """Read the notation. Raises NotationError for text without articles, duplicate codes, etc."""
    title, meta, closing_lines = "", {}, []
    sections: list[_Section] = []
    paragraph: list[str] = []  # lines of the paragraph being read
    target: str | None = None  # "intro" or "article"
    in_closing = False
    stray_line = 0  # first line of text before any section

    def flush() -> None:
        nonlocal paragraph, target
        if paragraph:
            joined = normalise(" ".join(paragraph))
            if target == "article":
                sections[-1].articles[-1][1] = normalise(sections[-1].articles[-1][1] + " " + joined)
            elif target == "intro" and joined:
                sections[-1].intro.append(joined)
        paragraph, target = [], None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if in_closing:
            closing_lines.append(line)
            continue
        if not line:
            flush()
            continue
        if _CLOSING_RULE.match(line):
            flush()
            in_closing = True
            continue
        section = _SECTION.match(line)
        if section:
            flush()
            code = section.group(1)
            if any(s.code == code for s in sections):
                raise NotationError(f"Sectie {code} komt twee keer voor (regel {number}).")
            if code == CLOSING_CODE:
                raise NotationError(f"De sectiecode {code} is gereserveerd (regel {number}).")
            sections.append(_Section(code, normalise(section.group(2))))
            continue
        heading = _TITLE.match(line)
        if heading and not sections and not title:
            title = normalise(heading.group(1))
            continue
        if not sections:
            found = _META.match(line)
            if found:
                meta[found.group(1).lower()] = found.group(2).strip()
                continue
        article = _CODED_ARTICLE.match(line) or _NUMBERED_ARTICLE.match(line)
        if article:
            if not sections:
                raise NotationError(f"Regel {number} begint een artikel vóór de eerste sectie (## X. Titel).")
            current = sections[-1]
            if article.re is _CODED_ARTICLE:
                prefix, num, rest = article.group(1), article.group(2), article.group(3)
                if prefix != current.code:
                    raise NotationError(f"Artikel {prefix}.{num} staat in sectie {current.code} (regel {number}).")
            else:
                num, rest = article.group(1), article.group(2)
            code = f"{current.code}.{int(num)}"
            flush()
            if any(code == c for s in sections for c, _ in s.articles):
                raise NotationError(f"Artikelcode {code} komt twee keer voor (regel {number}).")
            current.articles.append([code, ""])
            paragraph, target = [rest], "article"
            continue
        if not sections:
            stray_line = stray_line or number
            continue
        if target is None:
            target = "intro" if not sections[-1].articles else "article"
        paragraph.append(line)
    flush()

    parsed_sections = tuple(
        ParsedSection(s.code, s.title, "\n\n".join(s.intro), tuple(ParsedArticle(c, t) for c, t in s.articles))
        for s in sections
    )
    if not any(s.articles for s in parsed_sections):
        raise NotationError("Er staan geen artikelen in het bestand (verwacht regels als 'A.1 Tekst' onder '## A. Titel').")
    if stray_line:
        raise NotationError(f"Regel {stray_line} staat vóór de eerste sectie; begin een sectie met '## X. Titel'.")
    for section in parsed_sections:
        for article in section.articles:
            if not article.text:
                raise NotationError(f"Artikel {article.code} heeft geen tekst.")
    return ParsedProtocol(
        title=title or "Protocol Sociale Media", sections=parsed_sections, label=meta.get("versie", ""),
        effective_on=_parse_date(meta.get("geldig vanaf", "")), source=meta.get("bron", ""),
        closing=normalise(" ".join(closing_lines)),
    )


def _parse_date(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise NotationError(f"'Geldig vanaf: {text}' is geen datum; schrijf JJJJ-MM-DD.") from None


def to_notation(protocol: ParsedProtocol) -> str:
    """Write ``protocol`` back in the notation (what ``parse`` reads gives the same protocol)."""
    lines = [f"# {protocol.title}", ""]
    if protocol.label:
        lines.append(f"Versie: {protocol.label}")
    if protocol.effective_on:
        lines.append(f"Geldig vanaf: {protocol.effective_on.isoformat()}")
    if protocol.source:
        lines.append(f"Bron: {protocol.source}")
    for section in protocol.sections:
        lines += ["", f"## {section.code}. {section.title}"]
        for paragraph in filter(None, section.intro.split("\n\n")):
            lines += ["", paragraph]
        for article in section.articles:
            lines += ["", f"{article.code} {article.text}"]
    if protocol.closing:
        lines += ["", "---", "", protocol.closing]
    return "\n".join(lines) + "\n"
