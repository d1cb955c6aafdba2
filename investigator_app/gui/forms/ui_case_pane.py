# Generated from ui/case_pane.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CasePane(object):
    def setupUi(self, CasePane: Any) -> None:
        if not CasePane.objectName():
            CasePane.setObjectName(u"CasePane")
        CasePane.resize(560, 760)
        self.paneLayout = QVBoxLayout(CasePane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.paneLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(CasePane)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.casePage = QWidget()
        self.casePage.setObjectName(u"casePage")
        self.caseLayout = QVBoxLayout(self.casePage)
        self.caseLayout.setObjectName(u"caseLayout")
        self.titleLabel = QLabel(self.casePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseLayout.addWidget(self.titleLabel)

        self.refusedFrame = QFrame(self.casePage)
        self.refusedFrame.setObjectName(u"refusedFrame")
        self.refusedFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.refusedLayout = QHBoxLayout(self.refusedFrame)
        self.refusedLayout.setObjectName(u"refusedLayout")
        self.refusedLabel = QLabel(self.refusedFrame)
        self.refusedLabel.setObjectName(u"refusedLabel")
        self.refusedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.refusedLabel.setWordWrap(True)

        self.refusedLayout.addWidget(self.refusedLabel)

        self.retryButton = QPushButton(self.refusedFrame)
        self.retryButton.setObjectName(u"retryButton")

        self.refusedLayout.addWidget(self.retryButton)

        self.discardButton = QPushButton(self.refusedFrame)
        self.discardButton.setObjectName(u"discardButton")

        self.refusedLayout.addWidget(self.discardButton)


        self.caseLayout.addWidget(self.refusedFrame)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.acknowledgeButton = QPushButton(self.casePage)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.actionLayout.addWidget(self.acknowledgeButton)

        self.assignButton = QPushButton(self.casePage)
        self.assignButton.setObjectName(u"assignButton")

        self.actionLayout.addWidget(self.assignButton)

        self.assessButton = QPushButton(self.casePage)
        self.assessButton.setObjectName(u"assessButton")

        self.actionLayout.addWidget(self.assessButton)

        self.investigateButton = QPushButton(self.casePage)
        self.investigateButton.setObjectName(u"investigateButton")

        self.actionLayout.addWidget(self.investigateButton)

        self.closeButton = QPushButton(self.casePage)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)

        self.returnButton = QPushButton(self.casePage)
        self.returnButton.setObjectName(u"returnButton")

        self.actionLayout.addWidget(self.returnButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.caseLayout.addLayout(self.actionLayout)

        self.messageActionLayout = QHBoxLayout()
        self.messageActionLayout.setObjectName(u"messageActionLayout")
        self.requestInfoButton = QPushButton(self.casePage)
        self.requestInfoButton.setObjectName(u"requestInfoButton")

        self.messageActionLayout.addWidget(self.requestInfoButton)

        self.feedbackButton = QPushButton(self.casePage)
        self.feedbackButton.setObjectName(u"feedbackButton")

        self.messageActionLayout.addWidget(self.feedbackButton)

        self.revealIdentityButton = QPushButton(self.casePage)
        self.revealIdentityButton.setObjectName(u"revealIdentityButton")

        self.messageActionLayout.addWidget(self.revealIdentityButton)

        self.messageActionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messageActionLayout.addItem(self.messageActionSpacer)


        self.caseLayout.addLayout(self.messageActionLayout)

        self.detailScroll = QScrollArea(self.casePage)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailForm = QFormLayout(self.detailContents)
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summaryCaption = QLabel(self.detailContents)
        self.summaryCaption.setObjectName(u"summaryCaption")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryCaption)

        self.summaryValue = QLabel(self.detailContents)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryValue.setWordWrap(True)
        self.summaryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryValue)

        self.statusCaption = QLabel(self.detailContents)
        self.statusCaption.setObjectName(u"statusCaption")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.detailContents)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.deadlineCaption = QLabel(self.detailContents)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineValue = QLabel(self.detailContents)
        self.deadlineValue.setObjectName(u"deadlineValue")
        self.deadlineValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineValue)

        self.assigneeCaption = QLabel(self.detailContents)
        self.assigneeCaption.setObjectName(u"assigneeCaption")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assigneeCaption)

        self.assigneeValue = QLabel(self.detailContents)
        self.assigneeValue.setObjectName(u"assigneeValue")
        self.assigneeValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assigneeValue)

        self.categoryCaption = QLabel(self.detailContents)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryValue = QLabel(self.detailContents)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryValue)

        self.channelCaption = QLabel(self.detailContents)
        self.channelCaption.setObjectName(u"channelCaption")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelValue = QLabel(self.detailContents)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channelValue)

        self.receivedCaption = QLabel(self.detailContents)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.detailContents)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.reporterCaption = QLabel(self.detailContents)
        self.reporterCaption.setObjectName(u"reporterCaption")

        self.detailForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reporterCaption)

        self.reporterValue = QLabel(self.detailContents)
        self.reporterValue.setObjectName(u"reporterValue")
        self.reporterValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reporterValue)

        self.identityValue = QLabel(self.detailContents)
        self.identityValue.setObjectName(u"identityValue")
        self.identityValue.setVisible(False)
        self.identityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.identityValue.setWordWrap(True)
        self.identityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identityValue.setStyleSheet(u"QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #c19c00; border-radius: 3px; padding: 6px; }")

        self.detailForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.identityValue)

        self.entityCaption = QLabel(self.detailContents)
        self.entityCaption.setObjectName(u"entityCaption")

        self.detailForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.entityCaption)

        self.entityValue = QLabel(self.detailContents)
        self.entityValue.setObjectName(u"entityValue")
        self.entityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.entityValue.setWordWrap(True)
        self.entityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.entityValue)

        self.personsCaption = QLabel(self.detailContents)
        self.personsCaption.setObjectName(u"personsCaption")

        self.detailForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.personsCaption)

        self.personsValue = QLabel(self.detailContents)
        self.personsValue.setObjectName(u"personsValue")
        self.personsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.personsValue.setWordWrap(True)
        self.personsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.personsValue)

        self.descriptionCaption = QLabel(self.detailContents)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.detailForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.descriptionView = QPlainTextEdit(self.detailContents)
        self.descriptionView.setObjectName(u"descriptionView")
        self.descriptionView.setReadOnly(True)
        self.descriptionView.setMinimumSize(QSize(0, 100))
        self.descriptionView.setMaximumSize(QSize(16777215, 180))

        self.detailForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.descriptionView)

        self.timelineCaption = QLabel(self.detailContents)
        self.timelineCaption.setObjectName(u"timelineCaption")

        self.detailForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.timelineCaption)

        self.timelineView = QTreeWidget(self.detailContents)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setRootIsDecorated(False)
        self.timelineView.setWordWrap(True)
        self.timelineView.setMinimumSize(QSize(0, 220))
        self.timelineView.setUniformRowHeights(False)

        self.detailForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.timelineView)

        self.threadCaption = QLabel(self.detailContents)
        self.threadCaption.setObjectName(u"threadCaption")

        self.detailForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.threadCaption)

        self.threadContainer = QWidget(self.detailContents)
        self.threadContainer.setObjectName(u"threadContainer")
        self.threadLayout = QVBoxLayout(self.threadContainer)
        self.threadLayout.setObjectName(u"threadLayout")
        self.threadLayout.setContentsMargins(0, 0, 0, 0)

        self.detailForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.threadContainer)

        self.detailScroll.setWidget(self.detailContents)

        self.caseLayout.addWidget(self.detailScroll)

        self.stack.addWidget(self.casePage)

        self.paneLayout.addWidget(self.stack)


        self.retranslateUi(CasePane)

        QMetaObject.connectSlotsByName(CasePane)
    # setupUi

    def retranslateUi(self, CasePane: Any) -> None:
        self.emptyLabel.setText(QCoreApplication.translate("CasePane", u"Selecteer een melding in de lijst.", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("CasePane", u"Referentie en status", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("CasePane", u"Opnieuw uitvoeren", None))
        self.discardButton.setText(QCoreApplication.translate("CasePane", u"Verwerpen", None))
        self.acknowledgeButton.setText(QCoreApplication.translate("CasePane", u"Ontvangst bevestigen", None))
        self.assignButton.setText(QCoreApplication.translate("CasePane", u"Toewijzen\u2026", None))
        self.assessButton.setText(QCoreApplication.translate("CasePane", u"Gegrondheid beoordelen", None))
        self.investigateButton.setText(QCoreApplication.translate("CasePane", u"Onderzoek starten", None))
        self.closeButton.setText(QCoreApplication.translate("CasePane", u"Afsluiten\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("CasePane", u"Terugsturen naar 1700\u2026", None))
        self.requestInfoButton.setText(QCoreApplication.translate("CasePane", u"Vraag bijkomende informatie\u2026", None))
        self.feedbackButton.setText(QCoreApplication.translate("CasePane", u"Terugkoppeling sturen\u2026", None))
        self.revealIdentityButton.setText(QCoreApplication.translate("CasePane", u"Toon identiteit melder\u2026", None))
        self.summaryCaption.setText(QCoreApplication.translate("CasePane", u"Samenvatting", None))
        self.statusCaption.setText(QCoreApplication.translate("CasePane", u"Status", None))
        self.deadlineCaption.setText(QCoreApplication.translate("CasePane", u"Volgende termijn", None))
        self.assigneeCaption.setText(QCoreApplication.translate("CasePane", u"Toegewezen aan", None))
        self.categoryCaption.setText(QCoreApplication.translate("CasePane", u"Categorie", None))
        self.channelCaption.setText(QCoreApplication.translate("CasePane", u"Kanaal", None))
        self.receivedCaption.setText(QCoreApplication.translate("CasePane", u"Ontvangen", None))
        self.reporterCaption.setText(QCoreApplication.translate("CasePane", u"Melder", None))
        self.entityCaption.setText(QCoreApplication.translate("CasePane", u"Betrokken entiteit", None))
        self.personsCaption.setText(QCoreApplication.translate("CasePane", u"Betrokken personen", None))
        self.descriptionCaption.setText(QCoreApplication.translate("CasePane", u"Beschrijving", None))
#if QT_CONFIG(accessibility)
        self.descriptionView.setAccessibleName(QCoreApplication.translate("CasePane", u"Beschrijving van de melding", None))
#endif // QT_CONFIG(accessibility)
        self.timelineCaption.setText(QCoreApplication.translate("CasePane", u"Tijdlijn", None))
        ___qtreewidgetitem = self.timelineView.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CasePane", u"Wat en waarom", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CasePane", u"Wie", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CasePane", u"Wanneer", None))
#if QT_CONFIG(accessibility)
        self.timelineView.setAccessibleName(QCoreApplication.translate("CasePane", u"Tijdlijn van de melding", None))
#endif // QT_CONFIG(accessibility)
        self.threadCaption.setText(QCoreApplication.translate("CasePane", u"Berichten", None))
#if QT_CONFIG(accessibility)
        self.threadContainer.setAccessibleName(QCoreApplication.translate("CasePane", u"Berichten met de melder", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

