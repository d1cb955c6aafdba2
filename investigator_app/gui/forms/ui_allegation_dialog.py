# Generated from ui/allegation_dialog.ui by scripts/build_forms.py. Do not edit.
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AllegationDialog(object):
    def setupUi(self, AllegationDialog: Any) -> None:
        if not AllegationDialog.objectName():
            AllegationDialog.setObjectName(u"AllegationDialog")
        AllegationDialog.resize(640, 620)
        self.layout = QVBoxLayout(AllegationDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(AllegationDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.textCaption = QLabel(AllegationDialog)
        self.textCaption.setObjectName(u"textCaption")

        self.layout.addWidget(self.textCaption)

        self.textEdit = QPlainTextEdit(AllegationDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.textEdit)

        self.counterLabel = QLabel(AllegationDialog)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.counterLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.layout.addWidget(self.counterLabel)

        self.personsBox = QGroupBox(AllegationDialog)
        self.personsBox.setObjectName(u"personsBox")
        self.personsLayout = QVBoxLayout(self.personsBox)
        self.personsLayout.setObjectName(u"personsLayout")
        self.knownPersonsCaption = QLabel(self.personsBox)
        self.knownPersonsCaption.setObjectName(u"knownPersonsCaption")

        self.personsLayout.addWidget(self.knownPersonsCaption)

        self.knownPersonsList = QListWidget(self.personsBox)
        self.knownPersonsList.setObjectName(u"knownPersonsList")
        self.knownPersonsList.setMaximumSize(QSize(16777215, 110))

        self.personsLayout.addWidget(self.knownPersonsList)

        self.otherPersonsCaption = QLabel(self.personsBox)
        self.otherPersonsCaption.setObjectName(u"otherPersonsCaption")

        self.personsLayout.addWidget(self.otherPersonsCaption)

        self.otherPersonsEdit = QPlainTextEdit(self.personsBox)
        self.otherPersonsEdit.setObjectName(u"otherPersonsEdit")
        self.otherPersonsEdit.setTabChangesFocus(True)
        self.otherPersonsEdit.setMaximumSize(QSize(16777215, 70))

        self.personsLayout.addWidget(self.otherPersonsEdit)


        self.layout.addWidget(self.personsBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.categoryCaption = QLabel(AllegationDialog)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryCombo = QComboBox(AllegationDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)


        self.layout.addLayout(self.form)

        self.periodBox = QGroupBox(AllegationDialog)
        self.periodBox.setObjectName(u"periodBox")
        self.periodLayout = QHBoxLayout(self.periodBox)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromCheck = QCheckBox(self.periodBox)
        self.fromCheck.setObjectName(u"fromCheck")

        self.periodLayout.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(self.periodBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toCheck = QCheckBox(self.periodBox)
        self.toCheck.setObjectName(u"toCheck")

        self.periodLayout.addWidget(self.toCheck)

        self.toDate = QDateEdit(self.periodBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.layout.addWidget(self.periodBox)

        self.hintLabel = QLabel(AllegationDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(AllegationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textCaption.setBuddy(self.textEdit)
        self.knownPersonsCaption.setBuddy(self.knownPersonsList)
        self.otherPersonsCaption.setBuddy(self.otherPersonsEdit)
        self.categoryCaption.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AllegationDialog)

        QMetaObject.connectSlotsByName(AllegationDialog)
    # setupUi

    def retranslateUi(self, AllegationDialog: Any) -> None:
        AllegationDialog.setWindowTitle(QCoreApplication.translate("AllegationDialog", u"Tenlastelegging", None))
        self.explanationLabel.setText(QCoreApplication.translate("AllegationDialog", u"Een tenlastelegging zegt wat er aangeklaagd wordt en wie het betreft. Elke tenlastelegging krijgt een bevinding. Na een wijziging blijft de vorige versie bewaard.", None))
        self.textCaption.setText(QCoreApplication.translate("AllegationDialog", u"&Wat wordt er aangeklaagd?", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Tekst van de tenlastelegging", None))
#endif // QT_CONFIG(accessibility)
        self.personsBox.setTitle(QCoreApplication.translate("AllegationDialog", u"Betrokkenen", None))
        self.knownPersonsCaption.setText(QCoreApplication.translate("AllegationDialog", u"&Uit de melding (vink aan wie het betreft)", None))
#if QT_CONFIG(accessibility)
        self.knownPersonsList.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Betrokkenen uit de melding", None))
#endif // QT_CONFIG(accessibility)
        self.otherPersonsCaption.setText(QCoreApplication.translate("AllegationDialog", u"&Andere betrokkenen (\u00e9\u00e9n per regel)", None))
#if QT_CONFIG(accessibility)
        self.otherPersonsEdit.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Andere betrokkenen, \u00e9\u00e9n per regel", None))
#endif // QT_CONFIG(accessibility)
        self.categoryCaption.setText(QCoreApplication.translate("AllegationDialog", u"&Categorie", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Categorie van de tenlastelegging", None))
#endif // QT_CONFIG(accessibility)
        self.periodBox.setTitle(QCoreApplication.translate("AllegationDialog", u"Periode van de feiten (als die bekend is)", None))
        self.fromCheck.setText(QCoreApplication.translate("AllegationDialog", u"&Van", None))
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Begindatum van de feiten opgeven", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Begindatum van de feiten", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("AllegationDialog", u"&Tot en met", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Einddatum van de feiten opgeven", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AllegationDialog", u"Einddatum van de feiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

