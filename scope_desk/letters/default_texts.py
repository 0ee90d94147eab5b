"""The default letter and reminder texts of a consent round (editable per round in the app).

Written for SCOPE's Protocol Sociale Media, article A.5 (photos, film and sound of school
situations; parents may object every year), and for the AVG: consent is asked, not assumed
(opt-in), per use (specific), and can be withdrawn at any time. Placeholders: see
``letters.placeholders``. Paragraphs are separated by an empty line.
"""

from __future__ import annotations

DEFAULT_LETTER_TEXT = """{aanhef},

Op {school} maken we in het schooljaar {schooljaar} graag foto's, filmpjes en geluidsopnamen van activiteiten in en rond de school: een schoolreisje, een project of de musical. Volgens ons Protocol Sociale Media (artikel A.5) en de privacywet (AVG) vragen wij u daarvoor elk jaar opnieuw toestemming. Wij plaatsen beeld of geluid van {kind} ({groep}) alleen waar u hieronder 'Ja' aankruist. Geeft u geen antwoord, dan geldt dat als 'Nee'.

U geeft per onderdeel apart toestemming. U kunt uw keuze op elk moment wijzigen of intrekken door contact op te nemen met de leerkracht of de administratie; dat geldt dan voor nieuw materiaal. Wilt u het strookje ingevuld en ondertekend vóór {uiterlijk} meegeven aan {kind}, of inleveren bij de leerkracht?

Hartelijk dank voor uw medewerking."""

DEFAULT_REMINDER_TEXT = """{aanhef},

Enige tijd geleden hebben wij u gevraagd of wij in het schooljaar {schooljaar} foto's, filmpjes en geluidsopnamen van {kind} ({groep}) mogen gebruiken. Wij hebben uw strookje nog niet ontvangen. Zolang wij niets van u horen, plaatsen wij geen beeld of geluid van {kind}: geen antwoord telt als 'Nee' (Protocol Sociale Media, artikel A.5).

Wilt u het strookje hieronder alsnog ingevuld en ondertekend vóór {uiterlijk} meegeven aan {kind} of inleveren bij de leerkracht? U kunt uw keuze later altijd wijzigen of intrekken.

Hartelijk dank voor uw medewerking."""
