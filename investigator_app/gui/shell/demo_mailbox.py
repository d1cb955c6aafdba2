"""The demo's "reporter's mailbox": the e-mails the relay wrote as .eml files, so a demo
user can see what a reporter receives and open the reply page in the browser, playing the
reporter. Only the demo has it: a real service sends mail through SMTP."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.common.formatting import format_datetime

_LINK = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class DemoMail:
    path: Path
    subject: str
    recipient: str
    sent: str
    body: str

    @property
    def link(self) -> str | None:
        match = _LINK.search(self.body)
        return match.group(0) if match else None


def read_mails(folder: Path) -> list[DemoMail]:
    """Newest first; a file that is not a readable mail is skipped."""
    mails: list[DemoMail] = []
    for path in sorted(folder.glob("*.eml"), reverse=True):  # names sort in sending order
        try:
            message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        except (OSError, ValueError):
            continue
        assert isinstance(message, EmailMessage)
        body = message.get_body(preferencelist=("plain",))
        date = message["Date"]
        mails.append(
            DemoMail(
                path=path,
                subject=str(message["Subject"] or ""),
                recipient=str(message["To"] or ""),
                sent=format_datetime(parsedate_to_datetime(str(date))) if date else "",
                body=body.get_content() if body is not None else "",
            )
        )
    return mails


class DemoMailboxDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Postvak van de melder (demo)"))
        self.resize(760, 480)
        intro = QLabel(
            self.tr(
                "De e-mails die de dienst 1700 in deze demo aan melders stuurde. Open de link "
                "om als melder te lezen of te antwoorden."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.mail_list = QListWidget(self)
        self.mail_list.setAccessibleName(self.tr("Verzonden e-mails"))
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Inhoud van de e-mail"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.mail_list)
        splitter.addWidget(self.body)
        splitter.setSizes([300, 460])
        buttons = close_buttons(self)
        self.open_link_button = QPushButton(self.tr("&Link openen in de browser"), self)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"), self)
        buttons.addButton(self.open_link_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.mail_list.currentRowChanged.connect(self._show)
        self.open_link_button.clicked.connect(self.open_link)
        self.refresh_button.clicked.connect(self.refresh)
        self.mails: list[DemoMail] = []
        self.refresh()

    def refresh(self) -> None:
        self.mails = read_mails(self.folder)
        self.mail_list.clear()
        for mail in self.mails:
            item = QListWidgetItem(f"{mail.sent}  {mail.subject}\n{mail.recipient}")
            self.mail_list.addItem(item)
        if self.mails:
            self.mail_list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        mail = self.mails[row] if 0 <= row < len(self.mails) else None
        self.body.setPlainText(mail.body if mail else self.tr("Nog geen e-mails verzonden."))
        self.open_link_button.setEnabled(mail is not None and mail.link is not None)

    def current_link(self) -> str | None:
        row = self.mail_list.currentRow()
        return self.mails[row].link if 0 <= row < len(self.mails) else None

    def open_link(self) -> None:
        link = self.current_link()
        if link is not None:
            QDesktopServices.openUrl(QUrl(link))


def install_demo_mailbox(window: QMainWindow, menu_owner: QWidget, folder: Path) -> QAction:
    """Add "Postvak van de melder (demo)…" to the Help menu of the demo's window."""
    action = QAction(
        QCoreApplication.translate("DemoMailbox", "Postvak van de melder (demo)…"), window
    )
    action.setObjectName("actionDemoMailbox")

    def show() -> None:
        DemoMailboxDialog(folder, window).open()

    action.triggered.connect(show)
    menu_owner.addAction(action)
    return action
