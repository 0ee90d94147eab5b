"""build.spec names every module that is imported by a name string (commands, pages) as hidden import."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _package_modules() -> list[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "package_modules")
    namespace = {"root": ROOT, "package": ROOT / "scope_desk", "Path": Path}
    exec(compile(ast.Module(body=[func], type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace["package_modules"]()


def test_commands_pages_and_their_modules_are_hidden_imports_and_migrations_are_not():
    from scope_desk.cli import COMMAND_MODULES
    from scope_desk.ui.pages import PAGES

    modules = set(_package_modules())
    assert set(COMMAND_MODULES) <= modules
    assert {spec.target.partition(":")[0] for spec in PAGES} <= modules
    assert "scope_desk.ui.dialogs.settings_dialog" in modules and "scope_desk.i18n" in modules
    assert not any("migrations" in name for name in modules)  # Alembic reads them as files (datas)
    for name in sorted(modules)[:5]:
        importlib.import_module(name)
