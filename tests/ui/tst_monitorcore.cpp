// MonitorCore without a server or widgets: ring buffers, downsampling histories, the session
// filter, workspace files with their error positions, the export writer and the command line.
#include "export/progressexport.h"
#include "headless/commandline.h"
#include "monitor/eventlog.h"
#include "monitor/progressrecorder.h"
#include "monitor/ratehistory.h"
#include "monitor/ringbuffer.h"
#include "monitor/sessionfilter.h"
#include "monitor/settingvalue.h"
#include "monitor/statetable.h"
#include "monitor/translations.h"
#include "workspace/jsonlinelocator.h"
#include "workspace/workspacefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;

namespace {

QList<QByteArray> csvFields(const QByteArray &line)
{
    // Enough of RFC 4180 to read back what the writer quotes.
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// Line numbers matter: the malformed-file tests name them.
const char *kGoodWorkspace =
    "{\n"
    "  \"syncscopeWorkspace\": 1,\n"
    "  \"title\": \"Team\",\n"
    "  \"sessions\": [\n"
    "    {\n"
    "      \"name\": \"Tasks\",\n"
    "      \"serverUrl\": \"ws://127.0.0.1:7800\",\n"
    "      \"token\": \"abc.def.ghi\",\n"
    "      \"realmPath\": \"/team/tasks\",\n"
    "      \"localPath\": \"tasks.realm\",\n"
    "      \"traffic\": { \"kind\": \"steady\", \"valueBytes\": 100, \"intervalMs\": 250 }\n"
    "    },\n"
    "    {\n"
    "      \"name\": \"Admin\",\n"
    "      \"serverUrl\": \"wss://sync.example.org\",\n"
    "      \"token\": \"abc.def.ghi\",\n"
    "      \"realmPath\": \"/admin\",\n"
    "      \"expectedToFail\": true\n"
    "    }\n"
    "  ]\n"
    "}";

} // namespace

class TestMonitorCore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateTableHasEveryStateOnce()
    {
        // One row per state: a text, an icon and colours of its own, an explanation that reads
        // the facts.
        SessionFacts facts;
        facts.server = QStringLiteral("host:1");
        facts.lastError = SessionError{4102, QStringLiteral("bad changeset"), true,
                                       SessionError::Origin::Session, QDateTime::currentDateTime()};
        const StateContext context{facts, false, true, false};
        QSet<QString> texts;
        for (int i = 0; i < kStateBadgeCount; ++i) {
            const auto state = StateBadge(i);
            texts.insert(StateTable::text(state));
            QVERIFY(!StateTable::explain(state, context).isEmpty());
        }
        QCOMPARE(texts.size(), kStateBadgeCount);
        QVERIFY(StateTable::explain(StateBadge::Invalid, context)
                    .contains(QStringLiteral("expected to fail")));
        QVERIFY(StateTable::explain(StateBadge::Invalid, context)
                    .contains(QStringLiteral("bad changeset (code 4102)")));
        QCOMPARE(StateTable::row(StateBadge::Invalid).icon, IconShape::Cross);
        QVERIFY(StateTable::row(StateBadge::Active).colours.onLight !=
                StateTable::row(StateBadge::Invalid).colours.onLight);
        for (int i = 0; i < kConnectionBadgeCount; ++i) {
            const auto connection = ConnectionBadge(i);
            texts.insert(StateTable::text(connection));
            QVERIFY(!StateTable::explain(connection, context).isEmpty());
        }
        QCOMPARE(texts.size(), kStateBadgeCount + kConnectionBadgeCount);
        QCOMPARE(stateBadgeText(StateBadge::Paused), StateTable::text(StateBadge::Paused));
    }

    void settingValuesAreTypedWithADefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const SettingValue<int> seconds("notifications/stallSeconds", 60);
        const SettingValue<bool> enabled("notifications/enabled", true);
        QCOMPARE(seconds.get(settings), 60);
        QCOMPARE(enabled.get(settings), true);
        seconds.set(settings, 300);
        enabled.set(settings, false);
        settings.sync();
        const QSettings reread(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(seconds.get(reread), 300);
        QCOMPARE(enabled.get(reread), false);
        QCOMPARE(reread.value(QStringLiteral("notifications/stallSeconds")).toInt(), 300);
    }

    void ringBufferDropsOldest()
    {
        RingBuffer<int> ring(3);
        for (int i = 1; i <= 5; ++i)
            ring.push(i);
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.toList(), (QList<int>{3, 4, 5}));
        QCOMPARE(ring.droppedCount(), 2u);
        QCOMPARE(ring.last(), 5);
    }

    // A ring holds memory for what it holds, not for its capacity: 10,000 sessions that have
    // just begun must not cost 10,000 full chart histories (115 KiB each).
    void ringBufferGrowsAsItFillsAndNeverPastItsCapacity()
    {
        RingBuffer<HistorySample> ring(1800);
        QCOMPARE(ring.allocated(), 0);
        ring.push(HistorySample{});
        QVERIFY(ring.allocated() >= 1 && ring.allocated() <= 16);
        for (int i = 0; i < 5000; ++i)
            ring.push(HistorySample{i, 0, 0, 0, 0, 0, 0, 1});
        QCOMPARE(ring.size(), 1800);
        QCOMPARE(ring.allocated(), 1800);
        QCOMPARE(ring.last().timestampMs, 4999);
        QCOMPARE(ring.at(0).timestampMs, 5000 - 1800);
    }

    void historyNeverExceedsSixHundredPointsAndAverages()
    {
        RateHistory history;
        const qint64 start = 1'700'000'000'000;
        // 25 hours at one sample a second, rate = 100 in even seconds and 300 in odd ones.
        const qint64 seconds = 25 * 3600;
        for (qint64 s = 0; s < seconds; ++s) {
            HistorySample sample;
            sample.timestampMs = start + s * 1000;
            sample.uploadRate = (s % 2) ? 300 : 100;
            sample.connectedFraction = 1;
            history.add(sample);
        }
        const qint64 now = start + seconds * 1000;
        for (TimeRange range : kAllTimeRanges) {
            const QList<HistorySample> points = history.samples(range, now);
            QVERIFY2(points.size() <= RateHistory::kMaxPointsPerRange,
                     qPrintable(timeRangeKey(range)));
            QVERIFY2(points.size() >= 55, qPrintable(timeRangeKey(range)));
            const qint64 covered = now - points.constFirst().timestampMs;
            const qint64 wanted = std::chrono::milliseconds(timeRangeDuration(range)).count();
            QVERIFY2(covered <= wanted && covered >= wanted * 9 / 10,
                     qPrintable(timeRangeKey(range)));
        }
        // A 6-second bucket holds three 100s and three 300s: the average is 200.
        const QList<HistorySample> halfHour = history.samples(TimeRange::ThirtyMinutes, now);
        QCOMPARE(halfHour.at(10).uploadRate, 200.0);
        // The 1-minute view is raw seconds.
        const QList<HistorySample> minute = history.samples(TimeRange::OneMinute, now);
        QVERIFY(minute.size() >= 59 && minute.size() <= 61);
    }

    void historySumAddsAlignedBuckets()
    {
        HistorySample a{1000, 10, 20, 1, 2, 3, 4, 1};
        HistorySample b{1000, 1, 2, 10, 20, 30, 40, 0};
        HistorySample c{2000, 5, 5, 5, 5, 5, 5, 1};
        const QList<HistorySample> sum = RateHistory::sum({{a, c}, {b}});
        QCOMPARE(sum.size(), 2);
        QCOMPARE(sum.at(0).uploadRate, 11.0);
        QCOMPARE(sum.at(0).downloadTransferable, 44.0);
        QCOMPARE(sum.at(0).connectedFraction, 0.0); // disconnected if any part is
        QCOMPARE(sum.at(1).timestampMs, 2000);
    }

    void filterMatchesTextAndStateAndCounts()
    {
        const auto facts = [](const char *name, const char *realm, const char *user,
                              StateBadge state, ConnectionBadge connection, int errorCode) {
            SessionFacts f;
            f.name = QString::fromUtf8(name);
            f.realmPath = QString::fromUtf8(realm);
            f.userId = QString::fromUtf8(user);
            f.server = QStringLiteral("127.0.0.1:7800");
            f.state = state;
            f.connection = connection;
            f.lastError.code = errorCode;
            return f;
        };
        const SessionFacts tasks = facts("Tasks", "/team/tasks", "alice", StateBadge::Active,
                                         ConnectionBadge::Connected, 0);
        const SessionFacts admin = facts("Admin", "/admin", "bob", StateBadge::Invalid,
                                         ConnectionBadge::Disconnected, 4100);
        const SessionFacts drafts = facts("Drafts", "/bob/drafts", "bob", StateBadge::Paused,
                                          ConnectionBadge::Disconnected, 0);
        SessionFilter filter;
        QVERIFY(filter.matches(tasks) && filter.matches(admin));
        filter.setText(QStringLiteral("BOB"));
        QVERIFY(!filter.matches(tasks));
        QVERIFY(filter.matches(admin) && filter.matches(drafts));
        filter.setState(StateFilter::Invalid);
        QVERIFY(filter.matches(admin));
        QVERIFY(!filter.matches(drafts));
        filter.setText(QString());
        filter.setState(StateFilter::NotConnected);
        QVERIFY(!filter.matches(tasks) && filter.matches(admin) && filter.matches(drafts));

        StateFilterCounts counts;
        for (const SessionFacts &f : {tasks, admin, drafts})
            counts.add(f);
        QCOMPARE(counts.count(StateFilter::All), 3);
        QCOMPARE(counts.count(StateFilter::Active), 1);
        QCOMPARE(counts.count(StateFilter::Paused), 1);
        QCOMPARE(counts.count(StateFilter::Invalid), 1);
        QCOMPARE(counts.count(StateFilter::Inactive), 0);
        QCOMPARE(counts.count(StateFilter::Connected), 1);
        QCOMPARE(counts.count(StateFilter::NotConnected), 2);
        QCOMPARE(counts.count(StateFilter::WithError), 1);
    }

    void workspaceParsesAndRoundTrips()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        const auto workspace = WorkspaceFile::parse(kGoodWorkspace, dir.path(), &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        QCOMPARE(workspace->title, QStringLiteral("Team"));
        QCOMPARE(workspace->sessions.size(), 2);
        const SessionDefinition &tasks = workspace->sessions.at(0);
        QCOMPARE(tasks.localPath, dir.path() + QStringLiteral("/tasks.realm"));
        QCOMPARE(tasks.traffic.kind, TrafficSpec::Kind::Steady);
        QCOMPARE(tasks.traffic.intervalMs, 250);
        QVERIFY(workspace->sessions.at(1).expectedToFail);
        QVERIFY(workspace->sessions.at(1).localPath.isEmpty());

        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QString saveError;
        QVERIFY2(WorkspaceFile::save(*workspace, path, &saveError), qPrintable(saveError));
        const auto again = WorkspaceFile::load(path, &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(*again, *workspace);
        // Local paths next to the file are written relative, so the folder can move.
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"localPath\": \"tasks.realm\""));
    }

    void workspaceKeepsFurtherServerNodesAndOlderFilesStayAsTheyWere()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        auto workspace = WorkspaceFile::parse(kGoodWorkspace, dir.path(), &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        QVERIFY(workspace->sessions.at(0).additionalServerUrls.isEmpty());
        // A file without further nodes is written as before: older monitors read it.
        QVERIFY(!WorkspaceFile::serialize(*workspace, dir.path()).contains("additionalServerUrls"));

        workspace->sessions[0].additionalServerUrls = {QUrl(QStringLiteral("ws://10.0.0.2:7800")),
                                                       QUrl(QStringLiteral("wss://node3.example"))};
        const QByteArray written = WorkspaceFile::serialize(*workspace, dir.path());
        QVERIFY(written.contains("\"additionalServerUrls\": ["));
        const auto again = WorkspaceFile::parse(written, dir.path(), &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(*again, *workspace);

        QByteArray badNode = written;
        badNode.replace("wss://node3.example", "http://node3.example");
        QVERIFY(!WorkspaceFile::parse(badNode, dir.path(), &error));
        QCOMPARE(error.field, QStringLiteral("sessions[0].additionalServerUrls[1]"));
        QByteArray notAList = written;
        notAList.replace("\"additionalServerUrls\": [",
                         "\"additionalServerUrls\": \"ws://a\", \"x\": [");
        QVERIFY(!WorkspaceFile::parse(notAList, dir.path(), &error));
        QCOMPARE(error.field, QStringLiteral("sessions[0].additionalServerUrls"));

        SessionDefinition tooMany = workspace->sessions.at(0);
        tooMany.additionalServerUrls.clear();
        for (int i = 0; i <= WorkspaceFile::kMaxAdditionalServerUrls; ++i)
            tooMany.additionalServerUrls.append(QUrl(QStringLiteral("ws://n%1:1").arg(i)));
        QCOMPARE(WorkspaceFile::definitionErrorField(tooMany), WorkspaceFile::Field::Nodes);
        workspace->sessions[0] = tooMany;
        QVERIFY(!WorkspaceFile::parse(WorkspaceFile::serialize(*workspace, dir.path()), dir.path(),
                                      &error));
        QCOMPARE(error.field, QStringLiteral("sessions[0].additionalServerUrls"));
    }

    void malformedWorkspaceNamesLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");

        QByteArray good(kGoodWorkspace);
        QTest::newRow("syntax") << QByteArray("{\n  \"syncscopeWorkspace\": 1,\n  \"sessions\": [\n"
                                              "    { \"name\": \"a\" \"serverUrl\": 1 }\n  ]\n}")
                                << 4 << QString() << QStringLiteral("not valid JSON");
        QByteArray badUrl = good;
        badUrl.replace("wss://sync.example.org", "http://sync.example.org");
        QTest::newRow("url") << badUrl << 15 << QStringLiteral("sessions[1].serverUrl")
                             << QStringLiteral("ws://");
        QByteArray missingToken = good;
        missingToken.replace("\"token\": \"abc.def.ghi\",\n      \"realmPath\": \"/admin\"",
                             "\"realmPath\": \"/admin\"");
        QTest::newRow("missing") << missingToken << 13 << QStringLiteral("sessions[1].token")
                                 << QStringLiteral("required");
        QByteArray badRealm = good;
        badRealm.replace("\"/team/tasks\"", "\"team/../tasks\"");
        QTest::newRow("realm") << badRealm << 9 << QStringLiteral("sessions[0].realmPath")
                               << QStringLiteral("realm path");
        QByteArray duplicate = good;
        duplicate.replace("\"Admin\"", "\"Tasks\"");
        QTest::newRow("duplicate")
            << duplicate << 14 << QStringLiteral("sessions[1].name") << QStringLiteral("already");
        QByteArray badTraffic = good;
        badTraffic.replace("\"valueBytes\": 100", "\"valueBytes\": -4");
        QTest::newRow("traffic") << badTraffic << 11
                                 << QStringLiteral("sessions[0].traffic.valueBytes")
                                 << QStringLiteral("whole number");
        QByteArray noVersion = good;
        noVersion.replace("\"syncscopeWorkspace\": 1,", "");
        QTest::newRow("version") << noVersion << 1 << QStringLiteral("syncscopeWorkspace")
                                 << QStringLiteral("required");
        QByteArray wrongType = good;
        wrongType.replace("\"expectedToFail\": true", "\"expectedToFail\": \"yes\"");
        QTest::newRow("type") << wrongType << 18 << QStringLiteral("sessions[1].expectedToFail")
                              << QStringLiteral("true or false");
    }

    void malformedWorkspaceNamesLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        WorkspaceError error;
        QVERIFY(!WorkspaceFile::parse(json, QDir::tempPath(), &error));
        QCOMPARE(error.line, line);
        QCOMPARE(error.field, field);
        const QString text = error.toString();
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line %1").arg(line)), qPrintable(text));
        if (!field.isEmpty())
            QVERIFY2(text.contains(field), qPrintable(text));
    }

    void loadingABadFileLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        const QByteArray broken = "{ \"syncscopeWorkspace\": 1, \"sessions\": [ }";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        WorkspaceError error;
        QVERIFY(!WorkspaceFile::load(path, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);

        QVERIFY(!WorkspaceFile::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QCOMPARE(error.line, 0);
        QVERIFY(error.toString().contains(QStringLiteral("missing.json")));
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QString error;
        // A directory where the file should be: QSaveFile cannot commit over it.
        QVERIFY(!WorkspaceFile::save(Workspace{}, dir.path(), &error));
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
    }

    void lineLocatorFindsNestedValues()
    {
        const QByteArray json =
            "{\n \"a\": [\n  {\"b\": 1},\n  {\n   \"c\": \"x,y\\\"z\"\n  }\n ]\n}";
        JsonLineLocator locator(json);
        QCOMPARE(locator.lineOf(QStringLiteral("a")), 2);
        QCOMPARE(locator.lineOf(QStringLiteral("a[0].b")), 3);
        QCOMPARE(locator.lineOf(QStringLiteral("a[1]")), 4);
        QCOMPARE(locator.lineOf(QStringLiteral("a[1].c")), 5);
        QCOMPARE(locator.lineOf(QStringLiteral("a[1].missing")), 4); // its object
    }

    void exportWritesTheDocumentedFormats()
    {
        QTemporaryDir dir;
        ProgressExportJob job;
        job.labels.insert(
            1, SessionLabel{QStringLiteral("Tasks, \"main\""), QStringLiteral("/team/tasks")});
        job.labels.insert(2, SessionLabel{QStringLiteral("Notes"), QStringLiteral("/n")});
        job.records = {
            ProgressRecord{1700000000123, 1, ProgressDirection::Upload, 10, 20},
            ProgressRecord{1700000000456, 2, ProgressDirection::Download, 5, 4294967296ull},
        };

        job.path = dir.filePath(QStringLiteral("log.csv"));
        job.format = *exportFormatForPath(job.path);
        QString error;
        QVERIFY2(ProgressExportWriter::write(job, &error), qPrintable(error));
        QFile csv(job.path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("timestamp_ms,session,realm_path,direction,transferred,transferable"));
        QCOMPARE(lines.size(), 4); // header, two records, empty after the last newline
        QCOMPARE(csvFields(lines.at(1)), (QList<QByteArray>{"1700000000123", "Tasks, \"main\"",
                                                            "/team/tasks", "upload", "10", "20"}));
        QCOMPARE(csvFields(lines.at(2)), (QList<QByteArray>{"1700000000456", "Notes", "/n",
                                                            "download", "5", "4294967296"}));

        job.path = dir.filePath(QStringLiteral("log.JSONL"));
        job.format = *exportFormatForPath(job.path);
        QCOMPARE(job.format, ExportFormat::JsonLines);
        QVERIFY2(ProgressExportWriter::write(job, &error), qPrintable(error));
        QFile jsonl(job.path);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        const QList<QByteArray> objects = jsonl.readAll().trimmed().split('\n');
        QCOMPARE(objects.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(objects.at(0)).object();
        QCOMPARE(first.keys().size(), 6);
        QCOMPARE(first.value(QStringLiteral("timestamp_ms")).toInteger(), 1700000000123);
        QCOMPARE(first.value(QStringLiteral("session")).toString(),
                 QStringLiteral("Tasks, \"main\""));
        QCOMPARE(first.value(QStringLiteral("realm_path")).toString(),
                 QStringLiteral("/team/tasks"));
        QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("upload"));
        QCOMPARE(first.value(QStringLiteral("transferred")).toInteger(), 10);
        QCOMPARE(first.value(QStringLiteral("transferable")).toInteger(), 20);
        const QJsonObject second = QJsonDocument::fromJson(objects.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("transferable")).toInteger(), 4294967296);

        QVERIFY(!exportFormatForPath(QStringLiteral("log.txt")));
    }

    void cancelledExportLeavesTheOldFile()
    {
        QTemporaryDir dir;
        ProgressExportJob job;
        job.path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(job.path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous");
        }
        for (int i = 0; i < 20000; ++i)
            job.records.append(ProgressRecord{i, 1, ProgressDirection::Upload, quint64(i), 1});
        QString error;
        int calls = 0;
        QVERIFY(!ProgressExportWriter::write(job, &error,
                                             [&](qsizetype, qsizetype) { return ++calls < 2; }));
        QVERIFY(!error.isEmpty());
        QFile f(job.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous"));
    }

    void recorderIsBounded()
    {
        ProgressRecorder recorder(100);
        for (int i = 0; i < 250; ++i)
            recorder.record(ProgressRecord{i, i % 2, ProgressDirection::Upload, quint64(i), 0});
        QCOMPARE(recorder.size(), 100);
        QCOMPARE(recorder.droppedCount(), 150u);
        const QList<ProgressRecord> all = recorder.snapshot();
        QCOMPARE(all.constFirst().timestampMs, 150);
        QCOMPARE(all.constLast().timestampMs, 249);
        const QList<ProgressRecord> odd = recorder.snapshot({1});
        QCOMPARE(odd.size(), 50);
        for (const ProgressRecord &r : odd)
            QCOMPARE(r.sessionId, 1);
    }

    void eventLogIsBoundedAndCopiesAsText()
    {
        EventLog log(3);
        QSignalSpy appended(&log, &EventLog::appended);
        for (int i = 0; i < 5; ++i)
            log.append(1, QStringLiteral("Tasks"), EventKind::State, QString::number(i));
        QCOMPARE(log.size(), 3);
        QCOMPARE(appended.size(), 5);
        QCOMPARE(appended.constLast().constFirst().toBool(), true); // dropped the oldest
        QCOMPARE(log.at(0).message, QStringLiteral("2"));
        QVERIFY(log.at(2).sequence > log.at(0).sequence);
        const QString text = EventLog::toText(log.entries());
        QCOMPARE(text.count(u'\n'), 3);
        QVERIFY(text.contains(QStringLiteral("\tTasks\t")));
        // Each time says its UTC offset; a file gets a header.
        static const QRegularExpression offset(QStringLiteral(R"(^\S+(Z|[+-]\d\d:\d\d)\t)"));
        QVERIFY2(offset.match(text).hasMatch(), qPrintable(text));
        const QString file = EventLog::toFileText(log.entries());
        QVERIFY(file.startsWith(QStringLiteral("time\tsession\tkind\tmessage\n")));
        QCOMPARE(file.count(u'\n'), 4);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("message");
        const int run = int(MonitorOptions::Action::Run);
        const int bad = int(MonitorOptions::Action::BadUsage);
        QTest::newRow("none") << QStringList{} << run << QString();
        QTest::newRow("headless") << QStringList{QStringLiteral("--headless"),
                                                 QStringLiteral("--duration"),
                                                 QStringLiteral("2.5"), QStringLiteral("--export"),
                                                 QStringLiteral("x.jsonl")}
                                  << run << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("--help")}
                              << int(MonitorOptions::Action::ShowHelp)
                              << QStringLiteral("--workspace");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")} << bad
                                 << QStringLiteral("bogus");
        QTest::newRow("duration-window")
            << QStringList{QStringLiteral("--duration"), QStringLiteral("3")} << bad
            << QStringLiteral("--headless");
        QTest::newRow("duration-nan")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--duration"),
                           QStringLiteral("soon")}
            << bad << QStringLiteral("soon");
        QTest::newRow("export-suffix")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--export"),
                           QStringLiteral("log.txt")}
            << bad << QStringLiteral(".jsonl");
        QTest::newRow("positional")
            << QStringList{QStringLiteral("extra")} << bad << QStringLiteral("extra");
        QTest::newRow("metrics-window")
            << QStringList{QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")} << bad
            << QStringLiteral("--headless");
        QTest::newRow("metrics-no-port")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--metrics-listen"),
                           QStringLiteral("127.0.0.1")}
            << bad << QStringLiteral("--metrics-listen");
        QTest::newRow("metrics-headless")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--metrics-listen"),
                           QStringLiteral("localhost:9465")}
            << run << QString();
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, action);
        QFETCH(QString, message);
        const MonitorOptions options =
            MonitorCommandLine::parse(QStringList{QStringLiteral("syncscope")} + args);
        QCOMPARE(int(options.action), action);
        if (!message.isEmpty())
            QVERIFY2(options.message.contains(message), qPrintable(options.message));
        if (args.contains(QStringLiteral("localhost:9465"))) {
            QCOMPARE(options.metricsListen->first, QHostAddress(QHostAddress::LocalHost));
            QCOMPARE(options.metricsListen->second, quint16(9465));
        }
        if (args.contains(QStringLiteral("2.5"))) {
            QCOMPARE(options.duration->count(), 2500);
            QCOMPARE(options.exportPath, QStringLiteral("x.jsonl"));
            QVERIFY(options.headless);
        }
    }

    // Last: it changes the application's language for the rest of the process.
    void germanTranslationLoads()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        QCOMPARE(stateBadgeText(StateBadge::Paused), QStringLiteral("Pausiert"));
        QCOMPARE(connectionBadgeText(ConnectionBadge::Connected), QStringLiteral("Verbunden"));
        WorkspaceError error;
        QVERIFY(!WorkspaceFile::parse("{\"syncscopeWorkspace\": 1}", QString(), &error));
        QVERIFY2(error.toString().startsWith(QStringLiteral("Zeile 1")),
                 qPrintable(error.toString()));
        // French and Spanish are compiled in as well (the newest translator wins).
        QVERIFY(installTranslations(QStringLiteral("fr")));
        QCOMPARE(stateBadgeText(StateBadge::Paused), QStringLiteral("En pause"));
        QVERIFY(installTranslations(QStringLiteral("es_ES")));
        QCOMPARE(stateBadgeText(StateBadge::Paused), QStringLiteral("En pausa"));
        QVERIFY(!installTranslations(QStringLiteral("nl"))); // none: English strings remain
    }
};

QTEST_GUILESS_MAIN(TestMonitorCore)
#include "tst_monitorcore.moc"
