# Generated from ui/return_case_dialog.ui by scripts/build_forms.py. Do not edit.
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReturnCaseDialog(object):
    def setupUi(self, ReturnCaseDialog: Any) -> None:
        if not ReturnCaseDialog.objectName():
            ReturnCaseDialog.setObjectName(u"ReturnCaseDialog")
        ReturnCaseDialog.resize(480, 280)
        self.layout = QVBoxLayout(ReturnCaseDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(ReturnCaseDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.reasonCaption = QLabel(ReturnCaseDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.layout.addWidget(self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(ReturnCaseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.reasonEdit)

        self.buttonBox = QDialogButtonBox(ReturnCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReturnCaseDialog)

        QMetaObject.connectSlotsByName(ReturnCaseDialog)
    # setupUi

    def retranslateUi(self, ReturnCaseDialog: Any) -> None:
        ReturnCaseDialog.setWindowTitle(QCoreApplication.translate("ReturnCaseDialog", u"Terugsturen naar 1700", None))
        self.explanationLabel.setText(QCoreApplication.translate("ReturnCaseDialog", u"Uw entiteit is niet bevoegd voor deze melding. 1700 stuurt ze door naar de bevoegde dienst; de melding verdwijnt dan van de werkplekken van uw entiteit.", None))
        self.reasonCaption.setText(QCoreApplication.translate("ReturnCaseDialog", u"&Reden (verplicht)", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ReturnCaseDialog", u"Reden om terug te sturen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

