"""Every translatable text of scope_desk, by context — lupdate's findings plus what lupdate cannot see.

``pyside6-lupdate`` finds ``self.tr("…")`` and ``QCoreApplication.translate("ctx", "…")``. Three more
kinds of translatable text exist in this code base and are found here:

1. ``self.tr("…")`` inside f-strings (lupdate does not look there), and calls of a module's small translate helper with a literal, e.g. ``_tr("alle scholen")`` or
   ``t("Nieuw")`` where ``def _tr(text): return QCoreApplication.translate("admin", text)``
   (also when the helper is imported from another module);
2. table headers declared as data in such a module: ``Column("Status", …)``, and class attributes
   named ``columns`` / ``HEADERS`` (tuples of texts or of ``(text, getter)`` pairs);
3. Dutch labels that services hand to the UI (``STATUS_LABELS`` and the like), which the UI
   translates with a helper at run time: listed in ``DYNAMIC`` below, with their context.

``messages()`` returns ``{context: {source: first location}}``; scripts/update_translations.py
merges it with the existing translations into resources/i18n/scope_desk_en.ts, and
tests/unit/test_translations.py checks that the .ts holds exactly these texts, all translated.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "scope_desk"

# (context, module, attribute): a dict whose values, or a tuple whose items, are Dutch labels the
# UI shows through the context's translate helper.
DYNAMIC: tuple[tuple[str, str, str], ...] = (
    ("incidents", "scope_desk.services.incident_lists", "STATUS_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "SEVERITY_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "VISIBILITY_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "KIND_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "PARTY_KIND_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "ROLE_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "MEASURE_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "PLACE_LABELS"),
    ("incidents", "scope_desk.services.incident_lists", "CATEGORIES"),
    ("incidents", "scope_desk.services.incident_people", "CONSENT_LABELS"),
    ("incidents", "scope_desk.services.incident_types", "EVIDENCE_STATE_LABELS"),
    ("ProtocolPage", "scope_desk.services.protocol_types", "ARTICLE_CHANGE_LABELS"),
    ("admin", "scope_desk.services.access", "ROLE_LABELS"),
    ("admin", "scope_desk.services.retention_plan", "DATA_TYPE_LABELS"),
    ("admin", "scope_desk.services.audit_labels", "ACTION_LABELS"),
    ("pages", "scope_desk.ui.pages", "PAGES"),
    ("consent", "scope_desk.services.consent_types", "STATE_LABELS"),
    ("consent", "scope_desk.services.consent_types", "VIA_LABELS"),
)
HEADER_ATTRIBUTES = {"columns", "HEADERS", "COLUMNS"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _source_files() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts]


def _helper_context(func: ast.FunctionDef) -> str | None:
    """"ctx" when ``func`` is ``def f(text): return QCoreApplication.translate("ctx", text)``."""
    if len(func.args.args) != 1:
        return None
    param = func.args.args[0].arg
    for node in func.body:
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            call = node.value
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if (name == "translate" and len(call.args) == 2 and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name) and call.args[1].id == param):
                return call.args[0].value
    return None


def _texts_in_header(value: ast.expr) -> list[ast.Constant]:
    found = []
    if isinstance(value, (ast.Tuple, ast.List)):
        for item in value.elts:
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                found.append(item)
            elif isinstance(item, (ast.Tuple, ast.List)) and item.elts and isinstance(item.elts[0], ast.Constant):
                found.append(item.elts[0])
    return found


def static_messages() -> dict[str, dict[str, str]]:
    """Kinds 1 and 2 above, found in the source files."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _source_files()}
    helpers: dict[tuple[str, str], str] = {}  # (module, function) -> context
    for path, tree in trees.items():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (context := _helper_context(node)):
                helpers[(_module_name(path), node.name)] = context
    found: dict[str, dict[str, str]] = {}

    def add(context: str, node: ast.Constant, path: Path) -> None:
        if isinstance(node.value, str) and node.value.strip():
            found.setdefault(context, {}).setdefault(node.value, f"{path.relative_to(ROOT)}:{node.lineno}")

    for path, tree in trees.items():
        # self.tr("…") inside f-strings, which lupdate skips: context = the enclosing class.
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                        and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                        and node.args and isinstance(node.args[0], ast.Constant)):
                    add(cls.name, node.args[0], path)
        local: dict[str, str] = {name: ctx for (module, name), ctx in helpers.items() if module == _module_name(path)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (node.module, alias.name) in helpers:
                        local[alias.asname or alias.name] = helpers[(node.module, alias.name)]
        if not local:
            continue
        module_context = next(iter(local.values()))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
                first = node.args[0]
                if node.func.id in local and isinstance(first, ast.Constant):
                    add(local[node.func.id], first, path)
                elif node.func.id == "Column" and isinstance(first, ast.Constant):
                    add(module_context, first, path)
            elif isinstance(node, ast.ClassDef):
                for statement in node.body:
                    if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                            and isinstance(statement.targets[0], ast.Name)
                            and statement.targets[0].id in HEADER_ATTRIBUTES):
                        for text in _texts_in_header(statement.value):
                            add(module_context, text, path)
    return found


def dynamic_messages() -> dict[str, dict[str, str]]:
    """Kind 3: the service label lists named in DYNAMIC."""
    sys.path.insert(0, str(ROOT))
    found: dict[str, dict[str, str]] = {}
    for context, module, attribute in DYNAMIC:
        value = getattr(importlib.import_module(module), attribute)
        texts = value.values() if isinstance(value, dict) else value
        for text in texts:
            text = text if isinstance(text, str) else text.title  # PageSpec: its navigation title
            found.setdefault(context, {}).setdefault(text, f"{module}.{attribute}")
    return found


def lupdate_messages() -> dict[str, dict[str, str]]:
    """What pyside6-lupdate finds (self.tr, QCoreApplication.translate), run on a scratch .ts."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    tool = next((str(p) for p in (folder / "lupdate", folder / "lupdate.exe") if p.is_file()), "pyside6-lupdate")
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "scratch.ts"
        subprocess.run([tool, "-silent", "-extensions", "py", *map(str, _source_files()), "-ts", str(ts)],
                       check=True, cwd=ROOT)
        root = ET.parse(ts).getroot()
        found: dict[str, dict[str, str]] = {}
        for context in root.findall("context"):
            name = context.findtext("name") or ""
            for message in context.findall("message"):
                location = message.find("location")
                where = ""
                if location is not None:
                    file_path = (Path(scratch) / location.get("filename", "")).resolve()
                    where = f"{file_path.relative_to(ROOT).as_posix()}:{location.get('line')}"
                found.setdefault(name, {}).setdefault(message.findtext("source") or "", where)
    return found


def messages() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in (lupdate_messages(), static_messages(), dynamic_messages()):
        for context, texts in part.items():
            for text, where in texts.items():
                merged.setdefault(context, {}).setdefault(text, where)
    return merged
