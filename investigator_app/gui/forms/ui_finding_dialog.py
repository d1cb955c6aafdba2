# Generated from ui/finding_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FindingDialog(object):
    def setupUi(self, FindingDialog: Any) -> None:
        if not FindingDialog.objectName():
            FindingDialog.setObjectName(u"FindingDialog")
        FindingDialog.resize(680, 680)
        self.layout = QVBoxLayout(FindingDialog)
        self.layout.setObjectName(u"layout")
        self.allegationCaption = QLabel(FindingDialog)
        self.allegationCaption.setObjectName(u"allegationCaption")

        self.layout.addWidget(self.allegationCaption)

        self.allegationView = QPlainTextEdit(FindingDialog)
        self.allegationView.setObjectName(u"allegationView")
        self.allegationView.setReadOnly(True)
        self.allegationView.setTabChangesFocus(True)
        self.allegationView.setMaximumSize(QSize(16777215, 80))

        self.layout.addWidget(self.allegationView)

        self.conclusionBox = QGroupBox(FindingDialog)
        self.conclusionBox.setObjectName(u"conclusionBox")
        self.conclusionLayout = QHBoxLayout(self.conclusionBox)
        self.conclusionLayout.setObjectName(u"conclusionLayout")
        self.foundedRadio = QRadioButton(self.conclusionBox)
        self.foundedRadio.setObjectName(u"foundedRadio")

        self.conclusionLayout.addWidget(self.foundedRadio)

        self.partlyFoundedRadio = QRadioButton(self.conclusionBox)
        self.partlyFoundedRadio.setObjectName(u"partlyFoundedRadio")

        self.conclusionLayout.addWidget(self.partlyFoundedRadio)

        self.unfoundedRadio = QRadioButton(self.conclusionBox)
        self.unfoundedRadio.setObjectName(u"unfoundedRadio")

        self.conclusionLayout.addWidget(self.unfoundedRadio)

        self.notDeterminableRadio = QRadioButton(self.conclusionBox)
        self.notDeterminableRadio.setObjectName(u"notDeterminableRadio")

        self.conclusionLayout.addWidget(self.notDeterminableRadio)

        self.conclusionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conclusionLayout.addItem(self.conclusionSpacer)


        self.layout.addWidget(self.conclusionBox)

        self.motivationCaption = QLabel(FindingDialog)
        self.motivationCaption.setObjectName(u"motivationCaption")

        self.layout.addWidget(self.motivationCaption)

        self.motivationEdit = QPlainTextEdit(FindingDialog)
        self.motivationEdit.setObjectName(u"motivationEdit")
        self.motivationEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.motivationEdit)

        self.counterLabel = QLabel(FindingDialog)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.counterLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.layout.addWidget(self.counterLabel)

        self.sourcesCaption = QLabel(FindingDialog)
        self.sourcesCaption.setObjectName(u"sourcesCaption")

        self.layout.addWidget(self.sourcesCaption)

        self.sourcesList = QListWidget(FindingDialog)
        self.sourcesList.setObjectName(u"sourcesList")
        self.sourcesList.setMaximumSize(QSize(16777215, 120))

        self.layout.addWidget(self.sourcesList)

        self.noSourcesLabel = QLabel(FindingDialog)
        self.noSourcesLabel.setObjectName(u"noSourcesLabel")
        self.noSourcesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noSourcesLabel.setWordWrap(True)

        self.layout.addWidget(self.noSourcesLabel)

        self.followUpBox = QGroupBox(FindingDialog)
        self.followUpBox.setObjectName(u"followUpBox")
        self.followUpLayout = QFormLayout(self.followUpBox)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpCaption = QLabel(self.followUpBox)
        self.followUpCaption.setObjectName(u"followUpCaption")

        self.followUpLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followUpCaption)

        self.followUpCombo = QComboBox(self.followUpBox)
        self.followUpCombo.setObjectName(u"followUpCombo")

        self.followUpLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followUpCombo)

        self.followUpTextCaption = QLabel(self.followUpBox)
        self.followUpTextCaption.setObjectName(u"followUpTextCaption")

        self.followUpLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpTextCaption)

        self.followUpEdit = QPlainTextEdit(self.followUpBox)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setTabChangesFocus(True)
        self.followUpEdit.setMaximumSize(QSize(16777215, 70))

        self.followUpLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followUpEdit)


        self.layout.addWidget(self.followUpBox)

        self.hintLabel = QLabel(FindingDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(FindingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.allegationCaption.setBuddy(self.allegationView)
        self.motivationCaption.setBuddy(self.motivationEdit)
        self.sourcesCaption.setBuddy(self.sourcesList)
        self.followUpCaption.setBuddy(self.followUpCombo)
        self.followUpTextCaption.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingDialog)

        QMetaObject.connectSlotsByName(FindingDialog)
    # setupUi

    def retranslateUi(self, FindingDialog: Any) -> None:
        FindingDialog.setWindowTitle(QCoreApplication.translate("FindingDialog", u"Bevinding", None))
        self.allegationCaption.setText(QCoreApplication.translate("FindingDialog", u"&Tenlastelegging", None))
#if QT_CONFIG(accessibility)
        self.allegationView.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Tekst van de tenlastelegging", None))
#endif // QT_CONFIG(accessibility)
        self.conclusionBox.setTitle(QCoreApplication.translate("FindingDialog", u"Conclusie", None))
#if QT_CONFIG(accessibility)
        self.conclusionBox.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Conclusie van de bevinding", None))
#endif // QT_CONFIG(accessibility)
        self.foundedRadio.setText(QCoreApplication.translate("FindingDialog", u"&Gegrond", None))
#if QT_CONFIG(accessibility)
        self.foundedRadio.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Gegrond", None))
#endif // QT_CONFIG(accessibility)
        self.partlyFoundedRadio.setText(QCoreApplication.translate("FindingDialog", u"&Deels gegrond", None))
#if QT_CONFIG(accessibility)
        self.partlyFoundedRadio.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Deels gegrond", None))
#endif // QT_CONFIG(accessibility)
        self.unfoundedRadio.setText(QCoreApplication.translate("FindingDialog", u"&Ongegrond", None))
#if QT_CONFIG(accessibility)
        self.unfoundedRadio.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Ongegrond", None))
#endif // QT_CONFIG(accessibility)
        self.notDeterminableRadio.setText(QCoreApplication.translate("FindingDialog", u"&Niet vast te stellen", None))
#if QT_CONFIG(accessibility)
        self.notDeterminableRadio.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Niet vast te stellen", None))
#endif // QT_CONFIG(accessibility)
        self.motivationCaption.setText(QCoreApplication.translate("FindingDialog", u"&Motivering", None))
#if QT_CONFIG(accessibility)
        self.motivationEdit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Motivering van de bevinding", None))
#endif // QT_CONFIG(accessibility)
        self.sourcesCaption.setText(QCoreApplication.translate("FindingDialog", u"&Stukken waarop de bevinding steunt (vink aan)", None))
#if QT_CONFIG(accessibility)
        self.sourcesList.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Stukken waarop de bevinding steunt", None))
#endif // QT_CONFIG(accessibility)
        self.noSourcesLabel.setText(QCoreApplication.translate("FindingDialog", u"Deze melding heeft nog geen stukken: geen bijlagen van 1700 en geen antwoorden van de melder.", None))
        self.followUpBox.setTitle(QCoreApplication.translate("FindingDialog", u"Aanbevolen opvolging (bij een gegronde of deels gegronde tenlastelegging)", None))
        self.followUpCaption.setText(QCoreApplication.translate("FindingDialog", u"O&pvolging", None))
#if QT_CONFIG(accessibility)
        self.followUpCombo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Aanbevolen opvolging", None))
#endif // QT_CONFIG(accessibility)
        self.followUpTextCaption.setText(QCoreApplication.translate("FindingDialog", u"Toe&lichting", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"Toelichting bij de aanbevolen opvolging", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

