"""Every setting of scope-desk, with its default and type, in one place.

Two kinds, by where they live:

* ``user`` settings belong to this PC's user and are kept in ``settings.json`` in the user's
  config folder (platformdirs), written atomically: data location, backups, language.
* ``store`` settings belong to the shared data and are kept in the store through their service,
  so every office PC sees the same value: idle lock minutes (``services.accounts``) and the school
  letterhead (the School rows: name, address, logo).

``load()`` never fails: an unreadable file or a wrong value gives the default for that setting.
``Settings.changed(**values)`` validates and returns a new value (one Dutch sentence on bad input).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from platformdirs import user_config_dir

from scope_desk import APP_AUTHOR, APP_NAME
from scope_desk.errors import InvalidInput

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: object
    where: str  # "user" (settings.json) or "store" (kept by a service, shared by every PC)
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("database", str, "", "user", "SQLite-bestand of database-URL; leeg = het bestand in de gegevensmap "
                "(--db en SCOPE_DESK_DB gaan voor)"),
    SettingSpec("backup_dir", str, "", "user", "map voor reservekopieën; leeg = 'backups' in de gegevensmap"),
    SettingSpec("backup_daily", bool, True, "user", "bij het starten een reservekopie als de laatste ouder is dan een dag"),
    SettingSpec("backup_keep", int, 14, "user", "zoveel automatische reservekopieën bewaren", minimum=1, maximum=365),
    SettingSpec("language", str, "nl", "user", "taal van de interface", choices=LANGUAGES),
    SettingSpec("idle_lock_minutes", int, 10, "store", "venster vergrendelen na zoveel minuten stilstand "
                "(services.accounts.idle_lock_minutes)", minimum=1, maximum=240),
    SettingSpec("letterhead", dict, {}, "store", "briefhoofd per school: naam, adres, logo (de School-gegevens)"),
)
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}


def settings_path() -> Path:
    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.json"


@dataclass(frozen=True)
class Settings:
    """The ``user`` settings (the ``store`` ones are read from their services)."""

    database: str = field(default=SPEC_BY_KEY["database"].default)
    backup_dir: str = field(default=SPEC_BY_KEY["backup_dir"].default)
    backup_daily: bool = field(default=SPEC_BY_KEY["backup_daily"].default)
    backup_keep: int = field(default=SPEC_BY_KEY["backup_keep"].default)
    language: str = field(default=SPEC_BY_KEY["language"].default)

    def changed(self, **values) -> "Settings":
        """A copy with ``values``, each checked against its spec; InvalidInput names the first problem."""
        clean = {}
        for key, value in values.items():
            spec = SPEC_BY_KEY.get(key)
            if spec is None or spec.where != "user":
                raise InvalidInput(f"Onbekende instelling '{key}'.")
            clean[key] = _checked(spec, value)
        return replace(self, **clean)

    def backup_folder(self) -> Path:
        from scope_desk.paths import default_backup_dir

        return Path(self.backup_dir).expanduser() if self.backup_dir else default_backup_dir()

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _checked(spec: SettingSpec, value):
    if spec.type is bool:
        if not isinstance(value, bool):
            raise InvalidInput(f"Instelling '{spec.key}' is ja of nee.")
        return value
    if spec.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"Instelling '{spec.key}' is een geheel getal.")
        if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
            raise InvalidInput(f"Instelling '{spec.key}' ligt tussen {spec.minimum} en {spec.maximum}.")
        return value
    if not isinstance(value, str):
        raise InvalidInput(f"Instelling '{spec.key}' is een tekst.")
    value = value.strip()
    if spec.choices and value not in spec.choices:
        raise InvalidInput(f"Instelling '{spec.key}' is een van: {', '.join(spec.choices)}.")
    return value


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    result = Settings()
    if not isinstance(raw, dict):
        return result
    for key, value in raw.items():
        try:
            result = result.changed(**{key: value})
        except InvalidInput:
            continue  # one bad value does not cost the others
    return result


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write ``settings`` atomically (temp file + os.replace)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=".settings.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(settings.as_dict(), out, indent=2, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return path
