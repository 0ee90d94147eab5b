"""Change notification without Qt: services say what changed, the UI adapts it to Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    schools: frozenset[int] = field(default_factory=frozenset)
    pupils: bool = False
    consent: bool = False
    incidents: bool = False
    protocol: bool = False
    accounts: bool = False


class Changes:
    """A tiny observer: ``connect(callback)``, ``emit(change_set)``."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[ChangeSet], None]] = []

    def connect(self, callback: Callable[[ChangeSet], None]) -> None:
        self._listeners.append(callback)

    def emit(self, change: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(change)
