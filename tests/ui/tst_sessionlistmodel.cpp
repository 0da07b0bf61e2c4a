// SessionListModel alone, under QAbstractItemModelTester (Fatal), fed by ManualSessionSource:
// rows, roles, batching, and that the on-screen batching loses no change for other observers.
#include "fakesessions.h"

#include "mainwindow/monitorstatusbar.h"
#include "sessions/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QIdentityProxyModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace syncscope::ui;

namespace {

// Rows covered by the dataChanged() signals a spy caught, counting how often each was.
QHash<int, int> coveredRows(const QSignalSpy &spy)
{
    QHash<int, int> rows;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            ++rows[row];
    }
    return rows;
}

} // namespace

class TestSessionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleDirectionsSayWhyInsteadOfAFullBar()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const auto text = [&](int column) {
            return model.index(0, column).data(Qt::DisplayRole).toString();
        };
        const auto bar = [&](int column) {
            return model.index(0, column).data(SessionListModel::ProgressFractionRole).toDouble();
        };
        QCOMPARE(text(SessionListModel::UploadColumn), QStringLiteral("waiting"));
        a.source->setProgress(ProgressDirection::Upload, 0, 0);
        a.source->setProgress(ProgressDirection::Download, 500, 500);
        QCOMPARE(text(SessionListModel::UploadColumn), QStringLiteral("Nothing to upload"));
        QCOMPARE(text(SessionListModel::DownloadColumn), QStringLiteral("Up to date"));
        QVERIFY(bar(SessionListModel::UploadColumn) < 0); // no full bar
        a.source->setProgress(ProgressDirection::Download, 200, 800);
        QVERIFY(text(SessionListModel::DownloadColumn).contains(QStringLiteral("25 %")));
        QCOMPARE(bar(SessionListModel::DownloadColumn), 0.25);
        a.source->setState(StateBadge::Paused);
        QCOMPARE(text(SessionListModel::UploadColumn), QStringLiteral("Paused"));
        QVERIFY(text(SessionListModel::DownloadColumn).contains(QStringLiteral("25 %")));
        a.source->setState(StateBadge::Invalid);
        QCOMPARE(text(SessionListModel::UploadColumn), QStringLiteral("—"));
    }

    void aStallIsExplainedOnHoverAndCounted()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        MonitorStatusBar bar(&monitor);
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        a.source->setConnection(ConnectionBadge::Connected);
        a.source->setProgress(ProgressDirection::Upload, 0, 1000); // work outstanding
        QVERIFY(!bar.statesText().contains(QStringLiteral("stalled")));
        a.session->sample(QDateTime::currentMSecsSinceEpoch() + 120'000, monitor.stallThreshold());
        QVERIFY(a.session->isStalled());
        model.flush();
        const QString tip =
            model.index(0, SessionListModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Stalled")) && tip.contains(QStringLiteral("60 s")),
                 qPrintable(tip));
        QCOMPARE(monitor.stalledCount(), 1);
        QVERIFY2(bar.statesText().contains(QStringLiteral("1 stalled")),
                 qPrintable(bar.statesText()));
    }

    void healthLeadsAndActiveIsNotCalledHealthy()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        SessionFacts syncing = factsNamed(QStringLiteral("Syncing"));
        syncing.connection = ConnectionBadge::Connected;
        SessionFacts neverConnected = factsNamed(QStringLiteral("Never"));
        neverConnected.lastError =
            SessionError{1001, QStringLiteral("refused"), false, SessionError::Origin::Connection,
                         QDateTime::currentDateTime()};
        SessionFacts offline = factsNamed(QStringLiteral("Offline"));
        offline.disconnectedSince = QDateTime::currentDateTime().addSecs(-5 * 60 - 3);
        SessionFacts failed = factsNamed(QStringLiteral("Failed"));
        failed.state = StateBadge::Invalid;
        for (const SessionFacts &f : {syncing, neverConnected, offline, failed})
            addFake(monitor, f);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(0, SessionListModel::HealthColumn), QStringLiteral("Syncing"));
        QCOMPARE(cell(1, SessionListModel::HealthColumn), QStringLiteral("Retrying"));
        QCOMPARE(cell(2, SessionListModel::HealthColumn), QStringLiteral("Offline for 5 min"));
        QCOMPARE(cell(3, SessionListModel::HealthColumn), QStringLiteral("Failed"));
        // Realm's words stay visible next to it.
        QCOMPARE(cell(1, SessionListModel::StateColumn), QStringLiteral("Active"));
        const QString why = cell(1, SessionListModel::StateColumn, Qt::ToolTipRole);
        QVERIFY2(!why.contains(QStringLiteral("Syncing")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("not connected")));

        // The status bar leads with health, Realm's states after it.
        MonitorStatusBar bar(&monitor);
        const QString states = bar.statesText();
        QVERIFY2(states.startsWith(QStringLiteral("1 Syncing · 1 Retrying · 1 Offline · 1 Failed")),
                 qPrintable(states));
        QVERIFY(states.contains(QStringLiteral("3 Active")));
    }

    void rowsAndRolesFollowTheFacts()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const FakeRow a = addFake(monitor, QStringLiteral("Alpha"));
        const FakeRow b =
            addFake(monitor, factsNamed(QStringLiteral("Bravo"), QStringLiteral("bob")));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.sessionAt(1), b.session);
        QCOMPARE(model.rowOf(a.session), 0);

        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(1, SessionListModel::UserColumn).toString(), QStringLiteral("bob"));
        QCOMPARE(cell(0, SessionListModel::StateColumn).toString(), QStringLiteral("Active"));
        QCOMPARE(cell(0, SessionListModel::StateColumn, SessionListModel::BadgeKindRole).toInt(),
                 int(StateBadge::Active));
        QCOMPARE(cell(0, SessionListModel::UploadColumn, SessionListModel::ProgressFractionRole)
                     .toDouble(),
                 -1.0); // nothing reported yet

        a.source->setProgress(ProgressDirection::Upload, 250, 1000);
        a.source->setError(4102, QStringLiteral("bad changeset"), true);
        a.source->setState(StateBadge::Invalid);
        model.flush();
        QCOMPARE(cell(0, SessionListModel::UploadColumn, SessionListModel::ProgressFractionRole)
                     .toDouble(),
                 0.25);
        QCOMPARE(cell(0, SessionListModel::StateColumn).toString(), QStringLiteral("Invalid"));
        QCOMPARE(cell(0, SessionListModel::LastErrorColumn).toString(),
                 QStringLiteral("bad changeset (code 4102)"));
        QVERIFY(cell(0, SessionListModel::StateColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("bad changeset")));
        QCOMPARE(cell(0, SessionListModel::NameColumn, SessionListModel::SessionIdRole).toInt(),
                 a.session->id());
    }

    void changesWaitForTheTickAndComeAsOneSignal()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<FakeRow> rows;
        for (int i = 0; i < 5; ++i)
            rows << addFake(monitor, QStringLiteral("S%1").arg(i));
        model.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows[1].source->setConnection(ConnectionBadge::Connected);
        rows[3].source->setProgress(ProgressDirection::Download, 1, 2);
        rows[3].source->setProgress(ProgressDirection::Download, 2, 2);
        QCOMPARE(changed.size(), 0);
        model.flush();
        QCOMPARE(changed.size(), 1); // no viewport: rows 1..3 in one signal
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);
        model.flush();
        QCOMPARE(changed.size(), 1); // nothing new, nothing sent
    }

    void onScreenBatchingLosesNoChange()
    {
        // A view that shows rows 6, 7, 2 (sorted its own way) and a second observer behind a
        // proxy: every changed row reaches both, exactly once per tick, on-screen rows first.
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QIdentityProxyModel secondView;
        secondView.setSourceModel(&model);
        QAbstractItemModelTester secondTester(
            &secondView, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<FakeRow> rows;
        for (int i = 0; i < 10; ++i)
            rows << addFake(monitor, QStringLiteral("S%1").arg(i));
        model.setViewport({[] { return QList<int>{6, 7, 2}; }});
        model.flush();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy secondChanged(&secondView, &QAbstractItemModel::dataChanged);
        const QList<int> touched{0, 2, 3, 4, 7, 9};
        for (int row : touched)
            rows[row].source->setConnection(ConnectionBadge::Connecting);
        model.flush();

        const QHash<int, int> covered = coveredRows(changed);
        QCOMPARE(QSet<int>(covered.keyBegin(), covered.keyEnd()),
                 QSet<int>(touched.cbegin(), touched.cend()));
        for (int count : covered)
            QCOMPARE(count, 1);
        QCOMPARE(coveredRows(secondChanged), covered);
        // On screen first: 7, then 2 (not adjacent on screen), then the rest in runs.
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 7);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.size(), 5); // 7 | 2 | 0 | 3-4 | 9
        // What the second observer reads is what the sources say.
        for (int row : touched)
            QCOMPARE(secondView.index(row, SessionListModel::ConnectionColumn).data().toString(),
                     QStringLiteral("Connecting"));
    }

    void aTickRepublishesOnlyTheColumnsThatCanChange()
    {
        // Name, realm and user never change; the server (the node in use) only with the state
        // or connection. The view repaints what a dataChanged() covers, so a progress report or
        // a sample must not cover them.
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<FakeRow> rows;
        for (int i = 0; i < 6; ++i)
            rows << addFake(monitor, QStringLiteral("S%1").arg(i));
        model.setViewport({[] { return QList<int>{0, 1, 2, 3, 4, 5}; }});
        model.flush();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows[1].source->setProgress(ProgressDirection::Download, 1, 2);
        rows[2].source->setProgress(ProgressDirection::Download, 1, 2);
        rows[3].source->setConnection(ConnectionBadge::Connecting);
        rows[4].source->setProgress(ProgressDirection::Upload, 1, 4);
        model.flush();
        // 1-2 (progress) | 3 (connection) | 4 (progress): a run changed one way.
        QCOMPARE(changed.size(), 3);
        const auto span = [&](int signal) {
            const auto topLeft = changed.at(signal).at(0).value<QModelIndex>();
            const auto bottomRight = changed.at(signal).at(1).value<QModelIndex>();
            return QList<int>{topLeft.row(), bottomRight.row(), topLeft.column(),
                              bottomRight.column()};
        };
        const int last = SessionListModel::ColumnCount - 1;
        QCOMPARE(span(0), (QList<int>{1, 2, SessionListModel::HealthColumn, last}));
        QCOMPARE(span(1), (QList<int>{3, 3, SessionListModel::ServerColumn, last}));
        QCOMPARE(span(2), (QList<int>{4, 4, SessionListModel::HealthColumn, last}));

        // The once-a-second sample: every row, the rates and what follows from them.
        changed.clear();
        monitor.sampleNow();
        model.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(span(0), (QList<int>{0, 5, SessionListModel::HealthColumn, last}));
    }

    void everySampleRefreshesTheRates()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        model.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        monitor.sampleNow();
        model.flush();
        QCOMPARE(coveredRows(changed).size(), 2);
        QCOMPARE(model.index(model.rowOf(a.session), SessionListModel::UploadRateColumn)
                     .data(SessionListModel::SortRole)
                     .toDouble(),
                 0.0);
        Q_UNUSED(b);
    }

    void orderingSignalNamesRowsWhoseStateChanged()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        model.setSortColumn(SessionListModel::UploadColumn);
        model.flush();
        QSignalSpy ordering(&model, &SessionListModel::orderingDataChanged);
        b.source->setState(StateBadge::Paused);
        model.flush();
        QCOMPARE(ordering.size(), 1);
        QCOMPARE(ordering.at(0).at(0).value<QList<int>>(), QList<int>{1});
        QCOMPARE(ordering.at(0).at(1).toBool(), false);
        a.source->setProgress(ProgressDirection::Upload, 1, 4);
        model.flush();
        QCOMPARE(ordering.size(), 2);
        QVERIFY(ordering.at(1).at(0).value<QList<int>>().isEmpty());
        QCOMPARE(ordering.at(1).at(1).toBool(), true); // the sorted value moved
    }

    void rowsStayFoundAcrossRemovalsAndAReplacedSession()
    {
        SessionMonitor monitor;
        QList<MonitoredSession *> sessions;
        for (int i = 0; i < 8; ++i)
            sessions << addFake(monitor, QStringLiteral("s%1").arg(i)).session;
        // Replaced in place: the monitor lists the replacement where the old one was, with an id
        // newer than every other row's.
        SessionDefinition definition;
        definition.name = QStringLiteral("s3 again");
        definition.serverUrl = QUrl(QStringLiteral("ws://127.0.0.1:9"));
        definition.token = QStringLiteral("malformed");
        definition.realmPath = QStringLiteral("/w/again");
        MonitoredSession *replacement = monitor.replaceSession(sessions.at(3), definition);
        QVERIFY(replacement);
        sessions[3] = replacement;
        QCOMPARE(monitor.sessions().at(3), replacement);

        // A model made now (a window opened later) finds every row, and after removals too.
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto everyRowFound = [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.rowOf(model.sessionAt(row)) != row)
                    return false;
            }
            return true;
        };
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(everyRowFound());
        for (int i : {0, 7, 3, 4}) {
            MonitoredSession *gone = sessions.at(i);
            monitor.removeSession(gone);
            QVERIFY(everyRowFound());
        }
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(nullptr), -1);
        const FakeRow later = addFake(monitor, QStringLiteral("later"));
        QCOMPARE(model.rowOf(later.session), 4);
        QVERIFY(everyRowFound());
    }

    void rowsRemovedTogetherGoAsRangesWithOneRefresh()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<MonitoredSession *> sessions;
        for (int i = 0; i < 10; ++i)
            sessions << addFake(monitor, QStringLiteral("s%1").arg(i)).session;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy refreshed(&model, &SessionListModel::flushed);
        QStringList namesAtTheEnd;
        connect(&monitor, &SessionMonitor::batchEnded, this, [&] {
            // The removed sessions are still there for the views to drop.
            for (int row = 0; row < model.rowCount(); ++row)
                namesAtTheEnd << model.sessionAt(row)->name();
        });
        {
            const SessionMonitor::Batch batch(&monitor);
            for (int i : {2, 3, 4, 7, 9})
                monitor.removeSession(sessions.at(i));
            QCOMPARE(model.rowCount(), 10); // nothing until the batch ends
            QCOMPARE(removed.count(), 0);
        }
        QCOMPARE(namesAtTheEnd.size(), 5); // the rows were gone when the batch ended
        QCOMPARE(removed.count(), 3);      // 9, 7 and 2–4: one range each
        QCOMPARE(refreshed.count(), 1);
        QStringList left;
        for (int row = 0; row < model.rowCount(); ++row)
            left << model.sessionAt(row)->name();
        QCOMPARE(left,
                 (QStringList{QStringLiteral("s0"), QStringLiteral("s1"), QStringLiteral("s5"),
                              QStringLiteral("s6"), QStringLiteral("s8")}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.sessionAt(row)), row);
    }
};

QTEST_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
