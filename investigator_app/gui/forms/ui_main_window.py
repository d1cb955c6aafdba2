# Generated from ui/main_window.ui by scripts/build_forms.py. Do not edit.
from typing import Any
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSplitter,
    QStatusBar, QTableView, QToolBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow: Any) -> None:
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1440, 860)
        self.actionSync = QAction(MainWindow)
        self.actionSync.setObjectName(u"actionSync")
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(self.listPanel)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.categoryFilter = QComboBox(self.listPanel)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.filterLayout.setStretch(0, 3)
        self.filterLayout.setStretch(1, 1)
        self.filterLayout.setStretch(2, 1)

        self.listLayout.addLayout(self.filterLayout)

        self.caseTable = QTableView(self.listPanel)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSortingEnabled(True)
        self.caseTable.setWordWrap(False)
        self.caseTable.horizontalHeader().setStretchLastSection(True)
        self.caseTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.caseTable)

        self.countLabel = QLabel(self.listPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPanel)
        self.casePanel = QWidget(self.splitter)
        self.casePanel.setObjectName(u"casePanel")
        self.splitter.addWidget(self.casePanel)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        MainWindow.setMenuBar(self.menuBar)

        self.toolBar.addAction(self.actionSync)
        self.toolBar.addAction(self.actionSignOut)
        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuFile.addAction(self.actionSync)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSignOut)
        self.menuFile.addAction(self.actionQuit)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow: Any) -> None:
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Integriteitsmeldingen", None))
        self.actionSync.setText(QCoreApplication.translate("MainWindow", u"&Synchroniseren", None))
#if QT_CONFIG(tooltip)
        self.actionSync.setToolTip(QCoreApplication.translate("MainWindow", u"Nu synchroniseren met de meldingendienst (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSync.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"&Afmelden", None))
#if QT_CONFIG(tooltip)
        self.actionSignOut.setToolTip(QCoreApplication.translate("MainWindow", u"Afmelden op deze werkplek; lokale gegevens blijven bewaard", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"A&fsluiten", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Zoeken op referentie, samenvatting, entiteit of persoon\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Zoeken in meldingen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter op status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter op categorie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Meldingen", None))
#endif // QT_CONFIG(accessibility)
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Werkbalk", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
    # retranslateUi

