"""The inzage report as PDF: data in (the dict from ``services.inzage_collect``), PDF bytes out."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from scope_desk.letters import fonts

STATE_LABELS = {"granted": "toestemming", "refused": "geen toestemming", "not_returned": "niet ingeleverd",
                "withdrawn": "ingetrokken"}


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text if text is not None else "")).replace("\n", "<br/>"), style)


def render(data: dict, generated_on: str) -> bytes:
    regular, bold = fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=body, fontName=bold, fontSize=10, leading=13, spaceBefore=6)

    def table(rows: list[list[object]], widths: list[float]) -> Table:
        t = Table([[_p(c, small) for c in row] for row in rows], colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c0")),
        ]))
        return t

    pupil = data["pupil"]
    story = [
        _p(f"Inzage in de gegevens van {pupil['name']}", h1),
        _p(f"{pupil['school']} · leerlingnummer {pupil['leerlingnummer']} · gemaakt op {generated_on}", body),
        _p("Namen van andere kinderen en hun ouders zijn vervangen door [andere leerling] of "
           "[andere ouder/verzorger].", small),
        _p("Leerling", h2),
        table([["Gegeven", "Waarde"], ["Naam", pupil["name"]], ["Geboortedatum", pupil["birth_date"] or "—"],
               ["School", pupil["school"]], ["Vertrokken op", pupil["left_on"] or "—"]]
              + [[f"Groep {c['school_year']}", c["class"]] for c in data["classes"]], [45, 125]),
        _p("Ouders/verzorgers", h2),
    ]
    if data["guardians"]:
        story.append(table([["Naam", "Relatie", "Gezag", "Adres", "Contact"]] + [
            [g["name"], g["relation"], "ja" if g["parental_authority"] else "nee",
             f"{g['address']}\n{g['postcode']} {g['city']}", f"{g['email']}\n{g['phone']}"] for g in data["guardians"]],
            [38, 20, 14, 50, 48]))
    else:
        story.append(_p("Geen ouders/verzorgers vastgelegd.", body))
    story.append(_p("Toestemmingen (foto, film en geluid)", h2))
    if data["consent"]:
        story.append(table([["Schooljaar", "Categorie", "Keuze", "Datum", "Gegeven door", "Vastgelegd door"]] + [
            [c["school_year"], c["category"], STATE_LABELS.get(c["decision"], c["decision"]), c["decided_on"],
             c["given_by"], c["recorded_by"]] for c in data["consent"]], [23, 37, 25, 23, 32, 30]))
    else:
        story.append(_p("Geen toestemmingen vastgelegd.", body))
    story.append(_p("Incidenten", h2))
    if not data["incidents"]:
        story.append(_p("Deze leerling is bij geen enkel incident betrokken.", body))
    for inc in data["incidents"]:
        story.append(_p(f"Incident {inc['number']}: {inc['title']} (gemeld {inc['reported_on']})", h3))
        story.append(_p(f"Platform: {inc['platform']} · soort: {inc['category']} · status: {inc['status']}", small))
        story.append(_p(inc["description"], body))
        story.append(_p("Betrokkenen: " + "; ".join(f"{p['who']} ({p['role']})" for p in inc["parties"]), small))
        for m in inc["measures"]:
            story.append(_p(f"Maatregel {m['decided_on']}: {m['kind']} — {m['note']}", small))
        for c in inc["conversations"]:
            story.append(_p(f"Gesprek {c['held_at'][:16].replace('T', ' ')}: {c['notes']}", small))
            if c["agreements"]:
                story.append(_p(f"Afspraken: {c['agreements']}", small))
    story.append(_p("Wie heeft deze gegevens ingezien of gewijzigd", h2))
    if data["access_log"]:
        story.append(table([["Moment", "Door", "Handeling"]] + [
            [a["at"][:16].replace("T", " "), a["by"], a["action"]] for a in data["access_log"]], [35, 60, 75]))
    else:
        story.append(_p("Niets vastgelegd.", body))
    story.append(Spacer(1, 6 * mm))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"Inzage {pupil['leerlingnummer']}", author="scope_desk")
    doc.build(story)
    return out.getvalue()
