"""The bundled protocol holds every word of the board's 2012 text, and the notation parser refuses
files it cannot read as a protocol."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scope_desk import paths
from scope_desk.protocol_text import NotationError, decode, normalise, parse, to_notation

SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sociale-media-2012.txt"
BUNDLED = paths.resource("protocol", "protocol-2012.md")

# Headings of the PDF text, mapped to the section code they open ("" = heading without articles).
SOURCE_HEADINGS = {
    "Inleiding": "I",
    "Uitgangspunten": "U",
    "Doelgroep en reikwijdte": "D",
    "Sociale media in de school": "",
    "A. Voor alle gebruikers (medewerkers, leerlingen en ouders/verzorgers)": "A",
    "B. Voor medewerkers tijdens en buiten werksituaties": "B",
    "Sancties en gevolgen voor medewerkers, ouders en leerlingen": "S",
}


def source_articles() -> dict[str, str]:
    """The numbered articles of the PDF text, found independently of the parser: code → text."""
    articles: dict[str, list[str]] = {}
    section, current = "", None
    for raw in SOURCE.read_text(encoding="utf-8").splitlines():
        line = normalise(raw)
        if not line or line.startswith("Protocol Sociale Media") or line.startswith("Alphen aan den Rijn"):
            continue
        if line in SOURCE_HEADINGS:
            section, current = SOURCE_HEADINGS[line], None
            continue
        numbered = re.match(r"^(\d+)\. (.*)$", line)
        if numbered and section:
            current = f"{section}.{numbered.group(1)}"
            articles[current] = [numbered.group(2)]
        elif current:
            articles[current].append(line)
    return {code: normalise(" ".join(parts)) for code, parts in articles.items()}


def bundled():
    return parse(BUNDLED.read_text(encoding="utf-8"))


def test_every_article_of_the_source_is_bundled_word_for_word():
    expected = source_articles()
    got = {article.code: article.text for article in bundled().articles}
    assert len(expected) == 23
    assert got == expected
    assert [a.code for a in bundled().articles] == list(expected)  # same order


def test_the_whole_text_reads_as_the_source_in_order():
    protocol = bundled()
    stream, last_part = [protocol.title], ""
    for section in protocol.sections:
        if section.part and section.part != last_part:
            stream.append(section.part)
        last_part = section.part
        stream.append(f"{section.code}. {section.heading}" if section.part else section.title)
        stream.append(section.intro)
        for number, article in enumerate(section.articles, start=1):
            assert article.code == f"{section.code}.{number}"
            stream.append(f"{number}. {article.text}")
    stream.append(protocol.closing)
    assert normalise(" ".join(stream)) == normalise(SOURCE.read_text(encoding="utf-8"))


def test_sections_codes_and_metadata():
    protocol = bundled()
    assert [s.code for s in protocol.sections] == ["I", "U", "D", "A", "B", "S"]
    assert [len(s.articles) for s in protocol.sections] == [0, 6, 2, 7, 5, 3]
    assert protocol.sections[0].intro.count("\n\n") == 4  # five paragraphs of the Inleiding
    assert protocol.label == "2012" and protocol.effective_on.isoformat() == "2012-11-01"
    assert protocol.closing == "Alphen aan den Rijn, november 2012."


def test_notation_round_trip():
    protocol = bundled()
    assert parse(to_notation(protocol)) == protocol


def test_numbered_articles_get_the_section_code():
    protocol = parse("## Q. Vragen\nInleidende zin.\n\n1. Eerste\nvervolg.\n2) Tweede.\n")
    assert [(a.code, a.text) for a in protocol.articles] == [("Q.1", "Eerste vervolg."), ("Q.2", "Tweede.")]
    assert protocol.sections[0].intro == "Inleidende zin."


@pytest.mark.parametrize("text, message", [
    ("# Protocol\n\n## A. Alleen een titel\nGeen artikelen hier.\n", "geen artikelen"),
    ("## A. Een\nA.1 Eerste.\nA.1 Nog eens.\n", "A.1 komt twee keer"),
    ("## A. Een\nA.1 Eerste.\n## A. Weer A\nA.2 Tweede.\n", "Sectie A komt twee keer"),
    ("## A. Een\nB.1 Verkeerde sectie.\n", "staat in sectie A"),
    ("A.1 Zonder sectie.\n", "vóór de eerste sectie"),
    ("Geldig vanaf: 1 mei\n## A. Een\nA.1 Tekst.\n", "geen datum"),
])
def test_bad_notation_is_refused_with_one_sentence(text, message):
    with pytest.raises(NotationError, match=message):
        parse(text)


def test_decode_accepts_utf8_with_bom_and_refuses_latin1():
    assert decode("\ufeff## A. Één".encode("utf-8")) == "## A. Één"
    assert decode("## A. Één".encode("utf-16")) == "## A. Één"
    with pytest.raises(NotationError, match="geen leesbare UTF-8"):
        decode("## A. Één".encode("cp1252"))
    with pytest.raises(NotationError, match="binaire"):
        decode(b"## A. x\x00y")
