"""Rewrite resources/i18n/scope_desk_en.ts from the code, keeping every existing translation.

    python scripts/update_translations.py            # or scripts/update_translations.sh

Texts come from scripts/i18n_extract.py (lupdate plus the helper calls, headers and service labels
lupdate cannot see). A text whose English is not known yet is written with
``type="unfinished"``; texts that left the code are dropped (and counted). Fill in the English,
then ``python -m pytest tests/unit/test_translations.py`` tells what is still missing.
With ``--fill FILE.json`` ({"context": {"Dutch": "English"}}) translations are taken from FILE.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_extract import ROOT, messages  # noqa: E402

TS = ROOT / "resources" / "i18n" / "scope_desk_en.ts"


def read_translations(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if text and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                known[(name, message.findtext("source") or "")] = text
    return known


def write_ts(path: Path, found: dict[str, dict[str, str]], known: dict[tuple[str, str], str]) -> tuple[int, int]:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="nl_NL")
    todo = 0
    for context_name in sorted(found):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sorted(found[context_name]):
            message = ET.SubElement(context, "message")
            where = found[context_name][source]
            file_name, _, line = where.rpartition(":")
            if file_name and line.isdigit():
                ET.SubElement(message, "location", filename=f"../../{file_name}", line=line)
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if (context_name, source) in known:
                translation.text = known[(context_name, source)]
            else:
                translation.set("type", "unfinished")
                todo += 1
    ET.indent(root)
    partial = path.with_suffix(".ts.part")
    with open(partial, "w", encoding="utf-8", newline="\n") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")
    partial.replace(path)
    return sum(len(v) for v in found.values()), todo


def main(argv: list[str]) -> int:
    known = read_translations(TS)
    if len(argv) == 2 and argv[0] == "--fill":
        for context, pairs in json.loads(Path(argv[1]).read_text(encoding="utf-8")).items():
            for source, english in pairs.items():
                known[(context, source)] = english
    found = messages()
    dropped = {key for key in known if key[1] not in found.get(key[0], {})}
    total, todo = write_ts(TS, found, known)
    print(f"{TS.relative_to(ROOT)}: {total} texts, {todo} still to translate, {len(dropped)} no longer used (dropped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
