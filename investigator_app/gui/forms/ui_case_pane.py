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
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QToolButton,
    QVBoxLayout, QWidget)

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
        self.caseLayout.setSpacing(6)
        self.caseLayout.setObjectName(u"caseLayout")
        self.headerFrame = QFrame(self.casePage)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QVBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.headerTopLayout = QHBoxLayout()
        self.headerTopLayout.setSpacing(8)
        self.headerTopLayout.setObjectName(u"headerTopLayout")
        self.referenceLabel = QLabel(self.headerFrame)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.referenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerTopLayout.addWidget(self.referenceLabel)

        self.statusValue = QLabel(self.headerFrame)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setTextFormat(Qt.TextFormat.PlainText)

        self.headerTopLayout.addWidget(self.statusValue)

        self.reassignFlag = QLabel(self.headerFrame)
        self.reassignFlag.setObjectName(u"reassignFlag")
        self.reassignFlag.setTextFormat(Qt.TextFormat.PlainText)

        self.headerTopLayout.addWidget(self.reassignFlag)

        self.unreadFlag = QToolButton(self.headerFrame)
        self.unreadFlag.setObjectName(u"unreadFlag")
        self.unreadFlag.setAutoRaise(True)

        self.headerTopLayout.addWidget(self.unreadFlag)

        self.headerTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerTopLayout.addItem(self.headerTopSpacer)


        self.headerLayout.addLayout(self.headerTopLayout)

        self.summaryValue = QLabel(self.headerFrame)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryValue.setWordWrap(True)
        self.summaryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.summaryValue)

        self.deadlineValue = QLabel(self.headerFrame)
        self.deadlineValue.setObjectName(u"deadlineValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.deadlineValue.sizePolicy().hasHeightForWidth())
        self.deadlineValue.setSizePolicy(sizePolicy)
        self.deadlineValue.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.deadlineValue)

        self.assigneeValue = QLabel(self.headerFrame)
        self.assigneeValue.setObjectName(u"assigneeValue")
        self.assigneeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.assigneeValue.setWordWrap(True)

        self.headerLayout.addWidget(self.assigneeValue)


        self.caseLayout.addWidget(self.headerFrame)

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

        self.actionBarLayout = QHBoxLayout()
        self.actionBarLayout.setObjectName(u"actionBarLayout")
        self.primaryButton = QPushButton(self.casePage)
        self.primaryButton.setObjectName(u"primaryButton")

        self.actionBarLayout.addWidget(self.primaryButton)

        self.assignButton = QPushButton(self.casePage)
        self.assignButton.setObjectName(u"assignButton")

        self.actionBarLayout.addWidget(self.assignButton)

        self.moreButton = QPushButton(self.casePage)
        self.moreButton.setObjectName(u"moreButton")

        self.actionBarLayout.addWidget(self.moreButton)

        self.actionBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBarLayout.addItem(self.actionBarSpacer)

        self.queuedButton = QPushButton(self.casePage)
        self.queuedButton.setObjectName(u"queuedButton")

        self.actionBarLayout.addWidget(self.queuedButton)


        self.caseLayout.addLayout(self.actionBarLayout)

        self.caseTabs = QTabWidget(self.casePage)
        self.caseTabs.setObjectName(u"caseTabs")
        self.caseTabs.setDocumentMode(True)
        self.caseTabs.setUsesScrollButtons(True)
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewTabLayout = QVBoxLayout(self.overviewTab)
        self.overviewTabLayout.setObjectName(u"overviewTabLayout")
        self.overviewTabLayout.setContentsMargins(0, 0, 0, 0)
        self.overviewScroll = QScrollArea(self.overviewTab)
        self.overviewScroll.setObjectName(u"overviewScroll")
        self.overviewScroll.setWidgetResizable(True)
        self.overviewScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.overviewScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overviewContents = QWidget()
        self.overviewContents.setObjectName(u"overviewContents")
        self.overviewLayout = QVBoxLayout(self.overviewContents)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.recusalLabel = QLabel(self.overviewContents)
        self.recusalLabel.setObjectName(u"recusalLabel")
        self.recusalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.recusalLabel.setWordWrap(True)

        self.overviewLayout.addWidget(self.recusalLabel)

        self.factsForm = QFormLayout()
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.factsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.categoryCaption = QLabel(self.overviewContents)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.factsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryValue = QLabel(self.overviewContents)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setTextFormat(Qt.TextFormat.PlainText)
        self.categoryValue.setWordWrap(True)

        self.factsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryValue)

        self.channelCaption = QLabel(self.overviewContents)
        self.channelCaption.setObjectName(u"channelCaption")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelValue = QLabel(self.overviewContents)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setTextFormat(Qt.TextFormat.PlainText)

        self.factsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelValue)

        self.receivedCaption = QLabel(self.overviewContents)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.overviewContents)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.receivedValue.setWordWrap(True)

        self.factsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.reporterCaption = QLabel(self.overviewContents)
        self.reporterCaption.setObjectName(u"reporterCaption")

        self.factsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reporterCaption)

        self.reporterValue = QLabel(self.overviewContents)
        self.reporterValue.setObjectName(u"reporterValue")
        self.reporterValue.setTextFormat(Qt.TextFormat.PlainText)
        self.reporterValue.setWordWrap(True)

        self.factsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporterValue)

        self.identityActionLayout = QHBoxLayout()
        self.identityActionLayout.setObjectName(u"identityActionLayout")
        self.revealIdentityButton = QPushButton(self.overviewContents)
        self.revealIdentityButton.setObjectName(u"revealIdentityButton")

        self.identityActionLayout.addWidget(self.revealIdentityButton)

        self.hideIdentityButton = QPushButton(self.overviewContents)
        self.hideIdentityButton.setObjectName(u"hideIdentityButton")

        self.identityActionLayout.addWidget(self.hideIdentityButton)

        self.identityActionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityActionLayout.addItem(self.identityActionSpacer)


        self.factsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.identityActionLayout)

        self.identityValue = QLabel(self.overviewContents)
        self.identityValue.setObjectName(u"identityValue")
        self.identityValue.setVisible(False)
        self.identityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.identityValue.setWordWrap(True)
        self.identityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identityValue.setStyleSheet(u"QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #c19c00; border-radius: 3px; padding: 6px; }")

        self.factsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.identityValue)

        self.entityCaption = QLabel(self.overviewContents)
        self.entityCaption.setObjectName(u"entityCaption")

        self.factsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.entityCaption)

        self.entityValue = QLabel(self.overviewContents)
        self.entityValue.setObjectName(u"entityValue")
        self.entityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.entityValue.setWordWrap(True)
        self.entityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.entityValue)

        self.personsCaption = QLabel(self.overviewContents)
        self.personsCaption.setObjectName(u"personsCaption")

        self.factsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.personsCaption)

        self.personsValue = QLabel(self.overviewContents)
        self.personsValue.setObjectName(u"personsValue")
        self.personsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.personsValue.setWordWrap(True)
        self.personsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.personsValue)


        self.overviewLayout.addLayout(self.factsForm)

        self.closingFrame = QFrame(self.overviewContents)
        self.closingFrame.setObjectName(u"closingFrame")
        self.closingFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.closingLayout = QVBoxLayout(self.closingFrame)
        self.closingLayout.setObjectName(u"closingLayout")
        self.closingCaption = QLabel(self.closingFrame)
        self.closingCaption.setObjectName(u"closingCaption")
        self.closingCaption.setStyleSheet(u"font-weight: bold;")

        self.closingLayout.addWidget(self.closingCaption)

        self.closingValue = QLabel(self.closingFrame)
        self.closingValue.setObjectName(u"closingValue")
        self.closingValue.setTextFormat(Qt.TextFormat.PlainText)
        self.closingValue.setWordWrap(True)
        self.closingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closingLayout.addWidget(self.closingValue)

        self.closingMotivationValue = QLabel(self.closingFrame)
        self.closingMotivationValue.setObjectName(u"closingMotivationValue")
        self.closingMotivationValue.setTextFormat(Qt.TextFormat.PlainText)
        self.closingMotivationValue.setWordWrap(True)
        self.closingMotivationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closingLayout.addWidget(self.closingMotivationValue)


        self.overviewLayout.addWidget(self.closingFrame)

        self.descriptionCaption = QLabel(self.overviewContents)
        self.descriptionCaption.setObjectName(u"descriptionCaption")
        self.descriptionCaption.setStyleSheet(u"font-weight: bold;")

        self.overviewLayout.addWidget(self.descriptionCaption)

        self.descriptionValue = QLabel(self.overviewContents)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionValue.setWordWrap(True)
        self.descriptionValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.descriptionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.overviewLayout.addWidget(self.descriptionValue)

        self.overviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overviewLayout.addItem(self.overviewSpacer)

        self.overviewScroll.setWidget(self.overviewContents)

        self.overviewTabLayout.addWidget(self.overviewScroll)

        self.caseTabs.addTab(self.overviewTab, "")
        self.investigationTab = QWidget()
        self.investigationTab.setObjectName(u"investigationTab")
        self.investigationLayout = QVBoxLayout(self.investigationTab)
        self.investigationLayout.setObjectName(u"investigationLayout")
        self.investigationLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTabs.addTab(self.investigationTab, "")
        self.messagesTab = QWidget()
        self.messagesTab.setObjectName(u"messagesTab")
        self.messagesLayout = QVBoxLayout(self.messagesTab)
        self.messagesLayout.setObjectName(u"messagesLayout")
        self.messagesLayout.setContentsMargins(0, -1, 0, 0)
        self.messageActionLayout = QHBoxLayout()
        self.messageActionLayout.setObjectName(u"messageActionLayout")
        self.requestInfoButton = QPushButton(self.messagesTab)
        self.requestInfoButton.setObjectName(u"requestInfoButton")

        self.messageActionLayout.addWidget(self.requestInfoButton)

        self.feedbackButton = QPushButton(self.messagesTab)
        self.feedbackButton.setObjectName(u"feedbackButton")

        self.messageActionLayout.addWidget(self.feedbackButton)

        self.messageActionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messageActionLayout.addItem(self.messageActionSpacer)


        self.messagesLayout.addLayout(self.messageActionLayout)

        self.threadScroll = QScrollArea(self.messagesTab)
        self.threadScroll.setObjectName(u"threadScroll")
        self.threadScroll.setWidgetResizable(True)
        self.threadScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.threadScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.threadContainer = QWidget()
        self.threadContainer.setObjectName(u"threadContainer")
        self.threadLayout = QVBoxLayout(self.threadContainer)
        self.threadLayout.setObjectName(u"threadLayout")
        self.threadLayout.setContentsMargins(0, 0, -1, 0)
        self.threadScroll.setWidget(self.threadContainer)

        self.messagesLayout.addWidget(self.threadScroll)

        self.caseTabs.addTab(self.messagesTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTabs.addTab(self.notesTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QVBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTabs.addTab(self.filesTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTabs.addTab(self.timelineTab, "")

        self.caseLayout.addWidget(self.caseTabs)

        self.stack.addWidget(self.casePage)

        self.paneLayout.addWidget(self.stack)


        self.retranslateUi(CasePane)

        QMetaObject.connectSlotsByName(CasePane)
    # setupUi

    def retranslateUi(self, CasePane: Any) -> None:
        self.emptyLabel.setText(QCoreApplication.translate("CasePane", u"Selecteer een melding in de lijst.", None))
#if QT_CONFIG(accessibility)
        self.headerFrame.setAccessibleName(QCoreApplication.translate("CasePane", u"Kop van de melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referenceLabel.setAccessibleName(QCoreApplication.translate("CasePane", u"Referentie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.reassignFlag.setText(QCoreApplication.translate("CasePane", u"Te herverdelen", None))
#if QT_CONFIG(accessibility)
        self.reassignFlag.setAccessibleName(QCoreApplication.translate("CasePane", u"Te herverdelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reassignFlag.setToolTip(QCoreApplication.translate("CasePane", u"Iemand onthield zich wegens een belangenconflict. Een leidinggevende wijst de melding opnieuw toe.", None))
#endif // QT_CONFIG(tooltip)
        self.unreadFlag.setText(QCoreApplication.translate("CasePane", u"Nieuw antwoord", None))
#if QT_CONFIG(accessibility)
        self.unreadFlag.setAccessibleName(QCoreApplication.translate("CasePane", u"Nieuw antwoord van de melder: toon de berichten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.unreadFlag.setToolTip(QCoreApplication.translate("CasePane", u"De melder antwoordde sinds u de melding laatst opende. Klik om de berichten te tonen.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.summaryValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Titel van de melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlineValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Volgende termijn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assigneeValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Toegewezen aan", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("CasePane", u"Opnieuw uitvoeren", None))
        self.discardButton.setText(QCoreApplication.translate("CasePane", u"Verwerpen", None))
#if QT_CONFIG(accessibility)
        self.primaryButton.setAccessibleName(QCoreApplication.translate("CasePane", u"Volgende stap", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("CasePane", u"Toewijzen\u2026", None))
#if QT_CONFIG(accessibility)
        self.assignButton.setAccessibleName(QCoreApplication.translate("CasePane", u"Toewijzen", None))
#endif // QT_CONFIG(accessibility)
        self.moreButton.setText(QCoreApplication.translate("CasePane", u"Meer acties", None))
#if QT_CONFIG(accessibility)
        self.moreButton.setAccessibleName(QCoreApplication.translate("CasePane", u"Meer acties voor de melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queuedButton.setAccessibleName(QCoreApplication.translate("CasePane", u"Nog niet verzonden wijzigingen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTabs.setAccessibleName(QCoreApplication.translate("CasePane", u"Onderdelen van de melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recusalLabel.setAccessibleName(QCoreApplication.translate("CasePane", u"Onthoudingen wegens belangenconflict", None))
#endif // QT_CONFIG(accessibility)
        self.categoryCaption.setText(QCoreApplication.translate("CasePane", u"Categorie", None))
        self.channelCaption.setText(QCoreApplication.translate("CasePane", u"Kanaal", None))
        self.receivedCaption.setText(QCoreApplication.translate("CasePane", u"Ontvangen", None))
        self.reporterCaption.setText(QCoreApplication.translate("CasePane", u"Melder", None))
        self.revealIdentityButton.setText(QCoreApplication.translate("CasePane", u"Toon identiteit melder\u2026", None))
        self.hideIdentityButton.setText(QCoreApplication.translate("CasePane", u"Verberg identiteit", None))
        self.entityCaption.setText(QCoreApplication.translate("CasePane", u"Betrokken entiteit", None))
        self.personsCaption.setText(QCoreApplication.translate("CasePane", u"Betrokken personen", None))
#if QT_CONFIG(accessibility)
        self.closingFrame.setAccessibleName(QCoreApplication.translate("CasePane", u"Afronding van de melding", None))
#endif // QT_CONFIG(accessibility)
        self.closingCaption.setText(QCoreApplication.translate("CasePane", u"Afronding", None))
#if QT_CONFIG(accessibility)
        self.closingValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Uitkomst en grond", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closingMotivationValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Motivering van de afronding", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionCaption.setText(QCoreApplication.translate("CasePane", u"Beschrijving van de melding", None))
#if QT_CONFIG(accessibility)
        self.descriptionValue.setAccessibleName(QCoreApplication.translate("CasePane", u"Beschrijving van de melding", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.overviewTab), QCoreApplication.translate("CasePane", u"Overzicht", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.investigationTab), QCoreApplication.translate("CasePane", u"Onderzoek", None))
        self.requestInfoButton.setText(QCoreApplication.translate("CasePane", u"Vraag bijkomende informatie\u2026", None))
#if QT_CONFIG(accessibility)
        self.requestInfoButton.setAccessibleName(QCoreApplication.translate("CasePane", u"Vraag bijkomende informatie", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackButton.setText(QCoreApplication.translate("CasePane", u"Terugkoppeling sturen\u2026", None))
#if QT_CONFIG(accessibility)
        self.feedbackButton.setAccessibleName(QCoreApplication.translate("CasePane", u"Terugkoppeling sturen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.threadContainer.setAccessibleName(QCoreApplication.translate("CasePane", u"Berichten met de melder", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.messagesTab), QCoreApplication.translate("CasePane", u"Berichten", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.notesTab), QCoreApplication.translate("CasePane", u"Notities", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.filesTab), QCoreApplication.translate("CasePane", u"Stukken", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.timelineTab), QCoreApplication.translate("CasePane", u"Tijdlijn", None))
        pass
    # retranslateUi

