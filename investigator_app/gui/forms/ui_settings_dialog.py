# Generated from ui/settings_dialog.ui by scripts/build_forms.py. Do not edit.
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog: Any) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 420)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.connectionGroup = QGroupBox(SettingsDialog)
        self.connectionGroup.setObjectName(u"connectionGroup")
        self.connectionForm = QFormLayout(self.connectionGroup)
        self.connectionForm.setObjectName(u"connectionForm")
        self.serverCaption = QLabel(self.connectionGroup)
        self.serverCaption.setObjectName(u"serverCaption")

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverEdit = QLineEdit(self.connectionGroup)
        self.serverEdit.setObjectName(u"serverEdit")

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.syncCaption = QLabel(self.connectionGroup)
        self.syncCaption.setObjectName(u"syncCaption")

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.syncCaption)

        self.syncIntervalSpin = QSpinBox(self.connectionGroup)
        self.syncIntervalSpin.setObjectName(u"syncIntervalSpin")
        self.syncIntervalSpin.setMaximumSize(QSize(260, 16777215))
        self.syncIntervalSpin.setMinimum(5)
        self.syncIntervalSpin.setMaximum(30)

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.syncIntervalSpin)

        self.syncNote = QLabel(self.connectionGroup)
        self.syncNote.setObjectName(u"syncNote")
        self.syncNote.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.syncNote.sizePolicy().hasHeightForWidth())
        self.syncNote.setSizePolicy(sizePolicy)
        self.syncNote.setWordWrap(True)

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.syncNote)


        self.layout.addWidget(self.connectionGroup)

        self.workstationGroup = QGroupBox(SettingsDialog)
        self.workstationGroup.setObjectName(u"workstationGroup")
        self.workstationForm = QFormLayout(self.workstationGroup)
        self.workstationForm.setObjectName(u"workstationForm")
        self.idleLockCaption = QLabel(self.workstationGroup)
        self.idleLockCaption.setObjectName(u"idleLockCaption")

        self.workstationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockCaption)

        self.idleLockSpin = QSpinBox(self.workstationGroup)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMaximumSize(QSize(260, 16777215))
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(120)

        self.workstationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.languageCaption = QLabel(self.workstationGroup)
        self.languageCaption.setObjectName(u"languageCaption")

        self.workstationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.workstationGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setMaximumSize(QSize(260, 16777215))

        self.workstationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.dataDirCaption = QLabel(self.workstationGroup)
        self.dataDirCaption.setObjectName(u"dataDirCaption")

        self.workstationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dataDirCaption)

        self.dataDirLayout = QHBoxLayout()
        self.dataDirLayout.setObjectName(u"dataDirLayout")
        self.dataDirEdit = QLineEdit(self.workstationGroup)
        self.dataDirEdit.setObjectName(u"dataDirEdit")
        self.dataDirEdit.setReadOnly(True)

        self.dataDirLayout.addWidget(self.dataDirEdit)

        self.openDataDirButton = QPushButton(self.workstationGroup)
        self.openDataDirButton.setObjectName(u"openDataDirButton")

        self.dataDirLayout.addWidget(self.openDataDirButton)

        self.changeDataDirButton = QPushButton(self.workstationGroup)
        self.changeDataDirButton.setObjectName(u"changeDataDirButton")

        self.dataDirLayout.addWidget(self.changeDataDirButton)


        self.workstationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dataDirLayout)

        self.dataDirNote = QLabel(self.workstationGroup)
        self.dataDirNote.setObjectName(u"dataDirNote")
        self.dataDirNote.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        sizePolicy.setHeightForWidth(self.dataDirNote.sizePolicy().hasHeightForWidth())
        self.dataDirNote.setSizePolicy(sizePolicy)
        self.dataDirNote.setWordWrap(True)

        self.workstationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dataDirNote)


        self.layout.addWidget(self.workstationGroup)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serverCaption.setBuddy(self.serverEdit)
        self.syncCaption.setBuddy(self.syncIntervalSpin)
        self.idleLockCaption.setBuddy(self.idleLockSpin)
        self.languageCaption.setBuddy(self.languageCombo)
        self.dataDirCaption.setBuddy(self.dataDirEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: Any) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.connectionGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Verbinding", None))
        self.serverCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Server", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"https://meldingen.voorbeeld.vlaanderen.be", None))
#if QT_CONFIG(accessibility)
        self.serverEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Adres van de server", None))
#endif // QT_CONFIG(accessibility)
        self.syncCaption.setText(QCoreApplication.translate("SettingsDialog", u"S&ynchronisatie", None))
#if QT_CONFIG(accessibility)
        self.syncIntervalSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Synchronisatie-interval in seconden", None))
#endif // QT_CONFIG(accessibility)
        self.syncIntervalSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" s", None))
        self.syncNote.setText(QCoreApplication.translate("SettingsDialog", u"Nieuwe meldingen komen meteen binnen; de app vraagt de server minstens zo vaak naar wijzigingen.", None))
        self.workstationGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Werkplek", None))
        self.idleLockCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Vergrendelen na", None))
#if QT_CONFIG(accessibility)
        self.idleLockSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Minuten zonder activiteit voor de vergrendeling", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min zonder activiteit", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Taal", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Taal van de app", None))
#endif // QT_CONFIG(accessibility)
        self.dataDirCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Gegevensmap", None))
#if QT_CONFIG(accessibility)
        self.dataDirEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Map met de lokale gegevens en het logboek", None))
#endif // QT_CONFIG(accessibility)
        self.openDataDirButton.setText(QCoreApplication.translate("SettingsDialog", u"&Openen", None))
#if QT_CONFIG(accessibility)
        self.openDataDirButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Gegevensmap openen", None))
#endif // QT_CONFIG(accessibility)
        self.changeDataDirButton.setText(QCoreApplication.translate("SettingsDialog", u"&Wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.changeDataDirButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Andere gegevensmap kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.dataDirNote.setText(QCoreApplication.translate("SettingsDialog", u"Een andere map geldt vanaf de volgende start: de app begint daar met een lege lokale opslag en haalt alle meldingen opnieuw op bij de server. De oude map blijft staan. Dat kan alleen als alle wijzigingen verzonden zijn.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Melding bij de instellingen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

