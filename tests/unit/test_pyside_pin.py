"""PySide6 6.12.0 on Python 3.11 corrupts None's reference count on every Qt call that returns
nothing and aborts after about 5,000 of them ("none_dealloc"). The pin keeps it out; this proves it."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]

VOID_CALLS = """
import sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget, obj = QWidget(), QObject()
for n in range(10_000):
    widget.setWindowTitle("venster")  # returns nothing
    obj.setObjectName("object")       # returns nothing
assert sys.getrefcount(None) > 0
widget.deleteLater()
print("ok", 20_000)
"""


def test_twenty_thousand_qt_calls_that_return_nothing_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", VOID_CALLS], env=env, capture_output=True, text=True, timeout=300,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["ok", "20000"]


def test_the_installed_pyside6_is_not_the_broken_release():
    installed = Version(version("PySide6"))
    if sys.version_info[:2] == (3, 11):
        assert installed != Version("6.12.0")
    assert installed >= Version("6.11.3")


def test_the_pin_excludes_6_12_0_on_python_3_11_and_keeps_6_11_3():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pyside = [Requirement(d) for d in dependencies if d.lower().startswith("pyside6")]
    assert pyside
    for python in ("3.11", "3.12", "3.13"):
        applicable = [r for r in pyside if r.marker is None or r.marker.evaluate({"python_version": python})]
        assert len(applicable) == 1, python
        assert "6.12.0" not in applicable[0].specifier
        assert "6.11.3" in applicable[0].specifier
