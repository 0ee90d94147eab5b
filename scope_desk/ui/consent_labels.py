"""The consent service's Dutch labels (decision states, how a slip came in), translated for display."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scope_desk.services.consent_types import STATE_LABELS, VIA_LABELS, ConsentState, ReceivedVia


def state_label(state: ConsentState) -> str:
    return QCoreApplication.translate("consent", STATE_LABELS[state])


def via_label(via: ReceivedVia) -> str:
    return QCoreApplication.translate("consent", VIA_LABELS[via])
