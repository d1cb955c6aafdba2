# Generated from ui/assign_dialog.ui by scripts/build_forms.py. Do not edit.
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog: Any) -> None:
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.resize(380, 140)
        self.layout = QVBoxLayout(AssignDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.assigneeCaption = QLabel(AssignDialog)
        self.assigneeCaption.setObjectName(u"assigneeCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assigneeCaption)

        self.assigneeCombo = QComboBox(AssignDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assigneeCombo)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(AssignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assigneeCaption.setBuddy(self.assigneeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignDialog)

        QMetaObject.connectSlotsByName(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog: Any) -> None:
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"Melding toewijzen", None))
        self.assigneeCaption.setText(QCoreApplication.translate("AssignDialog", u"&Toewijzen aan", None))
#if QT_CONFIG(accessibility)
        self.assigneeCombo.setAccessibleName(QCoreApplication.translate("AssignDialog", u"Onderzoeker aan wie de melding wordt toegewezen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

