#include "log/eventlogpanel.h"

#include "common/paintedicon.h"
#include "log/eventlogmodel.h"
#include "monitor/eventlog.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace syncscope::ui {

using namespace monitor;

EventLogPanel::EventLogPanel(SessionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new EventLogModel(monitor->eventLog(), this))
    , m_proxy(new EventLogFilterProxy(this))
    , m_sessionCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_sessionCombo->addItem(tr("All sessions"), -1);
    m_sessionCombo->setAccessibleName(tr("Event log session filter"));
    m_sessionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (MonitoredSession *s : monitor->sessions())
        addSession(s);
    connect(monitor, &SessionMonitor::sessionAdded, this, &EventLogPanel::addSession);

    m_kindCombo->addItem(tr("All kinds"), -1);
    for (int kind = 0; kind < kEventKindCount; ++kind)
        m_kindCombo->addItem(eventKindText(EventKind(kind)), kind);
    m_kindCombo->setAccessibleName(tr("Event log kind filter"));

    auto *sessionLabel = new QLabel(tr("Sess&ion:"), this);
    sessionLabel->setBuddy(m_sessionCombo);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto *copyButton = new QPushButton(paintedIcon(IconShape::Copy), tr("&Copy"), this);
    copyButton->setToolTip(tr("Copy the selected lines (all shown lines if none is selected)"));
    auto *exportButton = new QPushButton(paintedIcon(IconShape::Export), tr("E&xport log…"), this);
    exportButton->setToolTip(tr("Save the shown lines to a text file"));

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Event log"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(EventLogModel::TimeColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) +
                               2 * em);
    m_view->setColumnWidth(EventLogModel::SessionColumn, 20 * em);
    m_view->setColumnWidth(EventLogModel::KindColumn, 11 * em);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &EventLogPanel::copySelection);

    auto *row = new QHBoxLayout;
    row->addWidget(sessionLabel);
    row->addWidget(m_sessionCombo);
    row->addWidget(kindLabel);
    row->addWidget(m_kindCombo);
    row->addStretch(1);
    row->addWidget(copyButton);
    row->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_sessionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setSessionFilter(m_sessionCombo->itemData(index).toInt());
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setKindFilter(m_kindCombo->itemData(index).toInt()); });
    connect(copyButton, &QPushButton::clicked, this, &EventLogPanel::copySelection);
    connect(exportButton, &QPushButton::clicked, this, &EventLogPanel::exportInteractively);
    // Follow the newest line unless the person scrolled up to read.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });
}

void EventLogPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view->scrollToBottom();
}

void EventLogPanel::addSession(MonitoredSession *session)
{
    m_sessionCombo->addItem(session->name(), session->id());
}

QString EventLogPanel::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    QList<EventEntry> entries;
    for (int r : std::as_const(rows))
        entries.append(m_model->entry(r));
    return EventLog::toText(entries);
}

void EventLogPanel::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

bool EventLogPanel::exportTo(const QString &path, QString *error) const
{
    QList<EventEntry> entries;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        entries.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(EventLog::toFileText(entries).toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void EventLogPanel::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export event log"),
                                                      QStringLiteral("syncscope-events.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export event log"), error);
}

} // namespace syncscope::ui
