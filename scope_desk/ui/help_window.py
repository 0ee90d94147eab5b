"""Help ▸ Gebruikershandleiding (F1): the short user guide in a QTextBrowser; and Help ▸ Over.

The guide is resources/help/gebruikershandleiding.html (Dutch) or user-guide.html (English),
chosen by the language the window speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from scope_desk import __version__
from scope_desk.paths import resource

GUIDES = {"nl": "gebruikershandleiding.html", "en": "user-guide.html"}
# Bundled parts and their licences (shown in Over scope-desk; the full texts ship with each package).
LICENCES = (
    ("Qt / PySide6", "LGPL-3.0"), ("SQLAlchemy", "MIT"), ("Alembic", "MIT"), ("ReportLab", "BSD"),
    ("DejaVu-lettertypen", "Bitstream Vera / DejaVu (vrij)"), ("argon2-cffi", "MIT"), ("openpyxl", "MIT"),
    ("platformdirs", "MIT"), ("qrcode", "BSD"), ("psycopg", "LGPL-3.0"), ("Python", "PSF"),
)


def guide_path(lang: str | None = None):
    lang = lang or ("en" if QLocale().language() == QLocale.Language.English else "nl")
    return resource("help", GUIDES.get(lang, GUIDES["nl"]))


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Gebruikershandleiding"))
        self.resize(760, 640)
        self.browser = QTextBrowser(objectName="help_browser")
        self.browser.setOpenExternalLinks(True)
        path = guide_path(lang)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, data_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Over scope-desk"))
        rows = "".join(f"<tr><td>{name}</td><td style='padding-left:12px'>{licence}</td></tr>" for name, licence in LICENCES)
        text = (
            f"<h3>scope-desk {__version__}</h3>"
            + "<p>" + self.tr("Het Protocol Sociale Media van SCOPE in de dagelijkse praktijk: protocol, toestemmingen, "
                              "incidenten en de jaarlijkse toestemmingsronde.") + "</p>"
            + "<p>" + self.tr("Gegevens: %1").replace("%1", data_location) + "</p>"
            + "<p><b>" + self.tr("Meegeleverde onderdelen en hun licenties") + "</b></p>"
            + f"<table>{rows}</table>"
        )
        self.text_label = QLabel(text, objectName="about_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(self.text_label.textInteractionFlags())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(buttons)
