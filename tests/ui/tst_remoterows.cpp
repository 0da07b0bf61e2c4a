// The rows of an attached server (OperatorSessionSource) in the monitor, its list model and its
// event log, without a server: the sources are fed the figures an operator API delta carries.
// What keeps 10,000s of such rows cheap must not change what the monitor shows or counts.
#include "fakesessions.h"

#include "log/eventlogmodel.h"
#include "log/eventlogpanel.h"
#include "monitor/sessionmonitor.h"
#include "operator/operatorsessionsource.h"
#include "sessions/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace syncscope::ui;

namespace {

const QString kServer = QStringLiteral("127.0.0.1:7801");

OperatorSession remoteSession(qint64 connection, qint64 id)
{
    OperatorSession session;
    session.connection = connection;
    session.id = id;
    session.realm = QStringLiteral("/app/r%1").arg(id);
    session.user = QStringLiteral("user%1").arg(connection);
    session.uploadedChangesets = 1;
    session.uploadedBytes = 100;
    return session;
}

struct RemoteRow
{
    OperatorSessionSource *source = nullptr;
    MonitoredSession *row = nullptr;
};

// A row as AttachedServer adds one (no client: the actions are refused, the figures flow).
RemoteRow addRemote(SessionMonitor &monitor, const OperatorSession &session)
{
    auto source = std::make_unique<OperatorSessionSource>(nullptr, kServer, session,
                                                          QDateTime::currentDateTimeUtc());
    OperatorSessionSource *raw = source.get();
    SessionDefinition definition;
    definition.name = raw->facts().name;
    definition.realmPath = session.realm;
    return {raw, monitor.addSource(std::move(source), definition)};
}

} // namespace

class TestRemoteRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDeltaUpdatesOneRowOnly()
    {
        SessionMonitor monitor;
        SessionListModel model(&monitor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<RemoteRow> rows;
        for (int i = 0; i < 40; ++i)
            rows.append(addRemote(monitor, remoteSession(1 + i / 10, i)));
        QCOMPARE(model.rowCount(), 40);
        model.flush();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy monitorChanged(&monitor, &SessionMonitor::sessionChanged);
        QSignalSpy stateChanged(&monitor, &SessionMonitor::sessionStateChanged);
        const qsizetype recordsBefore = monitor.recorder()->size();
        OperatorSession moved = rows.at(17).source->remote();
        moved.uploadedChangesets = 2;
        moved.uploadedBytes = 250;
        // The connection's start as the stream gives it: the same in every delta. (A fresh "now"
        // in each call differs by a millisecond on a slower machine, which is a real change.)
        const QDateTime connectionSince = rows.at(17).source->facts().connectionSince;
        rows.at(17).source->update(moved, connectionSince);
        model.flush();

        QCOMPARE(monitorChanged.size(), 1);
        QCOMPARE(monitorChanged.at(0).at(0).value<MonitoredSession *>(), rows.at(17).row);
        QCOMPARE(stateChanged.size(), 0); // still Active and connected
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).value<QModelIndex>().row(), 17);
            QCOMPARE(signal.at(1).value<QModelIndex>().row(), 17);
        }
        QCOMPARE(rows.at(17).row->progress(ProgressDirection::Upload).transferred, 250u);
        // One record for the one direction that moved: the export sees each report once.
        QCOMPARE(monitor.recorder()->size(), recordsBefore + 1);
        const QList<ProgressRecord> records = monitor.recorder()->snapshot({rows.at(17).row->id()});
        QCOMPARE(records.constLast().direction, ProgressDirection::Upload);
        QCOMPARE(records.constLast().transferred, 250u);

        // The same figures again: nothing to show, nothing recorded.
        rows.at(17).source->update(moved, connectionSince);
        QCOMPARE(monitorChanged.size(), 1);
        QCOMPARE(monitor.recorder()->size(), recordsBefore + 1);
    }

    void staleRowsAreRecountedAndLogged()
    {
        SessionMonitor monitor;
        QList<RemoteRow> rows;
        for (int i = 0; i < 5; ++i)
            rows.append(addRemote(monitor, remoteSession(1, i)));
        QCOMPARE(monitor.stateCounts().count(StateFilter::Connected), 5);
        QSignalSpy stateChanged(&monitor, &SessionMonitor::sessionStateChanged);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        rows.at(3).source->markStale(now, now.addSecs(5), QStringLiteral("refused"));
        QCOMPARE(stateChanged.size(), 1);
        QCOMPARE(stateChanged.at(0).at(0).value<MonitoredSession *>(), rows.at(3).row);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Connected), 4);
        QCOMPARE(monitor.stateCounts().count(StateFilter::NotConnected), 1);
        QCOMPARE(monitor.stateCounts().count(StateFilter::WithError), 1);
        QVERIFY(rows.at(3).row->connectionExplanation().size() > 0);
        bool logged = false;
        EventLog *log = monitor.eventLog();
        for (qsizetype i = 0; i < log->size(); ++i)
            logged |= log->at(i).sessionId == rows.at(3).row->id() &&
                      log->at(i).message.contains(QStringLiteral("refused"));
        QVERIFY(logged);

        // Seen again: counted as connected again, and said so in the log.
        rows.at(3).source->update(remoteSession(1, 3), QDateTime::currentDateTimeUtc());
        QCOMPARE(monitor.stateCounts().count(StateFilter::Connected), 5);
        QCOMPARE(monitor.stateCounts().count(StateFilter::WithError), 0);
        QCOMPARE(log->at(log->size() - 1).sessionId, rows.at(3).row->id());

        // A removed row takes its count with it, and its source tells nobody any more.
        monitor.removeSession(rows.at(3).row);
        QCOMPARE(monitor.count(), 4);
        QCOMPARE(monitor.stateCounts().count(StateFilter::All), 4);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Connected), 4);
    }

    void aRowChangedOutsideAReportIsRecountedOnTheTick()
    {
        // The monitor's own sessions go the same way (ManualSessionSource): a change reaches the
        // counts and the signals with no connection between source, row and monitor.
        SessionMonitor monitor;
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        QSignalSpy invalidated(&monitor, &SessionMonitor::sessionInvalidated);
        QSignalSpy changed(&monitor, &SessionMonitor::sessionChanged);
        b.source->setState(StateBadge::Invalid);
        QCOMPARE(invalidated.size(), 1);
        QCOMPARE(invalidated.at(0).at(0).value<MonitoredSession *>(), b.session);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Invalid), 1);
        a.source->setConnection(ConnectionBadge::Connected);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Connected), 1);
        monitor.sampleNow();
        QCOMPARE(monitor.stateCounts().count(StateFilter::All), 2);
    }

    void aRemoteRowKeepsOneCopyOfItsNameAndNoDefinition()
    {
        SessionMonitor monitor;
        const QUrl attachment(QStringLiteral("ws://127.0.0.1:7802"));
        OperatorSession first = remoteSession(2, 5);
        auto source = std::make_unique<OperatorSessionSource>(nullptr, kServer, first,
                                                              QDateTime::currentDateTimeUtc());
        OperatorSessionSource *raw = source.get();
        SessionDefinition given;
        given.name = raw->facts().name;
        given.realmPath = first.realm;
        given.serverUrl = attachment;
        MonitoredSession *row = monitor.addSource(std::move(source), given);
        const QString name = row->name();

        // A delta parses the figures anew: equal strings, separately allocated.
        OperatorSession next = remoteSession(2, 5);
        next.uploadedBytes = 900;
        QVERIFY(next.realm.constData() != first.realm.constData());
        raw->update(next, QDateTime::currentDateTimeUtc());
        QCOMPARE(row->progress(ProgressDirection::Upload).transferred, 900u);
        // The row keeps the copy of its name it had (the export's label and the definition
        // read it from the row).
        QCOMPARE(row->name(), name);
        QCOMPARE(row->name().constData(), name.constData());
        QCOMPARE(monitor.progressLabels().value(row->id()).name, name);

        // The definition is rebuilt from the facts, and reads as it was given.
        QCOMPARE(row->definition(), given);
        QVERIFY(!row->isExpectedToFail());
        // A row whose definition says more than its facts keeps it whole.
        SessionDefinition more = given;
        more.name = QStringLiteral("renamed");
        more.expectedToFail = true;
        MonitoredSession *kept = monitor.addSource(
            std::make_unique<OperatorSessionSource>(nullptr, kServer, remoteSession(2, 6),
                                                    QDateTime::currentDateTimeUtc()),
            more);
        QCOMPARE(kept->definition(), more);
        QVERIFY(kept->isExpectedToFail());

        // The recorder keeps no label per listed row; a removed row's records keep its name.
        QVERIFY(monitor.recorder()->labels().isEmpty());
        const int removedId = row->id();
        monitor.removeSession(row);
        QCOMPARE(monitor.recorder()->label(removedId).name, name);
        QCOMPARE(monitor.recorder()->label(removedId).realmPath, first.realm);
        QCOMPARE(monitor.progressLabels().value(removedId).name, name);
        QCOMPARE(monitor.progressLabels().value(kept->id()).name, kept->name());
    }

    void theEventLogHasNoFilterEntryPerRemoteSession()
    {
        SessionMonitor monitor;
        addFake(monitor, QStringLiteral("Own"));
        QList<RemoteRow> rows;
        for (int i = 0; i < 3; ++i)
            rows.append(addRemote(monitor, remoteSession(4, i)));
        EventLogPanel panel(&monitor);
        QCOMPARE(panel.sessionCombo()->count(), 2); // "All sessions" and the own session
        rows.append(addRemote(monitor, remoteSession(4, 9)));
        addFake(monitor, QStringLiteral("Own 2"));
        QCOMPARE(panel.sessionCombo()->count(), 3);

        // A remote session's lines are found by its name.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        rows.at(1).source->markStale(now, now.addSecs(5), QStringLiteral("gone"));
        panel.searchEdit()->setText(rows.at(1).row->name());
        QTRY_VERIFY(panel.proxy()->rowCount() > 0);
        for (int r = 0; r < panel.proxy()->rowCount(); ++r)
            QCOMPARE(panel.proxy()->index(r, EventLogModel::SessionColumn).data().toString(),
                     rows.at(1).row->name());
    }
};

QTEST_MAIN(TestRemoteRows)
#include "tst_remoterows.moc"
