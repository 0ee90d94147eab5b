"""A synthetic 10,000-pupil ParnasSys-style export for the kill test and the benchmark."""

from __future__ import annotations

from pathlib import Path

FIRST = ("Şeyma", "Zoë", "IJsbrand", "Łukasz", "Noëlle", "Daan", "Fenna", "Sem", "Mila", "Anaïs")
LAST = (("", "Yıldız"), ("van 't", "Hart"), ("van der", "Berg"), ("", "Nowak"), ("d'", "Ancona"), ("de", "Jong"),
        ("", "O'Neill"), ("van", "Dijk"))


def write_export(path: Path, pupils: int = 10_000, classes: int = 24) -> Path:
    lines = ["Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Ouder 1 voorletters;"
             "Ouder 1 achternaam;Ouder 1 postcode;Ouder 1 e-mail;Ouder 2 voorletters;Ouder 2 achternaam"]
    for n in range(1, pupils + 1):
        tv, sur = LAST[n % len(LAST)]
        family = n // 2  # siblings share guardians
        lines.append(f"{n:06d};{FIRST[n % len(FIRST)]};{tv};{sur}{n};{1 + n % 28:02d}-{1 + n % 12:02d}-{2014 + n % 8};"
                     f"Groep {1 + n % classes};A.;{sur}{family};{1000 + family % 8999} AB;ouder{family}@example.nl;B.;Ander{family}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path
