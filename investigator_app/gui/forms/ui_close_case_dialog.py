# Generated from ui/close_case_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog: Any) -> None:
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.resize(560, 560)
        self.layout = QVBoxLayout(CloseCaseDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(CloseCaseDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.groundBox = QGroupBox(CloseCaseDialog)
        self.groundBox.setObjectName(u"groundBox")
        self.groundLayout = QVBoxLayout(self.groundBox)
        self.groundLayout.setObjectName(u"groundLayout")
        self.competenceLabel = QLabel(self.groundBox)
        self.competenceLabel.setObjectName(u"competenceLabel")
        self.competenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.competenceLabel.setWordWrap(True)

        self.groundLayout.addWidget(self.competenceLabel)

        self.returnLayout = QHBoxLayout()
        self.returnLayout.setObjectName(u"returnLayout")
        self.returnButton = QPushButton(self.groundBox)
        self.returnButton.setObjectName(u"returnButton")

        self.returnLayout.addWidget(self.returnButton)

        self.returnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.returnLayout.addItem(self.returnSpacer)


        self.groundLayout.addLayout(self.returnLayout)


        self.layout.addWidget(self.groundBox)

        self.findingsBox = QGroupBox(CloseCaseDialog)
        self.findingsBox.setObjectName(u"findingsBox")
        self.findingsLayout = QVBoxLayout(self.findingsBox)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsList = QListWidget(self.findingsBox)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setWordWrap(True)
        self.findingsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.findingsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.findingsLayout.addWidget(self.findingsList)

        self.missingLabel = QLabel(self.findingsBox)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.findingsLayout.addWidget(self.missingLabel)

        self.investigationLayout = QHBoxLayout()
        self.investigationLayout.setObjectName(u"investigationLayout")
        self.investigationButton = QPushButton(self.findingsBox)
        self.investigationButton.setObjectName(u"investigationButton")

        self.investigationLayout.addWidget(self.investigationButton)

        self.investigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.investigationLayout.addItem(self.investigationSpacer)


        self.findingsLayout.addLayout(self.investigationLayout)


        self.layout.addWidget(self.findingsBox)

        self.outcomeLabel = QLabel(CloseCaseDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.outcomeLabel.setWordWrap(True)
        self.outcomeLabel.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.outcomeLabel)

        self.motivationCaption = QLabel(CloseCaseDialog)
        self.motivationCaption.setObjectName(u"motivationCaption")

        self.layout.addWidget(self.motivationCaption)

        self.motivationEdit = QPlainTextEdit(CloseCaseDialog)
        self.motivationEdit.setObjectName(u"motivationEdit")
        self.motivationEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.motivationEdit)

        self.hintLabel = QLabel(CloseCaseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(CloseCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.motivationCaption.setBuddy(self.motivationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseCaseDialog)

        QMetaObject.connectSlotsByName(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog: Any) -> None:
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Melding afronden", None))
        self.groundBox.setTitle(QCoreApplication.translate("CloseCaseDialog", u"Grond om af te ronden zonder onderzoek", None))
#if QT_CONFIG(accessibility)
        self.groundBox.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Grond om af te ronden zonder onderzoek", None))
#endif // QT_CONFIG(accessibility)
        self.competenceLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"Niet bevoegd? Dat is geen grond om af te ronden: stuur de melding dan terug naar 1700, dat ze doorstuurt naar de bevoegde dienst.", None))
        self.returnButton.setText(QCoreApplication.translate("CloseCaseDialog", u"Terugsturen naar 1700\u2026", None))
#if QT_CONFIG(accessibility)
        self.returnButton.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"In plaats daarvan terugsturen naar 1700", None))
#endif // QT_CONFIG(accessibility)
        self.findingsBox.setTitle(QCoreApplication.translate("CloseCaseDialog", u"Bevindingen per tenlastelegging", None))
#if QT_CONFIG(accessibility)
        self.findingsList.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Bevindingen per tenlastelegging", None))
#endif // QT_CONFIG(accessibility)
        self.investigationButton.setText(QCoreApplication.translate("CloseCaseDialog", u"Naar het tabblad Onderzoek", None))
#if QT_CONFIG(accessibility)
        self.investigationButton.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Naar het tabblad Onderzoek", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeLabel.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Uitkomst", None))
#endif // QT_CONFIG(accessibility)
        self.motivationCaption.setText(QCoreApplication.translate("CloseCaseDialog", u"&Motivering (verplicht)", None))
#if QT_CONFIG(accessibility)
        self.motivationEdit.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Motivering van de afronding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

