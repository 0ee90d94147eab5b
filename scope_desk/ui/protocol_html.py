"""Rich text for the protocol reading view and the "what changed" view (Qt's HTML subset).

One centred column of limited width (a comfortable line length), article codes in a margin column,
links for "copy citation" and for the incidents that cite an article.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from scope_desk.services.protocol_types import ProtocolDocument, VersionDiff, dutch_date

ACCENT = "#1f5f8b"
INK = "#1d2730"
MUTED = "#5d6b78"
TEXT_WIDTH = 700  # px: about 80 characters at 11 pt
ADDED_BG = "#e3f4e8"
REMOVED_BG = "#fbe7e6"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProtocolPage", text)


def anchor_of(code: str) -> str:
    return f"art-{code}"


def _para(text: str, style: str = "") -> str:
    return f"<p style='margin-top:0px; margin-bottom:0px; line-height:140%; {style}'>{escape(text)}</p>"


def document_html(document: ProtocolDocument, incident_counts: dict[str, int] | None = None,
                  organisation: str = "SCOPE") -> str:
    version = document.version
    rows: list[str] = []

    def row(code_cell: str, body: str, top: int = 0, bottom: int = 10) -> None:
        pad = f"padding-top:{top}px; padding-bottom:{bottom}px;"
        rows.append(f"<tr><td width='64' valign='top' style='{pad}'>{code_cell}</td>"
                    f"<td valign='top' style='{pad}'>{body}</td></tr>")

    subtitle = _tr("Versie %1 · geldig vanaf %2").replace("%1", version.label).replace("%2", dutch_date(version.effective_on))
    row("", f"<p style='margin:0; color:{ACCENT}; font-weight:600;'>{escape(organisation)}</p>"
            f"<p style='margin:2px 0 2px 0; font-size:20pt; font-weight:600;'>{escape(version.title)}</p>"
            f"<p style='margin:0 0 6px 0; color:{MUTED};'>{escape(subtitle)}</p>")
    last_part = ""
    for section in document.sections:
        if section.part and section.part != last_part:
            row("", f"<p style='margin:0; font-size:15pt; font-weight:600;'>{escape(section.part)}</p>", top=18)
        last_part = section.part
        code = (f"<a name='{anchor_of(section.code)}'></a>"
                f"<p style='margin:0; color:{ACCENT}; font-size:13pt; font-weight:600;'>{escape(section.code)}</p>")
        row(code, f"<p style='margin:0px; font-size:13pt; font-weight:600;'>{escape(section.heading)}</p>", top=16, bottom=8)
        for paragraph in section.intro_paragraphs:
            row("", _para(paragraph))
        for article in section.articles:
            links = [f"<a href='cite:{escape(article.code)}' style='color:{MUTED}; text-decoration:none;'>{escape(_tr('Citaat kopiëren'))}</a>"]
            count = (incident_counts or {}).get(article.code, 0)
            if count:
                label = _tr("1 incident") if count == 1 else _tr("%1 incidenten").replace("%1", str(count))
                links.append(f"<a href='incidents:{escape(article.code)}' style='color:{ACCENT}; text-decoration:none; font-weight:600;'>{escape(label)}</a>")
            code_cell = (f"<a name='{anchor_of(article.code)}'></a>"
                         f"<p style='margin-top:0px; margin-bottom:0px; line-height:140%; color:{ACCENT}; font-weight:600;'>{escape(article.code)}</p>")
            row(code_cell, _para(article.text, "margin-bottom:1px;")
                + f"<p style='margin-top:2px; margin-bottom:0px; font-size:8.5pt;'>{' &nbsp;·&nbsp; '.join(links)}</p>", bottom=14)
    if document.closing:
        row("", _para(document.closing, f"color:{MUTED};"), top=14)
    return (f"<html><body style='color:{INK}; font-size:11pt;'>"
            "<table width='100%' cellspacing='0' cellpadding='0'>"
            + "".join(rows) + "</table></body></html>")


def diff_html(diff: VersionDiff) -> str:
    head = (_tr("Van versie %1 (%2) naar versie %3 (%4): %5 gewijzigd, %6 nieuw, %7 vervallen, %8 ongewijzigd.")
            .replace("%1", diff.old.label).replace("%2", dutch_date(diff.old.effective_on))
            .replace("%3", diff.new.label).replace("%4", dutch_date(diff.new.effective_on))
            .replace("%5", str(len(diff.of_kind("changed")))).replace("%6", str(len(diff.of_kind("added"))))
            .replace("%7", str(len(diff.of_kind("removed")))).replace("%8", str(diff.unchanged)))
    parts = [f"<p style='color:{MUTED}; margin-bottom:12px;'>{escape(head)}</p>"]
    if not diff.changes:
        parts.append(_para(_tr("De twee versies zijn gelijk.")))
    colours = {"added": ("#2e7d4f", ADDED_BG), "changed": ("#b26a00", "#fff4e0"), "removed": ("#b3261e", REMOVED_BG)}
    for change in diff.changes:
        colour, _ = colours[change.kind]
        what = change.code if change.what == "article" else _tr("Inleiding van %1").replace("%1", change.code)
        parts.append(f"<p style='margin:14px 0 4px 0;'><b style='color:{ACCENT};'>{escape(what)}</b>"
                     f" &nbsp;<span style='color:{colour}; font-weight:600;'>{escape(_tr(change.kind_label))}</span></p>")
        if change.old_text:
            parts.append(f"<p style='margin:0 0 4px 0; line-height:140%; background:{REMOVED_BG};'>"
                         f"<span style='color:{MUTED};'>{escape(_tr('Was:'))}</span> {escape(change.old_text)}</p>")
        if change.new_text:
            parts.append(f"<p style='margin:0 0 4px 0; line-height:140%; background:{ADDED_BG};'>"
                         f"<span style='color:{MUTED};'>{escape(_tr('Wordt:'))}</span> {escape(change.new_text)}</p>")
    return (f"<html><body style='color:{INK}; font-size:10.5pt;'><table width='100%'>"
            f"<tr><td>{''.join(parts)}</td></tr></table></body></html>")


def fit_reading_column(browser, width: int = TEXT_WIDTH + 64, minimum: int = 24) -> None:
    """Keep lines at a comfortable length: centre a column of at most ``width`` px in ``browser``."""
    from PySide6.QtGui import QTextFrameFormat  # noqa: F401 (the root frame's format type)

    root = browser.document().rootFrame()
    fmt = root.frameFormat()
    side = max(minimum, (browser.viewport().width() - width) // 2)
    if int(fmt.leftMargin()) != side:
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(18)
        fmt.setBottomMargin(24)
        root.setFrameFormat(fmt)
