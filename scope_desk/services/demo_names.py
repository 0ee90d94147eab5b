"""Name, street and town lists for demo data: the mix of a real class in Alphen aan den Rijn.

Names keep their own spelling and case exactly ("IJsbrand", "Zoë", "Şeyma", "Łukasz", "Yıldız").
"""

from __future__ import annotations

# origin → (weight, girls, boys, surnames as (tussenvoegsel, surname))
ORIGINS: dict[str, tuple[int, tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "nl": (62, (
        "Emma", "Julia", "Tess", "Zoë", "Sophie", "Anna", "Mila", "Sara", "Noor", "Evi", "Lotte", "Fenna",
        "Nova", "Liv", "Saar", "Fleur", "Isa", "Roos", "Lieke", "Femke", "Maud", "Jasmijn", "Floor", "Lynn",
        "Sanne", "Eline", "Marit", "Anouk", "Iris", "Noë", "Chloë", "Daphne", "Yfke", "Ilse", "Merel",
    ), (
        "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Bram", "Luuk", "Jesse", "Thijs", "Sven", "Ruben",
        "Stijn", "Teun", "Gijs", "Jurre", "Mees", "Siem", "Noud", "Hidde", "Joep", "Wessel", "Tijn", "Ties",
        "IJsbrand", "Jan-Willem", "Pieter", "Floris", "Job", "Olivier", "Koen", "Jelle", "Rens", "Niels",
    ), (
        ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
        ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
        ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"),
        ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"),
        ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"),
        ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Bruin"), ("van der", "Heijden"),
        ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"), ("van de", "Ven"), ("", "Hoekstra"),
        ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"), ("van der", "Wal"), ("", "Prins"),
        ("", "Blom"), ("", "Huisman"), ("'t", "Hart"), ("van 't", "Hart"), ("van", "Wijk"), ("", "IJzerman"),
        ("", "Zwetsloot"), ("", "Hoogendoorn"), ("van", "Rijn"), ("", "Verkerk"), ("van der", "Zwet"),
        ("", "Kraaijeveld"), ("van", "Egmond"), ("ter", "Horst"), ("in 't", "Veld"), ("", "Oudshoorn"),
        ("van", "Kampen"), ("", "Bruggeman"), ("", "Lagerwey"), ("den", "Hollander"), ("", "Slingerland"),
    )),
    "tr": (8, (
        "Şeyma", "Elif", "Zeynep", "Ecrin", "Esma", "Azra", "Defne", "Nisa", "Büşra", "Melek", "Yağmur", "Irmak",
    ), (
        "Emir", "Yusuf", "Mehmet", "Ömer", "Kerem", "Burak", "Eren", "Mert", "Alperen", "Efe", "Çağan", "Barış",
    ), (
        ("", "Yıldız"), ("", "Yılmaz"), ("", "Kaya"), ("", "Demir"), ("", "Şahin"), ("", "Çelik"), ("", "Öztürk"),
        ("", "Aydın"), ("", "Arslan"), ("", "Doğan"), ("", "Kılıç"), ("", "Koç"), ("", "Özdemir"), ("", "Güneş"),
    )),
    "ma": (8, (
        "Yasmina", "Imane", "Salma", "Aya", "Nour", "Hiba", "Malak", "Ilham", "Soumaya", "Amira", "Khadija", "Rania",
    ), (
        "Mohamed", "Adam", "Ayoub", "Bilal", "Zakaria", "Ilyas", "Yassine", "Amine", "Hamza", "Anass", "Rayan", "Soufiane",
    ), (
        ("", "El Amrani"), ("", "Bennani"), ("", "El Idrissi"), ("", "Boukhari"), ("", "Ouali"), ("", "Bouzid"),
        ("", "El Khatib"), ("", "Ait Said"), ("", "Haddouchi"), ("", "Azzouzi"), ("", "Tahiri"), ("", "Ziani"),
    )),
    "pl": (5, (
        "Zuzanna", "Łucja", "Małgorzata", "Agnieszka", "Wiktoria", "Zofia", "Maja", "Hanna", "Alicja", "Oliwia",
    ), (
        "Łukasz", "Jakub", "Szymon", "Mikołaj", "Piotr", "Wojciech", "Kacper", "Bartosz", "Filip", "Paweł",
    ), (
        ("", "Wąs"), ("", "Nowak"), ("", "Kowalski"), ("", "Wiśniewski"), ("", "Wójcik"), ("", "Kamiński"),
        ("", "Lewandowski"), ("", "Zieliński"), ("", "Szymański"), ("", "Woźniak"), ("", "Dąbrowski"),
    )),
    "sr": (5, (
        "Shanice", "Naomi", "Djenna", "Sharona", "Priya", "Anjali", "Kimberley", "Giselle",
    ), (
        "Dwayne", "Jayden", "Quincy", "Ravi", "Rohan", "Giovanni", "Xavi", "Romano",
    ), (
        ("", "Sewdien"), ("", "Ramdin"), ("", "Pinas"), ("", "Kromodimedjo"), ("", "Biharie"), ("", "Wijngaarde"),
        ("", "Tjon A Fong"), ("", "Sital"),
    )),
    "other": (12, (
        "Olivia", "Amelia", "Maryam", "Lina", "Hana", "Sofía", "Chiara", "Ana", "Mei", "Aisha", "Leyla", "Ioana",
        "Björk", "Ngozi", "Saoirse", "Élodie",
    ), (
        "Noah", "Omar", "Ahmad", "Tariq", "Mateo", "Luca", "João", "Wei", "Ali", "Daniel", "Andrei", "Kofi",
        "Søren", "Niamh", "Jiří", "François",
    ), (
        ("", "Al-Hassan"), ("", "Haddad"), ("", "Nguyen"), ("", "Smith"), ("", "García"), ("dos", "Santos"),
        ("", "Rossi"), ("", "Chen"), ("", "Popescu"), ("", "Mensah"), ("", "Haile"), ("", "Novák"),
        ("", "O'Brien"), ("", "Müller"), ("da", "Silva"), ("", "Okafor"), ("", "Ibrahimović"), ("", "Ahmadi"),
    )),
}

ADULT_WOMEN = {
    "nl": ("Marieke", "Linda", "Sandra", "Esther", "Mirjam", "Judith", "Karin", "Wendy", "Anne", "Ingrid", "Petra", "Joyce"),
    "tr": ("Ayşe", "Fatma", "Hatice", "Emine", "Gülşen", "Özlem"),
    "ma": ("Fatima", "Naima", "Samira", "Latifa", "Malika", "Hafsa"),
    "pl": ("Katarzyna", "Joanna", "Magdalena", "Ewa", "Anna"),
    "sr": ("Sharmila", "Ingrid", "Gerda", "Radha"),
    "other": ("Maria", "Elena", "Sarah", "Amina", "Li", "Olga"),
}
ADULT_MEN = {
    "nl": ("Mark", "Jeroen", "Erik", "Bas", "Marco", "Sander", "Martijn", "Jeroen", "Arjan", "Dennis", "Rob", "Wouter"),
    "tr": ("Hüseyin", "Mustafa", "Ahmet", "İbrahim", "Serkan", "Murat"),
    "ma": ("Mohammed", "Abdelkader", "Hassan", "Rachid", "Youssef", "Karim"),
    "pl": ("Tomasz", "Krzysztof", "Marcin", "Grzegorz", "Michał"),
    "sr": ("Ricardo", "Sunil", "Errol", "Ashwin"),
    "other": ("José", "Ahmed", "David", "Igor", "Samuel", "Chen"),
}

# town → (weight, postcode range (first, last), streets)
TOWNS: dict[str, tuple[int, tuple[int, int], tuple[str, ...]]] = {
    "Alphen aan den Rijn": (70, (2401, 2409), (
        "Hooftstraat", "Prins Bernhardlaan", "Julianastraat", "Raadhuisstraat", "Van Mandersloostraat",
        "Kerk en Zanen", "Ridderveld", "Ambonstraat", "Edisonstraat", "Zeemanlaan", "Lijsterlaan", "Merelstraat",
        "Van Boetzelaerstraat", "Rijnkade", "Oudshoornseweg", "Hoorn", "Castellumstraat", "Lupinestraat",
        "Pasteurstraat", "Aarkade", "Laurierhof", "Weteringpad", "Goudsbloemlaan", "Herenhof",
    )),
    "Koudekerk aan den Rijn": (6, (2396, 2396), ("Dorpsstraat", "Hoogewaard", "Kerkweg", "Lageweg")),
    "Hazerswoude-Rijndijk": (6, (2394, 2394), ("Rijndijk", "Weijpoort", "Jan Steenstraat", "Frans Halsstraat")),
    "Boskoop": (5, (2771, 2772), ("Zijde", "Reijerskoop", "Laag Boskoop", "Parklaan")),
    "Zwammerdam": (4, (2471, 2471), ("Dorpsstraat", "Burgemeester Crolesstraat", "Nieuwe Wereld")),
    "Aarlanderveen": (3, (2455, 2455), ("Kerklaan", "Aarlanderveenseweg", "Molenstraat")),
    "Hazerswoude-Dorp": (3, (2391, 2391), ("Dorpsstraat", "Gemeenlandsedijk", "Voorweg")),
    "Benthuizen": (3, (2731, 2731), ("Dorpsstraat", "Zuidweg", "Kerkstraat")),
}

# Always in the first school (groep 3 and up), so letters and lists show them: (first, tussenvoegsel, surname).
SHOWCASE = (("Zoë", "van 't", "Hart"), ("Şeyma", "", "Yıldız"), ("Łukasz", "", "Wąs"), ("IJsbrand", "de", "Vries"),
            ("Yasmina", "", "El Amrani"))

# Dutch postcode letters never use F, I, O, Q, U, Y, and never SA, SD or SS.
POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXZ"

EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "icloud.com")

SCHOOLS = (
    {"brin": "12AB", "name": "Obs De Regenboog", "street": "Lupinestraat 2", "postcode": "2403 PK",
     "city": "Alphen aan den Rijn", "phone": "0172-471 230", "email": "info@deregenboog-scope.nl"},
    {"brin": "17QX", "name": "Basisschool Het Kompas", "street": "Zeemanlaan 41", "postcode": "2405 BM",
     "city": "Alphen aan den Rijn", "phone": "0172-432 118", "email": "info@hetkompas-scope.nl"},
    {"brin": "21HP", "name": "Kindcentrum De Vlinderhof", "street": "Weteringpad 7", "postcode": "2408 EA",
     "city": "Alphen aan den Rijn", "phone": "0172-495 660", "email": "info@devlinderhof-scope.nl"},
)

OUTSIDERS = ("onbekend account", "oud-leerling van de school", "oudere broer van een leerling",
             "leerling van een andere school", "anoniem profiel")
