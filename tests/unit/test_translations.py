"""The English translation file is complete, up to date with the code, and usable at run time."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "scope_desk_en.ts"
sys.path.insert(0, str(ROOT / "scripts"))


def _messages():
    for context in ET.parse(TS).getroot().findall("context"):
        for message in context.findall("message"):
            yield context.findtext("name"), message


def test_every_text_has_a_finished_english_translation():
    problems = []
    for context, message in _messages():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing") or not (translation.text or "").strip():
            problems.append(f"{context}: {message.findtext('source')!r} ({kind or 'empty'})")
    assert not problems, "untranslated texts (fill them in resources/i18n/scope_desk_en.ts):\n" + "\n".join(problems)


def test_the_ts_file_holds_exactly_the_texts_of_the_code():
    from i18n_extract import messages

    in_code = {(context, source) for context, texts in messages().items() for source in texts}
    in_ts = {(context, message.findtext("source")) for context, message in _messages()}
    missing, obsolete = sorted(in_code - in_ts), sorted(in_ts - in_code)
    assert not missing, f"texts in the code but not in the .ts (run scripts/update_translations.sh): {missing}"
    assert not obsolete, f"texts in the .ts that the code no longer uses (run scripts/update_translations.sh): {obsolete}"


def test_placeholders_survive_translation():
    wrong = []
    for context, message in _messages():
        source, english = message.findtext("source") or "", message.findtext("translation") or ""
        pattern = r"%\d|%s"
        if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, english)):
            wrong.append(f"{context}: {source!r} -> {english!r}")
    assert not wrong, "\n".join(wrong)


def test_a_missing_qm_is_compiled_into_the_cache_and_translates(tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    from scope_desk import i18n

    monkeypatch.setattr(i18n, "bundled_qm", lambda lang: tmp_path / f"absent_{lang}.qm")
    qm = i18n.qm_file("en")
    assert qm is not None and qm.is_file() and "cache" in str(qm).lower()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&Bestand") == "&File"
    assert translator.translate("pages", "Toestemmingen") == "Consent"
    assert i18n.qm_file("en") == qm  # the second start reuses the compiled file
