# Generated from ui/export_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog: Any) -> None:
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(640, 680)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.profileCaption = QLabel(ExportDialog)
        self.profileCaption.setObjectName(u"profileCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileCaption)

        self.profileCombo = QComboBox(ExportDialog)
        self.profileCombo.setObjectName(u"profileCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.profileCombo)

        self.readerCaption = QLabel(ExportDialog)
        self.readerCaption.setObjectName(u"readerCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.readerCaption)

        self.readerEdit = QLineEdit(ExportDialog)
        self.readerEdit.setObjectName(u"readerEdit")
        self.readerEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.readerEdit)

        self.identityCheck = QCheckBox(ExportDialog)
        self.identityCheck.setObjectName(u"identityCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.identityCheck)

        self.pathCaption = QLabel(ExportDialog)
        self.pathCaption.setObjectName(u"pathCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathCaption)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pathLayout)


        self.layout.addLayout(self.formLayout)

        self.notesGroup = QGroupBox(ExportDialog)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesList = QListWidget(self.notesGroup)
        self.notesList.setObjectName(u"notesList")

        self.notesLayout.addWidget(self.notesList)


        self.layout.addWidget(self.notesGroup)

        self.redactGroup = QGroupBox(ExportDialog)
        self.redactGroup.setObjectName(u"redactGroup")
        self.redactLayout = QVBoxLayout(self.redactGroup)
        self.redactLayout.setObjectName(u"redactLayout")
        self.fieldCombo = QComboBox(self.redactGroup)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.redactLayout.addWidget(self.fieldCombo)

        self.sourceText = QPlainTextEdit(self.redactGroup)
        self.sourceText.setObjectName(u"sourceText")
        self.sourceText.setReadOnly(True)

        self.redactLayout.addWidget(self.sourceText)

        self.redactButtons = QHBoxLayout()
        self.redactButtons.setObjectName(u"redactButtons")
        self.redactButton = QPushButton(self.redactGroup)
        self.redactButton.setObjectName(u"redactButton")

        self.redactButtons.addWidget(self.redactButton)

        self.removeSpanButton = QPushButton(self.redactGroup)
        self.removeSpanButton.setObjectName(u"removeSpanButton")

        self.redactButtons.addWidget(self.removeSpanButton)


        self.redactLayout.addLayout(self.redactButtons)

        self.spansList = QListWidget(self.redactGroup)
        self.spansList.setObjectName(u"spansList")

        self.redactLayout.addWidget(self.spansList)


        self.layout.addWidget(self.redactGroup)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.profileCaption.setBuddy(self.profileCombo)
        self.readerCaption.setBuddy(self.readerEdit)
        self.pathCaption.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog: Any) -> None:
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Dossier exporteren", None))
        self.profileCaption.setText(QCoreApplication.translate("ExportDialog", u"&Profiel", None))
#if QT_CONFIG(accessibility)
        self.profileCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Profiel van het exemplaar", None))
#endif // QT_CONFIG(accessibility)
        self.readerCaption.setText(QCoreApplication.translate("ExportDialog", u"&Voor (lezer)", None))
#if QT_CONFIG(accessibility)
        self.readerEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Naam van de lezer", None))
#endif // QT_CONFIG(accessibility)
        self.identityCheck.setText(QCoreApplication.translate("ExportDialog", u"Identiteit van de melder opnemen (alleen indien onthuld)", None))
        self.pathCaption.setText(QCoreApplication.translate("ExportDialog", u"&Opslaan als", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Bladeren\u2026", None))
        self.notesGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Notities in dit exemplaar", None))
        self.redactGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Passages zwart maken", None))
#if QT_CONFIG(accessibility)
        self.sourceText.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Tekst om passages in te selecteren", None))
#endif // QT_CONFIG(accessibility)
        self.redactButton.setText(QCoreApplication.translate("ExportDialog", u"&Zwart maken", None))
        self.removeSpanButton.setText(QCoreApplication.translate("ExportDialog", u"&Verwijderen", None))
    # retranslateUi

