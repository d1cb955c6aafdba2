"""The button row of a dialog that only shows something: one "Sluiten" button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A Close button box for ``dialog``, worded and named in Dutch, that closes it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("Dialogs", "Sluiten"))
    close.setAccessibleName(QCoreApplication.translate("Dialogs", "Sluiten"))
    buttons.rejected.connect(dialog.reject)
    return buttons
