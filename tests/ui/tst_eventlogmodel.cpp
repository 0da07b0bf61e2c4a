// EventLogModel and its filter alone, under QAbstractItemModelTester (Fatal): events written by
// monitored ManualSessionSource rows, and a full ring that drops its oldest entry.
#include "fakesessions.h"

#include "log/eventlogmodel.h"
#include "monitor/eventlog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace syncscope::ui;

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatTheSessionsReport()
    {
        SessionMonitor monitor;
        EventLogModel model(monitor.eventLog());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EventLogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        a.source->setConnection(ConnectionBadge::Connected);
        b.source->setError(7, QStringLiteral("closed by server"), false);
        a.session->pauseByUser();

        QCOMPARE(model.rowCount(), int(monitor.eventLog()->size()));
        // The pause reads as a change of state, then of connection, both of session A.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last - 1, EventLogModel::SessionColumn).data().toString(),
                 QStringLiteral("A"));
        QCOMPARE(model.index(last - 1, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("State: Paused"));
        QCOMPARE(model.index(last, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Connection: Disconnected"));

        proxy.setSessionFilter(b.session->id());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Error 7: closed by server"));
        proxy.setSessionFilter(-1);
        proxy.setKinds(1u << int(EventKind::Connection));
        QVERIFY(proxy.rowCount() >= 1);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(EventLogModel::KindRole).toInt(),
                     int(EventKind::Connection));
        // Several kinds at once, and a search text on top.
        proxy.setKindShown(EventKind::Error, true);
        const int both = proxy.rowCount();
        QVERIFY(both > 1);
        proxy.setSearchText(QStringLiteral("CLOSED BY"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Error 7: closed by server"));
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), both);
    }

    void aFullRingDropsItsOldestRowCleanly()
    {
        // Views read the row being removed while it is removed: the log must still hold it.
        EventLog log(3);
        EventLogModel model(&log);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EventLogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int i = 1; i <= 5; ++i)
            log.append(1, QStringLiteral("S"), EventKind::Monitor,
                       QStringLiteral("event %1").arg(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("event 3"));
        QCOMPARE(model.index(2, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("event 5"));
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
