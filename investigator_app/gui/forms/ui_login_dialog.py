# Generated from ui/login_dialog.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog: Any) -> None:
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 260)
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(LoginDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.serverCaption = QLabel(LoginDialog)
        self.serverCaption.setObjectName(u"serverCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverEdit = QLineEdit(LoginDialog)
        self.serverEdit.setObjectName(u"serverEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.usernameCaption = QLabel(LoginDialog)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameCaption)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(150)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordCaption = QLabel(LoginDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(1024)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.form)

        self.organisationBox = QWidget(LoginDialog)
        self.organisationBox.setObjectName(u"organisationBox")
        self.organisationBox.setVisible(False)
        self.organisationLayout = QVBoxLayout(self.organisationBox)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.organisationLayout.setContentsMargins(0, 0, 0, 0)
        self.organisationOrLabel = QLabel(self.organisationBox)
        self.organisationOrLabel.setObjectName(u"organisationOrLabel")
        self.organisationOrLabel.setWordWrap(True)

        self.organisationLayout.addWidget(self.organisationOrLabel)

        self.organisationButton = QPushButton(self.organisationBox)
        self.organisationButton.setObjectName(u"organisationButton")
        self.organisationButton.setAutoDefault(False)

        self.organisationLayout.addWidget(self.organisationButton)


        self.layout.addWidget(self.organisationBox)

        self.messageLabel = QLabel(LoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serverCaption.setBuddy(self.serverEdit)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serverEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.organisationButton)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog: Any) -> None:
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Aanmelden", None))
        self.introLabel.setText(QCoreApplication.translate("LoginDialog", u"Meld u aan bij de meldingendienst van uw entiteit.", None))
        self.serverCaption.setText(QCoreApplication.translate("LoginDialog", u"&Server", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"https://meldingen.voorbeeld.vlaanderen.be", None))
#if QT_CONFIG(accessibility)
        self.serverEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Adres van de server", None))
#endif // QT_CONFIG(accessibility)
        self.usernameCaption.setText(QCoreApplication.translate("LoginDialog", u"&Gebruikersnaam", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Gebruikersnaam", None))
#endif // QT_CONFIG(accessibility)
        self.passwordCaption.setText(QCoreApplication.translate("LoginDialog", u"&Wachtwoord", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.organisationOrLabel.setText(QCoreApplication.translate("LoginDialog", u"Of meld u aan zoals bij de andere toepassingen van uw organisatie:", None))
        self.organisationButton.setText(QCoreApplication.translate("LoginDialog", u"Aanmelden met uw organisatieaccount", None))
#if QT_CONFIG(accessibility)
        self.organisationButton.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Aanmelden met uw organisatieaccount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Melding bij het aanmelden", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

