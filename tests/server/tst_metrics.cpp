// GET /metrics of syncscope-server, read back with Prometheus' own Python parser (Debian's
// python3-prometheus-client) and checked against the traffic this test generated.

#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/messages.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/testsupport/inprocessserver.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/tokens.h>
#include <syncscope/testsupport/waiting.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace syncscope::protocol;
using namespace std::chrono_literals;
using syncscope::testsupport::RawClient;

namespace {

const QByteArray kSecret = QByteArrayLiteral("test secret of the metrics tests");

// Reads the exposition on standard input with prometheus_client's parser and prints every
// sample as JSON: [{"family", "type", "name", "labels", "value"}].
const char kParserScript[] = R"(
import json, sys
from prometheus_client.parser import text_string_to_metric_families
out = []
for family in text_string_to_metric_families(sys.stdin.read()):
    for s in family.samples:
        out.append({"family": family.name, "type": family.type, "name": s.name,
                    "labels": s.labels, "value": s.value})
print(json.dumps(out))
)";

// Debian's interpreter first: that is where python3-prometheus-client installs the module.
QString pythonWithPrometheusClient()
{
    QStringList candidates = {QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    for (const QString &python : std::as_const(candidates)) {
        if (!QFileInfo(python).isExecutable())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import prometheus_client")});
        if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

struct HttpResponse
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

// One request on a fresh connection; the endpoint answers and closes. The server runs in this
// thread, so the wait spins the event loop rather than blocking in the socket.
std::optional<HttpResponse> request(const QUrl &url, const QByteArray &raw)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!testsupport::waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                                20s))
        return std::nullopt;
    socket.write(raw);
    if (!testsupport::waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                                30s))
        return std::nullopt;
    received += socket.readAll();
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    HttpResponse response;
    response.headers = received.left(headerEnd);
    response.body = received.mid(headerEnd + 4);
    const QList<QByteArray> statusLine =
        response.headers.left(response.headers.indexOf("\r\n")).split(' ');
    response.status = statusLine.value(1).toInt();
    return response;
}

} // namespace

class MetricsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    QString m_python;

    // name{labels} → value, parsed by prometheus_client; types by family name.
    struct Parsed
    {
        QHash<QString, double> values;
        QHash<QString, QString> types;
        double value(const QString &name, const QString &labels = {}) const
        {
            return values.value(labels.isEmpty() ? name : name + u'{' + labels + u'}', -1);
        }
    };

    std::optional<Parsed> scrape()
    {
        const QUrl url = m_server->metricsUrl();
        const auto response =
            request(url, "GET /metrics HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n");
        if (!response || response->status != 200) {
            qWarning() << "scrape failed" << (response ? response->headers : QByteArray());
            return std::nullopt;
        }
        if (!response->headers.contains("Content-Type: text/plain; version=0.0.4")) {
            qWarning() << "wrong content type" << response->headers;
            return std::nullopt;
        }
        QProcess parser;
        parser.start(m_python, {QStringLiteral("-c"), QString::fromLatin1(kParserScript)});
        if (!parser.waitForStarted(30'000))
            return std::nullopt;
        parser.write(response->body);
        parser.closeWriteChannel();
        if (!parser.waitForFinished(60'000) || parser.exitCode() != 0) {
            qWarning() << "the Prometheus parser refused the exposition:"
                       << parser.readAllStandardError() << response->body;
            return std::nullopt;
        }
        Parsed parsed;
        const QJsonArray samples = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();
        for (const QJsonValue &entry : samples) {
            const QJsonObject sample = entry.toObject();
            QStringList labels;
            const QJsonObject labelObject = sample.value(QStringLiteral("labels")).toObject();
            for (auto it = labelObject.begin(); it != labelObject.end(); ++it)
                labels.append(it.key() + QStringLiteral("=") + it.value().toString());
            const QString name = sample.value(QStringLiteral("name")).toString();
            parsed.values.insert(labels.isEmpty() ? name : name + u'{' + labels.join(u',') + u'}',
                                 sample.value(QStringLiteral("value")).toDouble());
            parsed.types.insert(sample.value(QStringLiteral("family")).toString(),
                                sample.value(QStringLiteral("type")).toString());
        }
        return parsed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_python = pythonWithPrometheusClient();
        if (m_python.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("python3 with the prometheus_client module is missing; scripts/setup "
                      "installs python3-prometheus-client");
            QSKIP("python3 with prometheus_client not found (run scripts/setup)");
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("data"));
        config.secret = kSecret;
        QString databaseError;
        QVERIFY2(testsupport::useTestDatabase(config, &databaseError), qPrintable(databaseError));
        config.metricsEnabled = true;
        m_server = std::make_unique<server::SyncServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(!m_server->metricsUrl().isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void metricsOffUnlessAsked()
    {
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("other"));
        config.secret = kSecret;
        QString databaseError;
        QVERIFY2(testsupport::useTestDatabase(config, &databaseError), qPrintable(databaseError));
        server::SyncServer plain(config);
        QVERIFY(plain.start());
        QVERIFY(plain.metricsUrl().isEmpty());
    }

    void knownTrafficIsCounted()
    {
        const auto before = scrape();
        QVERIFY(before);
        QCOMPARE(before->value(QStringLiteral("syncscope_connections_active")), 0.0);
        QCOMPARE(before->value(QStringLiteral("syncscope_upload_changesets_total")), 0.0);
        QCOMPARE(before->types.value(QStringLiteral("syncscope_upload_changesets")),
                 QStringLiteral("counter"));
        QCOMPARE(before->types.value(QStringLiteral("syncscope_storage_commit_duration_seconds")),
                 QStringLiteral("histogram"));
        QCOMPARE(before->value(QStringLiteral("syncscope_build_info"),
                               QStringLiteral("protocol=syncscope.v1,version=")),
                 1.0);

        auto writer = std::make_unique<RawClient>();
        auto reader = std::make_unique<RawClient>();
        QVERIFY(writer->connectTo(m_server->url()) && reader->connectTo(m_server->url()));
        const QString token =
            testsupport::mintToken(kSecret, QStringLiteral("alice"), {QStringLiteral("/m/*")});
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/m/shared"), token) > 0);
        QVERIFY(writer->bindAndIdent(2, QStringLiteral("/m/own"), token) > 0);
        QVERIFY(reader->bindAndIdent(1, QStringLiteral("/m/shared"), token) > 0);

        // Three uploads, one changeset each, each waited for: three acknowledgements.
        quint64 uploadedBytes = 0;
        for (quint64 version = 1; version <= 3; ++version) {
            const QList<Operation> ops = {{Operation::Kind::Set,
                                           QStringLiteral("key%1").arg(version),
                                           QByteArray(int(100 * version), 'x')}};
            uploadedBytes += changesetSize(ops);
            writer->send({1, UploadMessage{{{version, 1000, ops}}}});
            const auto ack = writer->waitForMessage<DownloadMessage>(1);
            QVERIFY(ack);
            QCOMPARE(ack->uploadAckClientVersion, version);
        }

        const auto during = scrape();
        QVERIFY(during);
        QCOMPARE(during->value(QStringLiteral("syncscope_connections_active")), 2.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_sessions_active")), 3.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_realms_active")), 2.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_connections_accepted_total")), 2.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_upload_changesets_total")), 3.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_upload_bytes_total")),
                 double(uploadedBytes));
        QCOMPARE(during->value(QStringLiteral("syncscope_upload_ack_duration_seconds_count")), 3.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_upload_ack_duration_seconds_bucket"),
                               QStringLiteral("le=+Inf")),
                 3.0);
        QVERIFY(during->value(QStringLiteral("syncscope_upload_ack_duration_seconds_sum")) > 0);
        // Each upload was waited for, so each had its own group commit of one upload.
        QCOMPARE(during->value(QStringLiteral("syncscope_storage_commit_duration_seconds_count")),
                 3.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_storage_commit_uploads_sum")), 3.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_storage_commit_uploads_bucket"),
                               QStringLiteral("le=1")),
                 3.0);
        const server::ServerTotals totals = m_server->statistics()->totals();
        QCOMPARE(during->value(QStringLiteral("syncscope_websocket_received_bytes_total")),
                 double(totals.bytesReceived));
        QVERIFY(totals.bytesReceived > uploadedBytes);
        QVERIFY(during->value(QStringLiteral("syncscope_websocket_sent_bytes_total")) > 0);

        QCOMPARE(during->value(QStringLiteral("syncscope_download_queue_bytes")), 0.0);
        QCOMPARE(during->value(QStringLiteral("syncscope_uploads_refused_total")), 0.0);
        // No per-realm series unless asked for (--metrics-per-realm).
        for (auto it = during->values.cbegin(); it != during->values.cend(); ++it)
            QVERIFY2(!it.key().contains(QStringLiteral("realm=")), qPrintable(it.key()));

        // A refused upload: counted, and so is the ERROR it was answered with, by its code.
        writer->send(
            {2, UploadMessage{{{7, 1000, {{Operation::Kind::Set, QStringLiteral("r"), "v"}}},
                               {7, 1001, {{Operation::Kind::Set, QStringLiteral("r"), "w"}}}}}});
        const auto refused = writer->waitForMessage<ErrorMessage>(2);
        QVERIFY(refused);
        const auto afterRefusal = scrape();
        QVERIFY(afterRefusal);
        QCOMPARE(afterRefusal->value(QStringLiteral("syncscope_uploads_refused_total")), 1.0);
        QCOMPARE(afterRefusal->value(QStringLiteral("syncscope_errors_sent_total"),
                                     QStringLiteral("code=bad_client_version")),
                 1.0);
        QCOMPARE(afterRefusal->types.value(QStringLiteral("syncscope_errors_sent")),
                 QStringLiteral("counter"));

        reader->close();
        QVERIFY(reader->waitForDisconnected());
        QVERIFY(testsupport::waitUntil(
            [this] { return m_server->statistics()->connections().size() == 1; }, 20s));
        const auto after = scrape();
        QVERIFY(after);
        QCOMPARE(after->value(QStringLiteral("syncscope_connections_active")), 1.0);
        QCOMPARE(after->value(QStringLiteral("syncscope_sessions_active")), 1.0);
        QCOMPARE(after->value(QStringLiteral("syncscope_connections_accepted_total")), 2.0);
    }

    // --metrics-per-realm: one series per realm and figure, labelled by the realm's path.
    void perRealmSeriesBehindTheFlag()
    {
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("per-realm"));
        config.secret = kSecret;
        QString databaseError;
        QVERIFY2(testsupport::useTestDatabase(config, &databaseError), qPrintable(databaseError));
        config.metricsEnabled = true;
        config.metricsPerRealm = true;
        m_server = std::make_unique<server::SyncServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        RawClient a;
        RawClient b;
        QVERIFY(a.connectTo(m_server->url()) && b.connectTo(m_server->url()));
        const QString token =
            testsupport::mintToken(kSecret, QStringLiteral("alice"), {QStringLiteral("/m/*")});
        QVERIFY(a.bindAndIdent(1, QStringLiteral("/m/busy"), token) > 0);
        QVERIFY(b.bindAndIdent(1, QStringLiteral("/m/busy"), token) > 0);
        QVERIFY(b.bindAndIdent(2, QStringLiteral("/m/quiet"), token) > 0);
        quint64 bytes = 0;
        for (quint64 version = 1; version <= 4; ++version) {
            const QList<Operation> ops = {
                {Operation::Kind::Set, QStringLiteral("k"), QByteArray(int(50 * version), 'y')}};
            bytes += changesetSize(ops);
            a.send({1, UploadMessage{{{version, 1000, ops}}}});
            const auto ack = a.waitForMessage<DownloadMessage>(1);
            QVERIFY(ack);
            QCOMPARE(ack->uploadAckClientVersion, version);
        }
        const auto parsed = scrape();
        QVERIFY(parsed);
        const QString busy = QStringLiteral("realm=/m/busy");
        QCOMPARE(parsed->value(QStringLiteral("syncscope_realm_head_version"), busy), 4.0);
        QCOMPARE(parsed->value(QStringLiteral("syncscope_realm_history_bytes"), busy),
                 double(bytes));
        QCOMPARE(parsed->value(QStringLiteral("syncscope_realm_client_files"), busy), 2.0);
        QCOMPARE(parsed->value(QStringLiteral("syncscope_realm_sessions_active"), busy), 2.0);
        const QString quiet = QStringLiteral("realm=/m/quiet");
        QCOMPARE(parsed->value(QStringLiteral("syncscope_realm_sessions_active"), quiet), 1.0);
        QCOMPARE(parsed->value(QStringLiteral("syncscope_realm_head_version"), quiet), 0.0);
        QCOMPARE(parsed->types.value(QStringLiteral("syncscope_realm_history_bytes")),
                 QStringLiteral("gauge"));

        // docs/operator.md lists every metric this server exposes (all of them, with the
        // per-realm ones and an error sent).
        QFile doc(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/operator.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QVERIFY(parsed->types.size() >= 20);
        for (auto it = parsed->types.cbegin(); it != parsed->types.cend(); ++it)
            QVERIFY2(text.contains(u'`' + it.key()),
                     qPrintable(QStringLiteral("docs/operator.md does not list ") + it.key()));
    }

    void otherRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("other path") << QByteArray("GET /admin HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("POST") << QByteArray("POST /metrics HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << 400;
        QTest::newRow("query string") << QByteArray("GET /metrics?name=x HTTP/1.0\r\n\r\n") << 200;
        QTest::newRow("oversized header")
            << (QByteArray("GET /metrics HTTP/1.1\r\nX-Filler: ") + QByteArray(20'000, 'a')) << 431;
    }

    void otherRequestsAreRefused()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        const auto response = request(m_server->metricsUrl(), raw);
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 405)
            QVERIFY(response->headers.contains("Allow: GET"));
    }

    void silentClientIsDroppedAndScrapesGoOn()
    {
        // A client that never completes its request holds a slot only until the timeout.
        QTcpSocket silent;
        silent.connectToHost(m_server->metricsUrl().host(), quint16(m_server->metricsUrl().port()));
        QVERIFY(silent.waitForConnected(10'000));
        silent.write("GET /metr");
        QVERIFY(scrape());
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 30'000);
    }

    void portInUseFailsStart()
    {
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("second"));
        config.secret = kSecret;
        QString databaseError;
        QVERIFY2(testsupport::useTestDatabase(config, &databaseError), qPrintable(databaseError));
        config.metricsEnabled = true;
        config.metricsPort = quint16(m_server->metricsUrl().port());
        server::SyncServer second(config);
        QVERIFY(!second.start());
        QVERIFY2(second.errorString().contains(QStringLiteral("metrics")),
                 qPrintable(second.errorString()));
    }
};

QTEST_GUILESS_MAIN(MetricsTest)
#include "tst_metrics.moc"
