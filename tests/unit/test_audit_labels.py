"""Every audit action the code writes has a Dutch name for the Logboek; the label filter."""

from __future__ import annotations

import ast
from pathlib import Path

from scope_desk.services.audit_labels import ACTION_LABELS, action_label, codes_matching

PACKAGE = Path(__file__).resolve().parents[2] / "scope_desk"


def written_codes() -> set[str]:
    """Action codes in the source: audit.record's third argument (also inside a conditional), a
    string assigned to ``action``, and the code handed to ConsentService._edit_round."""
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            parts = []
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "record" and len(node.args) >= 3:
                    parts.append(node.args[2])
                elif node.func.attr == "_edit_round" and len(node.args) >= 3:
                    parts.append(node.args[2])
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "action" for t in node.targets):
                parts.append(node.value)
            for part in parts:
                codes |= {n.value for n in ast.walk(part) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                          and "." in n.value}
    return codes


def test_every_written_action_has_a_label():
    codes = written_codes()
    assert {"auth.login", "consent.record", "incident.reopen", "consent_category.rename"} <= codes  # the scan works
    assert sorted(codes - ACTION_LABELS.keys()) == []


def test_labels_are_distinct_and_unknown_codes_show_as_themselves():
    assert len(set(ACTION_LABELS.values())) == len(ACTION_LABELS)
    assert action_label("consent.record") == "Toestemming vastgelegd"
    assert action_label("future.thing") == "future.thing"


def test_matching_by_part_of_the_name_or_the_code_prefix():
    codes = ["auth.login", "auth.login_failed", "consent.record", "consent.export", "subject_access.export"]
    assert codes_matching("toestemming", codes) == ("consent.record", "consent.export")
    assert codes_matching("GEEXPORTEERD", codes) == ("consent.export",)  # accents and case do not matter
    assert codes_matching("auth", codes) == ("auth.login", "auth.login_failed")
    assert codes_matching("  ", codes) == ()
    assert codes_matching("nergens", codes) == ()
