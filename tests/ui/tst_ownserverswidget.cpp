// The "Servers your sessions use" table of the Servers tab under QT_QPA_PLATFORM=offscreen,
// against a real syncscope-server process that is killed with SIGKILL and restarted.

#include "mainwindow/mainwindow.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "servers/ownserverstable.h"
#include "sessions/sessionlistpanel.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::ui;
using namespace std::chrono_literals;

class OwnServersWidgetTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void tableShowsReachDownAndBack()
    {
        testsupport::ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClientConfig config;
        config.pingInterval = 200ms;
        config.pongTimeout = 5000ms;
        config.reconnectDelayMin = 100ms;
        config.reconnectDelayMax = 500ms;
        SessionMonitor monitor(config);
        monitor.setDefaultLocalDirectory(m_dir.path());
        MainWindow window(&monitor);
        window.resize(1280, 800);
        window.show();
        auto *servers = window.tabs()->findChild<OwnServersTable *>();
        QVERIFY(servers);
        QTreeWidget *table = servers->table();
        // Nothing yet: a sentence instead of an empty table.
        QVERIFY(servers->emptyLabel()->isVisibleTo(servers));
        QVERIFY(!table->isVisibleTo(servers));
        // …in a box no taller than that sentence, leaving the tab to the attached server.
        auto *box = qobject_cast<QWidget *>(servers->parent());
        QVERIFY(box);
        QVERIFY(box->maximumHeight() < 200);

        SessionDefinition d;
        d.name = u"notes"_s;
        d.serverUrl = server.url();
        d.token = server.mintToken(u"dora"_s, {u"/*"_s});
        d.realmPath = u"/notes"_s;
        monitor.addSession(d);
        const QString name = u"127.0.0.1:%1"_s.arg(server.port());
        const auto cell = [&](int column) {
            QTreeWidgetItem *item = table->topLevelItem(0);
            return item ? item->text(column) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cell(OwnServersTable::Reach), u"Reachable"_s, 20'000);
        QVERIFY(table->isVisibleTo(servers));
        QVERIFY(!servers->emptyLabel()->isVisibleTo(servers));
        QCOMPARE(box->maximumHeight(), QWIDGETSIZE_MAX);
        QCOMPARE(table->topLevelItemCount(), 1);
        QCOMPARE(cell(OwnServersTable::Server), name);
        QCOMPARE(cell(OwnServersTable::Sessions), u"1: Syncing 1"_s);
        QCOMPARE(cell(OwnServersTable::RealmStates), u"1 / 0 / 0"_s);
        QCOMPARE(cell(OwnServersTable::LastConnectError), u"none"_s);
        QTRY_VERIFY_WITH_TIMEOUT(cell(OwnServersTable::RoundTrip).endsWith(u" ms"_s), 20'000);
        QVERIFY(table->topLevelItem(0)
                    ->toolTip(OwnServersTable::Server)
                    .contains(server.url().toDisplayString()));

        server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(cell(OwnServersTable::Reach), u"Unreachable"_s, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(OwnServersTable::LastConnectError) != u"none"_s, 20'000);
        QVERIFY2(cell(OwnServersTable::LastConnectError).contains(u"(code 10"_s),
                 qPrintable(cell(OwnServersTable::LastConnectError)));
        QVERIFY(cell(OwnServersTable::Since).contains(u':')); // a clock time, not "—"
        QCOMPARE(cell(OwnServersTable::RoundTrip), u"\u2014"_s);
        QVERIFY(cell(OwnServersTable::Sessions).contains(u"Retrying 1"_s));
        QVERIFY(table->topLevelItem(0)->font(OwnServersTable::Reach).bold());
        QVERIFY(table->topLevelItem(0)
                    ->toolTip(OwnServersTable::Reach)
                    .contains(u"Last connect error"_s));

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(cell(OwnServersTable::Reach), u"Reachable"_s, 30'000);
        QVERIFY(!table->topLevelItem(0)->font(OwnServersTable::Reach).bold());
        // Still says why it was down.
        QVERIFY(cell(OwnServersTable::LastConnectError).contains(u"(code 10"_s));

        // Activating the row lists that server's sessions.
        window.tabs()->setCurrentWidget(window.tabs()->widget(2));
        Q_EMIT table->itemActivated(table->topLevelItem(0), 0);
        QCOMPARE(window.sessionList()->filterEdit()->text(), name);
        QCOMPARE(window.tabs()->currentIndex(), 0);
    }

    void theEmptyTextSaysTheListedSessionsAreTheAttachedServers()
    {
        // A window attached to a server and with no sessions of its own lists that server's
        // sessions: "none of your sessions uses a server" must not read as if they used none.
        SessionMonitor monitor;
        OwnServersTable servers(&monitor);
        QLabel *empty = servers.emptyLabel();
        QVERIFY2(empty->text().contains(u"Add a session"_s), qPrintable(empty->text()));
        quint16 port = 0;
        {
            QTcpServer probe; // a port nobody listens on once it is closed
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        AttachedServer *attached =
            monitor.attachServer({QUrl(u"ws://127.0.0.1:%1"_s.arg(port)), QString(), u"x"_s});
        QVERIFY(attached);
        QTRY_VERIFY2_WITH_TIMEOUT(empty->text().contains(u"attached server"_s),
                                  qPrintable(empty->text()), 10'000);
        QVERIFY(servers.isEmpty());
        monitor.detachServer(attached);
        QTRY_VERIFY2_WITH_TIMEOUT(empty->text().contains(u"Add a session"_s),
                                  qPrintable(empty->text()), 10'000);
    }
};

QTEST_MAIN(OwnServersWidgetTest)
#include "tst_ownserverswidget.moc"
