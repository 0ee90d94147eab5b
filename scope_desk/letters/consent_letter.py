"""The consent letter (and its reminder variant) drawn directly on the reportlab canvas.

Data in (``letters.model``), PDF pages out. What is the same on every page is drawn once per file
as a form XObject (letterhead with date and subject, slip frame with categories and boxes) and
placed with ``doForm``; per letter only the address, reference, text, names and barcode are drawn.
"""

from __future__ import annotations

from io import BytesIO

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from scope_desk.letters import barcode, fonts, layout
from scope_desk.letters.layout import PAGE_H, PAGE_W, y_pt
from scope_desk.letters.model import Letter, LetterSettings, Slip, dutch_date
from scope_desk.letters.placeholders import fill, names_in as placeholder_names

ACCENT = Color(0.11, 0.31, 0.47)  # SCOPE blue for the letterhead rule and titles
GREY = Color(0.38, 0.38, 0.38)
LETTERHEAD_FORM = "letterhead"
SLIP_FORM = "slip"
SLIP_PAGE_GAP_MM = 8.0
SLIP_BARCODE_ROOM_MM = 66.0  # right part of the slip header kept for the barcode
PER_LETTER = {"aanhef", "kind", "groep"}  # placeholders whose value differs per letter


class LetterRenderer:
    """Draws letters on one canvas; create one per output file."""

    def __init__(self, canvas: Canvas, settings: LetterSettings) -> None:
        self.canvas = canvas
        self.settings = settings
        self.regular, self.bold = fonts.register()
        self.text_width = layout.TEXT_WIDTH_MM * mm
        self.slip_height = layout.slip_height_mm(len(settings.categories)) * mm
        self.slip_top_mm = layout.slip_top_on_letter_mm(len(settings.categories))
        self._forms_ready = False
        # Baseline of "Naam ouder/verzorger:" below the slip's top edge (as _draw_slip_frame puts it).
        self._parent_line_mm = layout.SLIP_TITLE_MM + layout.SLIP_ROW_MM * (0.7 + len(settings.categories)) + 8.5
        self._common = common = {
            "school": settings.letterhead.school_name,
            "schooljaar": settings.school_year,
            "uiterlijk": dutch_date(settings.deadline) or "de afgesproken datum",
        }
        # Per paragraph: its lines, wrapped once when it has no per-letter placeholder, or the
        # paragraph itself (filled and wrapped per letter).
        self._blocks: list[tuple[str, ...] | str] = []
        for block in layout.paragraphs(settings.body_text):
            if set(placeholder_names(block)) & PER_LETTER:
                self._blocks.append(block)  # filled in one pass per letter (a value may hold braces)
            else:
                self._blocks.append(self._wrap_block(fill(block, common)))

    # ----------------------------------------------------------------- public
    def draw_letter(self, letter: Letter) -> int:
        """Draw one letter with its slips; returns the number of pages it took."""
        self._ensure_forms()
        c = self.canvas
        c.doForm(LETTERHEAD_FORM)
        self._draw_address(letter)
        self._draw_reference(letter)
        body_end_mm = self._draw_body(letter)
        slips = list(letter.slips)
        pages = 1
        if slips and body_end_mm <= self.slip_top_mm - 2.0:
            self._draw_slip(slips.pop(0), self.slip_top_mm)
        c.showPage()
        while slips:
            top = layout.BOTTOM_MARGIN_MM
            for _ in range(2):
                if not slips:
                    break
                self._draw_slip(slips.pop(0), top)
                top += self.slip_height / mm + SLIP_PAGE_GAP_MM
            c.showPage()
            pages += 1
        return pages

    # ------------------------------------------------------------ static parts
    def _ensure_forms(self) -> None:
        if self._forms_ready:
            return
        c = self.canvas
        c.beginForm(LETTERHEAD_FORM, lowerx=0, lowery=0, upperx=PAGE_W, uppery=PAGE_H)
        self._draw_letterhead()
        c.endForm()
        c.beginForm(SLIP_FORM, lowerx=0, lowery=-self.slip_height, upperx=PAGE_W, uppery=5 * mm)
        self._draw_slip_frame()
        c.endForm()
        self._forms_ready = True

    def _draw_letterhead(self) -> None:
        c, s, head = self.canvas, self.settings, self.settings.letterhead
        right = PAGE_W - layout.MARGIN_RIGHT_MM * mm
        if head.logo:
            try:
                image = ImageReader(BytesIO(head.logo))
                iw, ih = image.getSize()
                scale = min(45 * mm / iw, 22 * mm / ih)
                c.drawImage(image, layout.MARGIN_LEFT_MM * mm, y_pt(layout.LETTERHEAD_TOP_MM - 4) - ih * scale,
                            iw * scale, ih * scale, mask="auto")
            except Exception:  # a broken logo must not stop 5,000 letters; the name is printed anyway
                pass
        c.setFillColor(ACCENT)
        c.setFont(self.bold, 14)
        top = y_pt(layout.LETTERHEAD_TOP_MM)
        c.drawRightString(right, top, head.school_name)
        c.setFillColor(GREY)
        c.setFont(self.regular, 8)
        place = " ".join(p for p in (head.postcode, head.city) if p)
        lines = [head.street, place, head.phone and f"T {head.phone}", head.email, f"BRIN {head.brin}"]
        y = top - 5 * mm
        for line in (line for line in lines if line):
            c.drawRightString(right, y, line)
            y -= 3.6 * mm
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.8)
        c.line(layout.MARGIN_LEFT_MM * mm, y_pt(44), right, y_pt(44))
        # Sender line in the envelope window.
        c.setFont(self.regular, 6.5)
        c.drawString((layout.WINDOW_LEFT_MM + layout.ADDRESS_INSET_MM) * mm, y_pt(layout.RETURN_LINE_TOP_MM),
                     head.return_address)
        # Date and subject are the same for the whole batch.
        c.setFillColor(Color(0, 0, 0))
        x_label, x_value = layout.MARGIN_LEFT_MM * mm, (layout.MARGIN_LEFT_MM + 24) * mm
        rows = [("Datum", dutch_date(s.letter_date)), ("Ons kenmerk", ""), ("Betreft", self._subject())]
        y = y_pt(layout.META_TOP_MM)
        for label, value in rows:
            c.setFont(self.regular, 8.5)
            c.setFillColor(GREY)
            c.drawString(x_label, y, label)
            c.setFillColor(Color(0, 0, 0))
            c.setFont(self.bold if label == "Betreft" else self.regular, 9.5)
            if value:
                c.drawString(x_value, y, value)
            y -= 5 * mm

    def _subject(self) -> str:
        subject = f"{self.settings.subject} ({self.settings.school_year})"
        return f"Herinnering: {subject[0].lower()}{subject[1:]}" if self.settings.reminder else subject

    def _draw_slip_frame(self) -> None:
        """The slip in local coordinates: y = 0 is its top edge (the tear line), going down."""
        c, s = self.canvas, self.settings
        left, right = layout.MARGIN_LEFT_MM * mm, PAGE_W - layout.MARGIN_RIGHT_MM * mm
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.line(8 * mm, 0, PAGE_W - 8 * mm, 0)
        c.setDash()
        c.setFillColor(GREY)
        c.setFont(self.regular, 7)
        c.drawString(8 * mm, 1.2 * mm, "\u2702  hier afknippen")
        c.setFillColor(ACCENT)
        c.setFont(self.bold, 10.5)
        c.drawString(left, -7 * mm, f"Strookje toestemming beeld en geluid {s.school_year}")
        c.setFillColor(Color(0, 0, 0))
        deadline = dutch_date(s.deadline)
        line = s.letterhead.school_name + (f" · graag inleveren vóór {deadline}" if deadline else "")
        room = right - left - SLIP_BARCODE_ROOM_MM * mm
        size = 8.5
        while size > 6 and c.stringWidth(line, self.regular, size) > room:
            size -= 0.25
        c.setFont(self.regular, size)
        c.drawString(left, -11.5 * mm, line)
        c.setFont(self.regular, 9)
        c.drawString(left, -16 * mm, "Naam leerling:")
        c.drawString(left, -20.5 * mm, "Groep:")
        # Category table.
        col_ja, col_nee = right - 34 * mm, right - 16 * mm
        y = -(layout.SLIP_TITLE_MM + layout.SLIP_ROW_MM * 0.7) * mm
        c.setFont(self.regular, 8)
        c.drawString(left, y, "Ik geef toestemming voor beeld en geluid van mijn kind op/in:")
        c.setFont(self.bold, 9)
        c.drawCentredString(col_ja + layout.BOX_MM * mm / 2, y, "Ja")
        c.drawCentredString(col_nee + layout.BOX_MM * mm / 2, y, "Nee")
        c.setLineWidth(0.7)
        c.setStrokeColor(Color(0, 0, 0))
        c.setFont(self.regular, 9)
        box = layout.BOX_MM * mm
        for category in s.categories:
            y -= layout.SLIP_ROW_MM * mm
            c.drawString(left, y, category.label)
            c.rect(col_ja, y - 0.8 * mm, box, box)
            c.rect(col_nee, y - 0.8 * mm, box, box)
        c.setStrokeColor(Color(0.85, 0.85, 0.85))
        c.setLineWidth(0.4)
        c.line(left, y - 2.4 * mm, right, y - 2.4 * mm)
        # Signature, name and date lines.
        c.setStrokeColor(GREY)
        c.setFont(self.regular, 8.5)
        y -= 8.5 * mm
        c.drawString(left, y, "Naam ouder/verzorger:")
        c.line(left + 36 * mm, y - 0.8 * mm, left + 100 * mm, y - 0.8 * mm)
        c.drawString(left + 106 * mm, y, "Datum:")
        c.line(left + 118 * mm, y - 0.8 * mm, right, y - 0.8 * mm)
        y -= 8 * mm
        c.drawString(left, y, "Handtekening:")
        c.line(left + 36 * mm, y - 0.8 * mm, left + 100 * mm, y - 0.8 * mm)
        c.setFont(self.regular, 6.5)
        c.setFillColor(GREY)
        c.drawString(left + 106 * mm, y, "Niets aangekruist telt als 'Nee'. Intrekken kan altijd.")

    # ----------------------------------------------------------- per letter
    def _draw_address(self, letter: Letter) -> None:
        text = self.canvas.beginText(layout.MARGIN_LEFT_MM * mm, y_pt(layout.ADDRESS_FIRST_BASELINE_MM))
        text.setFont(self.regular, 10)
        text.setLeading(layout.ADDRESS_LEADING_MM * mm)
        for line in letter.address_lines[: layout.ADDRESS_MAX_LINES]:
            text.textLine(line)
        self.canvas.drawText(text)

    def _draw_reference(self, letter: Letter) -> None:
        c = self.canvas
        c.setFont(self.regular, 9.5)
        c.drawString((layout.MARGIN_LEFT_MM + 24) * mm, y_pt(layout.META_TOP_MM + 5), letter.reference)

    def _draw_body(self, letter: Letter) -> float:
        """The letter text and the signature; returns where it ended (mm from the top)."""
        values = dict(self._common, aanhef=letter.aanhef, kind=letter.child_names, groep=letter.class_names)
        leading = layout.BODY_LEADING_MM * mm
        text = self.canvas.beginText(layout.MARGIN_LEFT_MM * mm, y_pt(layout.BODY_TOP_MM))
        text.setFont(self.regular, layout.BODY_SIZE)
        text.setLeading(leading)
        top_mm = layout.BODY_TOP_MM
        for block in self._blocks:
            lines = self._wrap_block(fill(block, values)) if isinstance(block, str) else block
            for line in lines:
                text.textLine(line)
                top_mm += layout.BODY_LEADING_MM
            text.moveCursor(0, layout.PARAGRAPH_GAP_MM * mm)
            top_mm += layout.PARAGRAPH_GAP_MM
        text.textLine("Met vriendelijke groet,")
        text.moveCursor(0, 4 * mm)
        text.setFont(self.bold, layout.BODY_SIZE)
        text.textLine(self.settings.signer_name)
        text.setFont(self.regular, layout.BODY_SIZE)
        text.textLine(f"{self.settings.signer_role}, {self.settings.letterhead.school_name}")
        self.canvas.drawText(text)
        return top_mm + 3 * layout.BODY_LEADING_MM + 4

    def _wrap_block(self, block: str) -> tuple[str, ...]:
        """A paragraph's lines (single newlines inside it are kept as line breaks)."""
        return tuple(line for raw_line in block.split("\n")
                     for line in layout.wrap(raw_line.strip(), self.regular, layout.BODY_SIZE, self.text_width))

    def _draw_slip(self, slip: Slip, top_mm: float) -> None:
        c = self.canvas
        c.saveState()
        c.translate(0, y_pt(top_mm))
        c.doForm(SLIP_FORM)
        left = (layout.MARGIN_LEFT_MM + 26) * mm
        c.setFont(self.bold, 10)
        c.drawString(left, -16 * mm, slip.child_name)
        c.setFont(self.regular, 10)
        c.drawString(left, -20.5 * mm, slip.class_name)
        right = PAGE_W - layout.MARGIN_RIGHT_MM * mm
        bar_w = barcode.width_pt(slip.code)
        barcode.draw(c, slip.code, right - bar_w, -17 * mm, 9 * mm)
        c.setFont(self.regular, 7.5)
        c.drawCentredString(right - bar_w / 2, -20.5 * mm, slip.code)
        if slip.filled_in_by:  # parents living apart: this copy is that guardian's (see round_letters)
            c.setFont(self.regular, 9)
            c.drawString((layout.MARGIN_LEFT_MM + 37) * mm, -self._parent_line_mm * mm, slip.filled_in_by)
        if slip.copy_of:  # beside the code, which both copies share: the office picks this name on entry
            self._draw_copy_of(slip, left + c.stringWidth(slip.class_name, self.regular, 10) + 4 * mm,
                               right - bar_w - 3 * mm)
        c.restoreState()

    def _draw_copy_of(self, slip: Slip, start: float, end: float) -> None:
        """ "Strookje van: J. de Vries, Molenweg 7" right-aligned before the barcode, smaller when long;
        only the name when even that does not fit."""
        c = self.canvas
        for text in (f"Strookje van: {slip.copy_of}", f"Strookje van: {slip.filled_in_by}", slip.filled_in_by):
            size = 8.5
            while size > 6.5 and c.stringWidth(text, self.regular, size) > end - start:
                size -= 0.25
            if c.stringWidth(text, self.regular, size) <= end - start:
                break
        c.setFont(self.regular, size)
        c.drawRightString(end, -20.5 * mm, text)


def render(settings: LetterSettings, letters, out, *, compress: bool = True) -> int:
    """Render ``letters`` into ``out`` (a path or binary file); returns the number of pages."""
    previous_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary Flate streams: smaller and faster than ASCII85 on top
    try:
        canvas = Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1 if compress else 0, invariant=1)
        canvas.setTitle(document_title(settings))
        canvas.setAuthor(settings.letterhead.school_name)
        renderer = LetterRenderer(canvas, settings)
        pages = 0
        for letter in letters:
            pages += renderer.draw_letter(letter)
        canvas.save()
    finally:
        rl_config.useA85 = previous_a85
    return pages


def document_title(settings: LetterSettings) -> str:
    title = "Herinnering toestemming" if settings.reminder else "Toestemming beeld en geluid"
    return f"{title} {settings.school_year} – {settings.letterhead.school_name}"
