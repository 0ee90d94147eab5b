"""``screenshot --page NAME --out FILE.png [--size WxH]``: a page of the real window, as a PNG.

Renders offscreen (QT_QPA_PLATFORM=offscreen, set here before Qt is imported) unless
``--display`` asks for the real screen. The PNG is written under a temporary name and renamed,
so a failed run never leaves half a picture.

Who is signed in decides what the page shows: the demo directeur when the demo accounts exist,
``--as USERNAME`` for another demo account (what a leerkracht or the bestuur sees), and otherwise
a system actor named as such (never a person).
"""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path

from scope_desk.errors import InvalidInput
from scope_desk.services.access import SYSTEM_ACTOR, Actor

# Signed in when the store has no demo accounts: the system, named as such in the window and the log.
SCREENSHOT_ACTOR = Actor(user_id=None, name="systeem (schermafbeelding)", grants=SYSTEM_ACTOR.grants)

DEFAULT_SIZE = "1280x800"
PAINT_TIMEOUT_S = 10.0


def register(subparsers) -> None:
    parser = subparsers.add_parser("screenshot", help="maak een schermafbeelding (PNG) van een pagina van het venster")
    parser.add_argument("--page", required=True, metavar="NAAM", help="pagina: dashboard, protocol, consent, …")
    parser.add_argument("--out", required=True, type=Path, metavar="BESTAND.png", help="waar de PNG komt")
    parser.add_argument("--size", default=DEFAULT_SIZE, metavar="BxH", help=f"venstergrootte in pixels (standaard {DEFAULT_SIZE})")
    parser.add_argument("--display", action="store_true", help="gebruik het echte scherm in plaats van offscreen")
    parser.add_argument("--as", dest="as_user", metavar="GEBRUIKER",
                        help="aangemeld als dit demo-account (beheerder, directeur, apc, leerkracht, bestuur); "
                        "standaard de demo-directeur als die bestaat")
    parser.set_defaults(func=run_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not match:
        raise InvalidInput(f"Ongeldige grootte '{text}'; schrijf breedte x hoogte, bijvoorbeeld 1280x800.")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise InvalidInput(f"Grootte {width}x{height} valt buiten 320x240 … 7680x4320.")
    return width, height


def check_page(name: str) -> None:
    from scope_desk.ui.pages import page_names

    if name not in page_names():
        raise InvalidInput(f"Onbekende pagina '{name}'; kies uit: {', '.join(page_names())}.")


def run_screenshot(args: argparse.Namespace) -> int:
    check_page(args.page)
    width, height = parse_size(args.size)
    out = Path(args.out).expanduser().resolve()
    if out.suffix.lower() != ".png":
        raise InvalidInput(f"{out.name}: de schermafbeelding wordt een PNG; laat de naam op .png eindigen.")
    if not out.parent.is_dir():
        raise InvalidInput(f"De map {out.parent} bestaat niet.")
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from scope_desk.app import build_main_window, create_application, open_services

    _quiet_qt_platform_notes()
    app = create_application(lang=getattr(args, "lang", None))
    services = open_services(getattr(args, "db", None), demo=bool(getattr(args, "demo", False)))
    try:
        window = build_main_window(services, screenshot_actor(services, getattr(args, "as_user", None)))
        window.resize(width, height)
        window.show()
        page = window.show_page(args.page)
        _wait_until_painted(app, page)
        image = window.grab().toImage()
        window.close()
    finally:
        services.store.dispose()
    _save_atomically(image, out)
    print(f"Schermafbeelding van '{args.page}' opgeslagen: {out} ({image.width()}x{image.height()})")
    return 0


def screenshot_actor(services, username: str | None):
    """The demo account asked for, else the demo directeur when it exists, else ``SCREENSHOT_ACTOR``."""
    from scope_desk.services.accounts import SignInFailed
    from scope_desk.services.demo_accounts import DEMO_DIRECTOR, demo_account_exists, demo_sign_in

    if username:
        return demo_sign_in(services, username)
    if demo_account_exists(services.store, DEMO_DIRECTOR):
        try:
            return demo_sign_in(services, DEMO_DIRECTOR)
        except SignInFailed:  # its password was changed or it is disabled: no person then
            pass
    return SCREENSHOT_ACTOR


def _wait_until_painted(app, widget) -> None:
    from PySide6.QtCore import QEvent, QObject

    class PaintSpy(QObject):
        painted = False

        def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    spy = PaintSpy()
    widget.installEventFilter(spy)
    widget.update()
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    while not spy.painted and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    widget.removeEventFilter(spy)


def _save_atomically(image, out: Path) -> None:
    partial = out.with_name(f".{out.name}.part")
    try:
        if not image.save(str(partial), "PNG"):
            raise InvalidInput(f"De schermafbeelding kon niet worden geschreven naar {out}.")
        os.replace(partial, out)
    except OSError as exc:
        raise InvalidInput(f"De schermafbeelding kon niet worden geschreven naar {out}: {exc.strerror}.") from None
    finally:
        partial.unlink(missing_ok=True)


def _quiet_qt_platform_notes() -> None:
    """The offscreen platform reports features it lacks on stderr; keep the command's output to one line."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            import sys

            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
