// The headless output through the library: the status table fitted to a width, the JSON tick,
// and HeadlessConsole on a real pipe (log lines never between rows) and a real pseudo-terminal
// (redrawn in place, the terminal's width). tst_headless runs the syncscope binary itself.
#include "fakesessions.h"

#include "headless/headlessconsole.h"
#include "headless/statusreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;

namespace {

// Everything readable from fd until the writer closed it.
QByteArray readToEnd(int fd)
{
    QByteArray all;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            all.append(buffer, n);
        else if (n == 0 || errno != EINTR)
            return all;
    }
}

// What is readable from a pty master now, without blocking.
QByteArray readAvailable(int fd)
{
    QByteArray all;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return all;
        all.append(buffer, n);
    }
}

} // namespace

class TestHeadlessOutput final : public QObject
{
    Q_OBJECT

private:
    static void fill(SessionMonitor &monitor)
    {
        addFake(monitor, QStringLiteral("Archive download (alice, a rather slow link)"));
        FakeRow denied = addFake(monitor, QStringLiteral("Admin settings (bob, denied)"), true);
        denied.source->setError(206,
                                QStringLiteral("the access token of \"bob\" does not grant the "
                                               "realm \"/demo/admin/settings\""),
                                true);
        denied.source->setState(StateBadge::Invalid);
        FakeRow busy = addFake(monitor, QStringLiteral("Notes"));
        busy.source->setConnection(ConnectionBadge::Connected);
        busy.source->setProgress(syncscope::ProgressDirection::Upload, 1024, 4096);
    }

private Q_SLOTS:
    void tableFitsEveryWidth_data()
    {
        QTest::addColumn<int>("columns");
        for (const int columns : {40, 60, 80, 100, 132, 200})
            QTest::addRow("%d", columns) << columns;
    }

    void tableFitsEveryWidth()
    {
        QFETCH(int, columns);
        SessionMonitor monitor;
        fill(monitor);
        const QStringList lines =
            StatusReport(&monitor, 3, QDateTime::currentDateTime()).tableLines(columns);
        QCOMPARE(lines.size(), 2 + 3);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= columns, qPrintable(line));
        // Name, health and the error's beginning are always there; what is cut ends in "…".
        QVERIFY(lines[1].startsWith(QStringLiteral("NAME")));
        QVERIFY2(lines[1].contains(QStringLiteral("HEALTH")), qPrintable(lines[1]));
        QVERIFY2(lines[3].contains(QStringLiteral("Failed")), qPrintable(lines[3]));
        if (columns >= 80)
            QVERIFY2(lines[3].contains(QStringLiteral("the access token")), qPrintable(lines[3]));
        const bool errorWhole = lines[3].contains(QStringLiteral("(code 206)"));
        QVERIFY2(errorWhole || lines[3].endsWith(QChar(0x2026)), qPrintable(lines[3]));
        QVERIFY2(lines[2].contains(QStringLiteral("Archive download")), qPrintable(lines[2]));
        if (!lines[2].contains(QStringLiteral("a rather slow link)")))
            QVERIFY2(lines[2].contains(QChar(0x2026)), qPrintable(lines[2]));
        // Wide enough, every column is there.
        if (columns >= 200) {
            for (const char *header :
                 {"STATE", "CONNECTION", "UPLOAD", "DOWNLOAD", "UP/S", "DOWN/S", "LAST ERROR"})
                QVERIFY2(lines[1].contains(QLatin1String(header)), header);
            QVERIFY(errorWhole);
        }
    }

    void theServerNodeInUseIsShownInTheTableAndTheJson()
    {
        SessionMonitor monitor;
        fill(monitor);
        SessionFacts facts = factsNamed(QStringLiteral("Clustered"));
        facts.serverUrl = QUrl(QStringLiteral("ws://10.0.0.1:7800"));
        facts.additionalServerUrls = {QUrl(QStringLiteral("ws://10.0.0.2:7800"))};
        facts.currentServerUrl = QUrl(QStringLiteral("ws://10.0.0.2:7800"));
        addFake(monitor, facts);
        StatusReport report(&monitor, 1, QDateTime::currentDateTime());
        const QStringList lines = report.tableLines(0);
        QVERIFY2(lines[1].contains(QStringLiteral("NODE")), qPrintable(lines[1]));
        QVERIFY2(lines[5].contains(QStringLiteral("10.0.0.2:7800")), qPrintable(lines[5]));
        // The node goes first when the terminal is narrow.
        QVERIFY(!report.tableLines(100).at(1).contains(QStringLiteral("NODE")));
        const QJsonArray sessions = report.tickObject().value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.at(3).toObject().value(QStringLiteral("node")).toString(),
                 QStringLiteral("ws://10.0.0.2:7800"));
        QVERIFY(sessions.at(0).toObject().value(QStringLiteral("node")).isNull());
    }

    void noWidthKeepsEverything()
    {
        SessionMonitor monitor;
        fill(monitor);
        const QStringList lines =
            StatusReport(&monitor, 0, QDateTime::currentDateTime()).tableLines(0);
        QVERIFY(lines[3].endsWith(QStringLiteral("\"/demo/admin/settings\" (code 206)")));
        QVERIFY(lines[4].contains(QStringLiteral("1.0 KiB/4.0 KiB")));
    }

    void jsonTickHasTheDocumentedKeys()
    {
        SessionMonitor monitor;
        fill(monitor);
        const QJsonObject tick =
            StatusReport(&monitor, 7, QDateTime::currentDateTime()).tickObject();
        // It survives a round trip as one line.
        const QByteArray line = QJsonDocument(tick).toJson(QJsonDocument::Compact);
        QVERIFY(!line.contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(line).object(), tick);
        QCOMPARE(tick.value(QStringLiteral("type")).toString(), QStringLiteral("tick"));
        QCOMPARE(tick.value(QStringLiteral("elapsed_s")).toInteger(), 7);
        const QJsonArray sessions = tick.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 3);
        const QJsonObject denied = sessions.at(1).toObject();
        QCOMPARE(denied.value(QStringLiteral("state")).toString(), QStringLiteral("invalid"));
        QCOMPARE(denied.value(QStringLiteral("health")).toString(), QStringLiteral("failed"));
        QCOMPARE(denied.value(QStringLiteral("connection")).toString(),
                 QStringLiteral("disconnected"));
        QCOMPARE(denied.value(QStringLiteral("last_error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 206);
        QVERIFY(denied.value(QStringLiteral("upload")).isNull()); // nothing reported yet
        const QJsonObject notes = sessions.at(2).toObject();
        QCOMPARE(notes.value(QStringLiteral("upload"))
                     .toObject()
                     .value(QStringLiteral("transferable"))
                     .toInteger(),
                 4096);
        QVERIFY(notes.value(QStringLiteral("last_error")).isNull());
        for (const char *key : {"name", "realm_path", "user", "server", "health_text", "stalled",
                                "upload_rate", "download_rate", "disconnected_since"})
            QVERIFY2(notes.contains(QLatin1String(key)), key);
    }

    // `syncscope --headless 2>&1 | …`: one pipe for both. Whatever thread logs, and however
    // long the table, a log line comes between two tables, never between two rows.
    void logLinesNeverSplitATable()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        QByteArray received;
        std::thread reader([&] { received = readToEnd(fds[0]); });
        {
            HeadlessConsole console(fds[1], fds[1]);
            QVERIFY(!console.outputIsTerminal());
            console.setRedrawInPlace(true); // asked for, but a pipe is not a terminal
            QVERIFY(!console.redrawsInPlace());
            console.captureQtMessages();
            std::atomic<bool> done = false;
            std::thread logger([&] {
                for (int i = 0; !done || i < 200; ++i)
                    qWarning("log line %d", i);
            });
            QStringList frame;
            for (int row = 0; row < 300; ++row)
                frame << QStringLiteral("row %1 ").arg(row) + QString(60, u'x');
            for (int tick = 0; tick < 40; ++tick)
                console.showFrame(QStringList{QStringLiteral("[tick]")} + frame);
            done = true;
            logger.join();
        }
        ::close(fds[1]);
        reader.join();
        ::close(fds[0]);

        QVERIFY(!received.contains('\x1b'));
        const QList<QByteArray> lines = received.split('\n');
        int logLines = 0;
        int tables = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith("log line")) {
                ++logLines;
            } else if (lines[i] == "[tick]") {
                ++tables;
                for (int row = 0; row < 300; ++row)
                    QVERIFY2(lines.value(i + 1 + row)
                                 .startsWith(QByteArray("row " + QByteArray::number(row))),
                             lines.value(i + 1 + row).constData());
                i += 300;
            }
        }
        QCOMPARE(tables, 40);
        QVERIFY(logLines >= 200);
        // The usual handler is back: this goes to the test's stderr, not the closed pipe.
        qWarning("after the console");
    }

    // A real pseudo-terminal: the console reads its width from it, redraws in place and prints
    // a log line above the table instead of into it.
    void redrawsInPlaceOnATerminal()
    {
        int master = -1;
        int slave = -1;
        winsize size{};
        size.ws_col = 57;
        size.ws_row = 30;
        QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, &size), 0);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        qunsetenv("COLUMNS");
        {
            HeadlessConsole console(slave, slave);
            QVERIFY(console.outputIsTerminal());
            QCOMPARE(console.width(), 57);
            QVERIFY(!console.redrawsInPlace()); // only with --watch
            console.setRedrawInPlace(true);
            QVERIFY(console.redrawsInPlace());

            console.showFrame({QStringLiteral("one"), QStringLiteral("two")});
            console.showFrame({QStringLiteral("three"), QStringLiteral("four")});
            console.log(QStringLiteral("a log line"));
            console.printLines({QStringLiteral("summary")});
            size.ws_col = 91; // the terminal is resized: the next frame follows
            QCOMPARE(::ioctl(slave, TIOCSWINSZ, &size), 0);
            QCOMPARE(console.width(), 91);
        }
        QByteArray screen;
        QTRY_VERIFY((screen += readAvailable(master)).contains("summary"));
        ::close(slave);
        ::close(master);
        screen.replace("\r\n", "\n"); // the terminal's output processing
        QCOMPARE(screen, QByteArray("one\ntwo\n"
                                    "\x1b[2F\x1b[Jthree\nfour\n"
                                    "\x1b[2F\x1b[Ja log line\nthree\nfour\n"
                                    "summary\n"));
    }

    void columnsVariableWins()
    {
        qputenv("COLUMNS", "66");
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        {
            HeadlessConsole console(fds[1], fds[1]);
            QCOMPARE(console.width(), 66);
        }
        qunsetenv("COLUMNS");
        HeadlessConsole console(fds[1], fds[1]);
        QCOMPARE(console.width(), 0); // a pipe and no COLUMNS: no limit
        ::close(fds[0]);
        ::close(fds[1]);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessOutput)
#include "tst_headlessoutput.moc"
