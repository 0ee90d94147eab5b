"""The incident dossier: everything about one incident on paper, evidence listed with its SHA-256
and its verification state. Pure: an IncidentDetail in, PDF bytes out."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from scope_desk.letters.incident_pdf_style import ALERT, LINE, OK, SHADE, escape, page_frame, styles
from scope_desk.services.incident_lists import (
    KIND_LABELS,
    MEASURE_LABELS,
    PARTY_KIND_LABELS,
    PLACE_LABELS,
    ROLE_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    VISIBILITY_LABELS,
    category_label,
)
from scope_desk.services.incident_types import EvidenceState, IncidentDetail

WIDTH = A4[0] - 36 * mm


def _d(value) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"


def _table(rows, widths, st, header=True) -> Table:
    cells = [[Paragraph(escape(str(c)), st["cellbold" if header and i == 0 else "cell"]) if isinstance(c, str) else c
              for c in row] for i, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _fields(detail: IncidentDetail, st) -> Table:
    rows = [
        ("Soort", KIND_LABELS[detail.kind]),
        ("Gemeld op", _d(detail.reported_on)),
        ("Voorval op", _d(detail.happened_on)),
        ("Gemeld door", detail.reported_by or "—"),
        ("Platform", detail.platform),
        ("Categorie", category_label(detail.category)),
        ("Ernst", SEVERITY_LABELS[detail.severity]),
        ("Status", STATUS_LABELS[detail.status] + (f" (afgesloten {_d(detail.closed_on)})" if detail.closed_on else "")),
        ("Zichtbaar voor", VISIBILITY_LABELS[detail.visibility]),
        ("Vastgelegd door", detail.created_by or "—"),
        ("Protocolversie", detail.protocol_version_label or "—"),
    ]
    table = Table([[Paragraph(k, st["cellbold"]), Paragraph(escape(v), st["cell"])] for k, v in rows],
                  colWidths=[38 * mm, WIDTH - 38 * mm])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build_dossier(detail: IncidentDetail) -> bytes:
    st = styles()
    story = [
        Paragraph(f"Incidentdossier {detail.id}", st["title"]),
        Paragraph(escape(f"{detail.title} — {detail.school_name}"), st["subtitle"]),
        Paragraph("Vertrouwelijk: dit dossier bevat persoonsgegevens van leerlingen. Bewaar het niet onbeheerd.",
                  st["small"]),
        Spacer(1, 6),
        Paragraph("Melding", st["h2"]), _fields(detail, st),
    ]
    if detail.description:
        story += [Paragraph("Omschrijving", st["h3"]), Paragraph(escape(detail.description), st["body"])]
    if detail.links:
        story += [Paragraph("Links naar berichten", st["h3"])]
        story += [Paragraph(escape(f"{link.url}" + (f" (geplaatst {_d(link.posted_on)})" if link.posted_on else "")),
                            st["body"]) for link in detail.links]
    if detail.articles:
        story.append(Paragraph("Protocolartikelen", st["h2"]))
        story.append(_table([["Artikel", "Tekst"]] + [[a.code, a.text] for a in detail.articles],
                            [22 * mm, WIDTH - 22 * mm], st))

    story.append(Paragraph("Betrokkenen", st["h2"]))
    if detail.parties:
        story.append(_table([["Naam", "Soort", "Rol", "Toelichting"]] +
                            [[p.name, PARTY_KIND_LABELS[p.kind], ROLE_LABELS[p.role], p.note] for p in detail.parties],
                            [55 * mm, 32 * mm, 25 * mm, WIDTH - 112 * mm], st))
    else:
        story.append(Paragraph("Nog geen betrokkenen vastgelegd.", st["body"]))

    story.append(Paragraph("Gesprekken", st["h2"]))
    if not detail.conversations:
        story.append(Paragraph("Nog geen gesprekken vastgelegd.", st["body"]))
    for conv in detail.conversations:
        who = ", ".join(f"{a.name} ({ROLE_LABELS[a.role].lower()})" for a in conv.attendees)
        if conv.other_attendees:
            who = f"{who}; {conv.other_attendees}" if who else conv.other_attendees
        check = _d(conv.check_back_on) + (" — teruggekomen" if conv.checked_back else "") if conv.check_back_on else "geen"
        block = [
            Paragraph(escape(f"{conv.held_at.astimezone().strftime('%d-%m-%Y %H:%M')} · {PLACE_LABELS[conv.place]}"),
                      st["h3"]),
            Paragraph(escape(f"Aanwezig: {who or '—'}"), st["body"]),
            Paragraph(f"<b>Verslag</b><br/>{escape(conv.notes) or '—'}", st["body"]),
            Paragraph(f"<b>Afspraken</b><br/>{escape(conv.agreements) or '—'}", st["body"]),
            Paragraph(escape(f"Terugkomen op: {check}"), st["body"]),
        ]
        if len(conv.versions) > 1:
            rows = [["Versie", "Geschreven", "Door", "Reden"]] + [
                [str(v.number), v.written_at.astimezone().strftime("%d-%m-%Y %H:%M"), v.written_by, v.reason or "eerste versie"]
                for v in conv.versions]
            block.append(_table(rows, [16 * mm, 32 * mm, 45 * mm, WIDTH - 93 * mm], st))
            for v in conv.versions[:-1]:
                block.append(Paragraph(escape(f"Versie {v.number} — verslag: {v.notes or '—'} · afspraken: "
                                              f"{v.agreements or '—'}"), st["small"]))
        story.append(KeepTogether(block + [Spacer(1, 4)]))

    story.append(Paragraph("Maatregelen", st["h2"]))
    if detail.measures:
        story.append(_table([["Datum", "Maatregel", "Besloten door", "Betreft", "Toelichting"]] +
                            [[_d(m.decided_on), MEASURE_LABELS[m.kind], m.decided_by, m.party_name or "—", m.note]
                             for m in detail.measures],
                            [22 * mm, 38 * mm, 32 * mm, 32 * mm, WIDTH - 124 * mm], st))
    else:
        story.append(Paragraph("Nog geen maatregelen vastgelegd.", st["body"]))

    story.append(Paragraph("Bewijs", st["h2"]))
    if detail.evidence:
        rows = [["Bestand", "SHA-256 (vastgelegd)", "Controle"]]
        for e in detail.evidence:
            color = OK if e.state is EvidenceState.VERIFIED else ALERT
            state = f'<font color="#{color.hexval()[2:]}"><b>{e.state_label}</b></font>'
            if e.state is EvidenceState.ALTERED and e.actual_sha256:
                state += f"<br/>bestand nu: {e.actual_sha256[:16]}…"
            rows.append([f"{e.original_name}\n{e.size_bytes:,} bytes · {e.added_by}".replace(",", "."),
                         Paragraph(e.sha256, st["mono"]), Paragraph(state, st["cell"])])
        story.append(_table(rows, [52 * mm, 80 * mm, WIDTH - 132 * mm], st))
        story.append(Paragraph("De controle is uitgevoerd bij het maken van dit dossier: het bestand is opnieuw "
                               "gehasht en vergeleken met de vastgelegde SHA-256.", st["small"]))
    else:
        story.append(Paragraph("Geen bewijsstukken toegevoegd.", st["body"]))

    if detail.depicted:
        story.append(Paragraph("Beeldmateriaal: toestemming van de leerlingen in beeld", st["h2"]))
        story.append(_table([["Leerling", "Kanaal", "Geplaatst", "Toestemming op die datum"]] +
                            [[d.name, d.channel_label, _d(d.posted_on), d.consent_label] for d in detail.depicted],
                            [50 * mm, 35 * mm, 25 * mm, WIDTH - 110 * mm], st))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=f"Incidentdossier {detail.id}", author="SCOPE scope-desk")
    frame = page_frame(f"SCOPE · incidentdossier {detail.id} · vertrouwelijk", detail.school_name)
    doc.build(story, onFirstPage=frame, onLaterPages=frame)
    return buffer.getvalue()
