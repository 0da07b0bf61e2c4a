// Alerts that stay until dismissed: a server lost and regained (SessionMonitor decides, the
// AlertBanner shows it), fed by ManualSessionSource: no server.
#include "fakesessions.h"

#include "mainwindow/alertbanner.h"
#include "mainwindow/monitorstatusbar.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace syncscope::ui;

class TestAlerts : public QObject
{
    Q_OBJECT

    static int monitorErrors(const SessionMonitor &monitor)
    {
        int n = 0;
        for (const EventEntry &e : monitor.eventLog()->entries())
            n += e.sessionId == -1 && e.kind == EventKind::Error;
        return n;
    }

private Q_SLOTS:
    void losingAndRegainingAServerStaysVisibleUntilDismissed()
    {
        SessionMonitor monitor;
        AlertBanner banner(&monitor);
        QSignalSpy alerted(&banner, &AlertBanner::alerted);
        QVERIFY(banner.isHidden());
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        a.source->setConnection(ConnectionBadge::Connected);
        b.source->setConnection(ConnectionBadge::Connected);

        a.source->setConnection(ConnectionBadge::Disconnected); // B still reaches it
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(banner.isHidden());
        b.source->setConnection(ConnectionBadge::Disconnected); // the server is gone
        QTRY_VERIFY(!banner.isHidden());
        QCOMPARE(banner.alerts().size(), 1);
        QVERIFY(banner.alerts().constFirst().contains(QStringLiteral("Lost the connection")));
        QCOMPARE(monitorErrors(monitor), 1);
        QCOMPARE(alerted.size(), 1);

        a.source->setConnection(ConnectionBadge::Connected);
        QTRY_COMPARE(banner.alerts().size(), 2);
        QVERIFY(banner.alerts().constFirst().contains(QStringLiteral("is back")));
        QVERIFY(!banner.isHidden()); // both stay until dismissed
        banner.dismissButton()->click();
        QVERIFY(banner.isHidden());
        QVERIFY(banner.alerts().isEmpty());

        // Pause all is no outage.
        b.source->setConnection(ConnectionBadge::Connected);
        monitor.pauseAll();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(banner.isHidden());
        QCOMPARE(monitorErrors(monitor), 1);
    }

    void statusNoticesAreElidedKeptAndNeverCoverTheCounters()
    {
        SessionMonitor monitor;
        addFake(monitor, QStringLiteral("A"));
        QMainWindow window;
        auto *bar = new MonitorStatusBar(&monitor, &window);
        window.setStatusBar(bar);
        window.resize(1024, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString first = QStringLiteral("Saved the workspace to ") + QString(200, u'x');
        bar->notify(first);
        QLabel *notice = bar->noticeLabel();
        QVERIFY2(notice->text().endsWith(QChar(0x2026)), qPrintable(notice->text()));
        QVERIFY(notice->toolTip().contains(first));
        QLabel *states = nullptr;
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (label->accessibleName() == MonitorStatusBar::tr("Sessions by state"))
                states = label;
        }
        QVERIFY(states && states->isVisible() && !states->text().isEmpty());
        QVERIFY(!notice->geometry().intersects(states->geometry()));

        bar->notify(QStringLiteral("Server lost: elsewhere:1"));
        QVERIFY2(notice->text().contains(QStringLiteral("Server lost")),
                 qPrintable(notice->text() + QString::number(notice->width())));
        QVERIFY(notice->toolTip().contains(first)); // the earlier one is not lost
        QCOMPARE(bar->notices().size(), 2);
        QVERIFY(states->isVisible());
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
