"""Beheer › Bewaartermijnen: terms per data type, legal holds, and the purge (preview, then confirm)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QTableView,
    QVBoxLayout, QWidget,
)

from scope_desk.errors import DomainError
from scope_desk.services.access import Permission
from scope_desk.services.retention import DATA_TYPE_LABELS
from scope_desk.ui.admin.models import HoldsTableModel, PlanTableModel, fit_columns


class RetentionTab(QWidget):
    def __init__(self, services, actor, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.plan = None
        self.board = actor.can_everywhere(Permission.MANAGE_RETENTION)
        policies = QGroupBox(self.tr("Bewaartermijnen (dagen)"))
        self.policy_form = QFormLayout(policies)
        self.policy_spins: dict[str, QSpinBox] = {}
        for view in services.retention.policies(actor):
            spin = QSpinBox(objectName=f"policy_{view.data_type}_spin")
            spin.setRange(1, 36500)
            spin.setToolTip(view.description)
            spin.setEnabled(self.board)
            self.policy_spins[view.data_type] = spin
            self.policy_form.addRow(view.label, spin)
        self.save_button = QPushButton(self.tr("Termijnen opslaan"), objectName="save_policies_button")
        self.save_button.setEnabled(self.board)
        self.policy_form.addRow("", self.save_button)

        holds = QGroupBox(self.tr("Bewaarplicht (legal hold) op incidenten"))
        self.holds_model = HoldsTableModel(self)
        self.holds_table = QTableView(objectName="holds_table")
        self.holds_table.setModel(self.holds_model)
        self.holds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holds_table.horizontalHeader().setStretchLastSection(True)
        self.hold_button = QPushButton(self.tr("Bewaarplicht aan / uit"), objectName="toggle_hold_button")
        hold_layout = QVBoxLayout(holds)
        hold_layout.addWidget(self.holds_table)
        hold_layout.addWidget(self.hold_button)

        purge = QGroupBox(self.tr("Opschonen"))
        self.preview_button = QPushButton(self.tr("Toon wat verwijderd wordt"), objectName="purge_preview_button")
        self.purge_button = QPushButton(self.tr("Nu verwijderen…"), objectName="purge_button")
        self.purge_button.setEnabled(False)
        self.preview_button.setEnabled(self.board)
        self.summary_label = QLabel("", objectName="purge_summary")
        self.summary_label.setWordWrap(True)
        self.plan_model = PlanTableModel(self)
        self.plan_table = QTableView(objectName="plan_table")
        self.plan_table.setModel(self.plan_model)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        purge_layout = QVBoxLayout(purge)
        purge_layout.addLayout(row)
        purge_layout.addWidget(self.summary_label)
        purge_layout.addWidget(self.plan_table)

        self.message_label = QLabel("", objectName="retention_message")
        self.message_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(policies)
        top.addWidget(holds, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(purge, 1)
        layout.addWidget(self.message_label)
        self.save_button.clicked.connect(self.save_policies)
        self.hold_button.clicked.connect(self.toggle_hold)
        self.preview_button.clicked.connect(self.preview)
        self.purge_button.clicked.connect(self.purge)
        self.refresh()

    def refresh(self) -> None:
        for view in self.services.retention.policies(self.actor):
            self.policy_spins[view.data_type].setValue(view.days)
        self.holds_model.set_rows(self.services.retention.incidents_for_hold(self.actor))
        fit_columns(self.holds_table)

    def save_policies(self) -> None:
        try:
            current = {v.data_type: v.days for v in self.services.retention.policies(self.actor)}
            for data_type, spin in self.policy_spins.items():
                if spin.value() != current[data_type]:
                    self.services.retention.set_policy(self.actor, data_type, spin.value())
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.setText(self.tr("Bewaartermijnen opgeslagen."))

    def toggle_hold(self) -> None:
        rows = self.holds_table.selectionModel().selectedRows()
        hold = self.holds_model.row_at(rows[0].row()) if rows else None
        if hold is None:
            self.message_label.setText(self.tr("Kies eerst een incident in de lijst."))
            return
        try:
            self.services.retention.set_legal_hold(self.actor, hold.incident_id, not hold.legal_hold)
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.refresh()

    def preview(self) -> None:
        try:
            self.plan = self.services.retention.plan_purge(self.actor)
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.plan_model.set_rows(list(self.plan.lines))
        fit_columns(self.plan_table)
        counts = ", ".join(f"{n} {DATA_TYPE_LABELS[k]}" for k, n in self.plan.counts().items())
        self.summary_label.setText(self.tr("Te verwijderen: %1.").replace("%1", counts) if not self.plan.empty
                                   else self.tr("Er is niets waarvan de bewaartermijn voorbij is."))
        self.purge_button.setEnabled(not self.plan.empty)

    def purge(self) -> None:
        if self.plan is None or self.plan.empty:
            return
        if QMessageBox.question(self, self.tr("Gegevens verwijderen"), self.tr(
                "De gegevens in de lijst worden definitief verwijderd. Doorgaan?")) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.retention.purge(self.actor, self.plan)
        except DomainError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.setText(self.tr("Verwijderd; het verwijderlogboek vermeldt aantallen, geen inhoud."))
        self.plan = None
        self.purge_button.setEnabled(False)
        self.plan_model.set_rows([])
        self.refresh()
