#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/commandline.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope::server;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

CommandLine parse(const QStringList &arguments)
{
    return parseCommandLine(QStringList{QStringLiteral("syncscope-server")} + arguments);
}

// Writes a configuration file into dir and returns its path.
QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("server.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class CommandLineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const CommandLine c = parse({});
        QCOMPARE(c.action, CommandLine::Action::Serve);
        QCOMPARE(c.config.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.config.port, quint16(0));
        QCOMPARE(c.config.dataDir, QStringLiteral("syncscope-data"));
        QCOMPARE(c.secretFile, QStringLiteral("syncscope-data/secret.key"));
        QCOMPARE(c.logLevel, QStringLiteral("info"));
        const ServerLimits limits;
        QCOMPARE(c.config.limits.maxMessageBytes, limits.maxMessageBytes);
        QCOMPARE(c.config.limits.maxSessionsPerConnection, limits.maxSessionsPerConnection);
        QCOMPARE(c.config.limits.maxConnections, limits.maxConnections);
        QCOMPARE(c.config.limits.handshakeTimeout, std::chrono::seconds(10));
        QCOMPARE(c.config.limits.idleTimeout, std::chrono::seconds(300));
        QVERIFY(c.config.tlsCertificateFile.isEmpty());
        QVERIFY(!c.config.metricsEnabled);
        QCOMPARE(c.config.groupCommitPacing.spacing, GroupCommitPacing{}.spacing);
    }

    void groupCommitSpacing()
    {
        // Settable for measurements without a rebuild; only the spacing changes, the rule's
        // writer counts stay the defaults.
        const CommandLine five = parse(list({"--group-commit-spacing", "5"}));
        QCOMPARE(five.action, CommandLine::Action::Serve);
        QCOMPARE(five.config.groupCommitPacing.spacing, std::chrono::milliseconds(5));
        QCOMPARE(five.config.groupCommitPacing.busyWriters, GroupCommitPacing{}.busyWriters);
        const CommandLine off = parse(list({"--group-commit-spacing", "0"}));
        QCOMPARE(off.action, CommandLine::Action::Serve);
        QCOMPARE(off.config.groupCommitPacing.spacing, std::chrono::milliseconds(0));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CommandLine fromFile =
            parse({QStringLiteral("--config"), writeConfig(dir, "group-commit-spacing = 15\n")});
        QCOMPARE(fromFile.action, CommandLine::Action::Serve);
        QCOMPARE(fromFile.config.groupCommitPacing.spacing, std::chrono::milliseconds(15));
        QVERIFY(parse({QStringLiteral("--help")})
                    .text.contains(QStringLiteral("--group-commit-spacing")));
    }

    void databaseChoosesPostgres()
    {
        QVERIFY(parse({}).config.database.isEmpty()); // SQLite in the data directory
        const CommandLine url =
            parse(list({"--database", "postgresql://sync@db.example:6543/prod?sslmode=require"}));
        QCOMPARE(url.action, CommandLine::Action::Serve);
        QCOMPARE(url.config.database,
                 QStringLiteral("host='db.example' port='6543' "
                                "dbname='prod' user='sync' sslmode='require'"));
        const CommandLine conninfo =
            parse({QStringLiteral("--database"),
                   QStringLiteral("host=pg1,pg2 dbname='my db' target_session_attrs=read-write")});
        QCOMPARE(conninfo.action, CommandLine::Action::Serve);
        QCOMPARE(conninfo.config.database,
                 QStringLiteral("host='pg1,pg2' dbname='my db' target_session_attrs='read-write'"));
    }

    void databasePasswordNeverOnTheCommandLine()
    {
        for (const char *database :
             {"postgresql://sync:secret@db/prod", "host=db password=secret dbname=prod"}) {
            const CommandLine c = parse(list({"--database", database}));
            QCOMPARE(c.action, CommandLine::Action::Fail);
            QVERIFY2(c.text.contains(QStringLiteral("password")), qPrintable(c.text));
            QVERIFY2(!c.text.contains(QStringLiteral("secret")), qPrintable(c.text));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pw"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cr et\n");
        file.close();
        const CommandLine fromFile = parse({QStringLiteral("--database"), QStringLiteral("host=db"),
                                            QStringLiteral("--database-password-file"), path});
        QCOMPARE(fromFile.action, CommandLine::Action::Serve);
        QCOMPARE(fromFile.config.databasePassword, QStringLiteral("s3cr et"));
        QCOMPARE(parse({QStringLiteral("--database-password-file"), path}).action,
                 CommandLine::Action::Fail);
        QCOMPARE(parse(list({"--database", "host=db dbname"})).action, CommandLine::Action::Fail);
    }

    void metricsListen()
    {
        const CommandLine c = parse(list({"--metrics-listen", "0.0.0.0:9464"}));
        QCOMPARE(c.action, CommandLine::Action::Serve);
        QVERIFY(c.config.metricsEnabled);
        QCOMPARE(c.config.metricsAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(c.config.metricsPort, quint16(9464));
        QVERIFY(!c.config.operatorEnabled);
        QVERIFY(!c.config.metricsPerRealm);
        QVERIFY(parse(list({"--metrics-listen", "0.0.0.0:9464", "--metrics-per-realm"}))
                    .config.metricsPerRealm);
        const CommandLine alone = parse(list({"--metrics-per-realm"}));
        QCOMPARE(alone.action, CommandLine::Action::Fail);
        QVERIFY2(alone.text.contains(QStringLiteral("--metrics-listen")), qPrintable(alone.text));
    }

    void operatorListen()
    {
        const CommandLine portOnly = parse(list({"--operator-listen", "7801"}));
        QVERIFY(portOnly.config.operatorEnabled);
        QCOMPARE(portOnly.config.operatorAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(portOnly.config.operatorPort, quint16(7801));
        const CommandLine full = parse(list({"--operator-listen", "0.0.0.0:7802"}));
        QCOMPARE(full.config.operatorAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(full.config.operatorPort, quint16(7802));
        QCOMPARE(parse(list({"--operator-listen", "x:y"})).action, CommandLine::Action::Fail);
    }

    void everyOption()
    {
        const CommandLine c = parse({QStringLiteral("--listen"),
                                     QStringLiteral("0.0.0.0:8080"),
                                     QStringLiteral("--data-dir"),
                                     QStringLiteral("/var/lib/s"),
                                     QStringLiteral("--secret-file"),
                                     QStringLiteral("/etc/s.key"),
                                     QStringLiteral("--max-message-size"),
                                     QStringLiteral("1000"),
                                     QStringLiteral("--max-sessions-per-connection"),
                                     QStringLiteral("3"),
                                     QStringLiteral("--max-connections"),
                                     QStringLiteral("4"),
                                     QStringLiteral("--download-batch-size"),
                                     QStringLiteral("5000"),
                                     QStringLiteral("--handshake-timeout"),
                                     QStringLiteral("7"),
                                     QStringLiteral("--idle-timeout"),
                                     QStringLiteral("60"),
                                     QStringLiteral("--log-level"),
                                     QStringLiteral("debug"),
                                     QStringLiteral("--tls-cert"),
                                     QStringLiteral("c.pem"),
                                     QStringLiteral("--tls-key"),
                                     QStringLiteral("k.pem")});
        QCOMPARE(c.action, CommandLine::Action::Serve);
        QCOMPARE(c.config.address, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(c.config.port, quint16(8080));
        QCOMPARE(c.config.dataDir, QStringLiteral("/var/lib/s"));
        QCOMPARE(c.secretFile, QStringLiteral("/etc/s.key"));
        QCOMPARE(c.config.limits.maxMessageBytes, 1000);
        QCOMPARE(c.config.limits.maxSessionsPerConnection, 3);
        QCOMPARE(c.config.limits.maxConnections, 4);
        QCOMPARE(c.config.limits.downloadBatchBytes, 5000);
        QCOMPARE(c.config.limits.handshakeTimeout, std::chrono::seconds(7));
        QCOMPARE(c.config.limits.idleTimeout, std::chrono::seconds(60));
        QCOMPARE(c.logLevel, QStringLiteral("debug"));
        QCOMPARE(c.config.tlsCertificateFile, QStringLiteral("c.pem"));
        QCOMPARE(c.config.tlsKeyFile, QStringLiteral("k.pem"));
    }

    void listenForms_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:9000") << QStringLiteral("127.0.0.1")
                              << 9000;
        QTest::newRow("localhost")
            << QStringLiteral("localhost:0") << QStringLiteral("127.0.0.1") << 0;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:7") << QStringLiteral("::1") << 7;
    }

    void listenForms()
    {
        QFETCH(QString, listen);
        QFETCH(QString, address);
        QFETCH(int, port);
        const CommandLine c = parse({QStringLiteral("--listen"), listen});
        QCOMPARE(c.action, CommandLine::Action::Serve);
        QCOMPARE(c.config.address, QHostAddress(address));
        QCOMPARE(int(c.config.port), port);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no port") << list({"--listen", "127.0.0.1"});
        QTest::newRow("port too big") << list({"--listen", "127.0.0.1:70000"});
        QTest::newRow("host name") << list({"--listen", "example.com:80"});
        QTest::newRow("zero sessions") << list({"--max-sessions-per-connection", "0"});
        QTest::newRow("text size") << list({"--max-message-size", "big"});
        QTest::newRow("log level") << list({"--log-level", "verbose"});
        QTest::newRow("zero handshake timeout") << list({"--handshake-timeout", "0"});
        QTest::newRow("huge idle timeout") << list({"--idle-timeout", "1000001"});
        QTest::newRow("fractional idle timeout") << list({"--idle-timeout", "0.5"});
        QTest::newRow("negative spacing") << list({"--group-commit-spacing", "-1"});
        QTest::newRow("spacing over a second") << list({"--group-commit-spacing", "1001"});
        QTest::newRow("spacing with a unit") << list({"--group-commit-spacing", "10ms"});
        QTest::newRow("cert without key") << list({"--tls-cert", "c.pem"});
        QTest::newRow("metrics without port") << list({"--metrics-listen", "127.0.0.1"});
        QTest::newRow("empty data dir") << list({"--data-dir", ""});
        QTest::newRow("positional") << list({"extra"});
        QTest::newRow("token no secret") << list({"token", "--user", "u"});
        QTest::newRow("operator token with realm")
            << list({"token", "--operator", "--secret-file", "s", "--realm", "/a"});
        QTest::newRow("token bad ttl")
            << list({"token", "--secret-file", "s", "--user", "u", "--ttl", "-1"});
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        const CommandLine c = parse(arguments);
        QCOMPARE(c.action, CommandLine::Action::Fail);
        QVERIFY(!c.text.isEmpty());
    }

    void operatorToken()
    {
        const CommandLine c = parse(list({"token", "--operator", "--secret-file", "s"}));
        QCOMPARE(c.action, CommandLine::Action::MintToken);
        QVERIFY(c.token.forOperator);
        QCOMPARE(c.token.userId, QStringLiteral("operator"));
        QVERIFY(c.token.realmPatterns.isEmpty());
        QVERIFY(!parse(list({"token", "--secret-file", "s"})).token.forOperator);

        QTemporaryDir dir;
        TokenRequest request = c.token;
        request.secretFile = dir.filePath(QStringLiteral("secret.key"));
        request.userId = QStringLiteral("oncall");
        QString error;
        const QString token = mintToken(request, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const auto claims = syncscope::protocol::peekAccessToken(token);
        QVERIFY(claims);
        QCOMPARE(claims->role, QStringLiteral("operator"));
        QCOMPARE(claims->subject, QStringLiteral("oncall"));
    }

    void tokenSubcommand()
    {
        const CommandLine c =
            parse({QStringLiteral("token"), QStringLiteral("--secret-file"),
                   QStringLiteral("s.key"), QStringLiteral("--user"), QStringLiteral("alice"),
                   QStringLiteral("--realm"), QStringLiteral("/a"), QStringLiteral("--realm"),
                   QStringLiteral("/b/*"), QStringLiteral("--ttl"), QStringLiteral("60")});
        QCOMPARE(c.action, CommandLine::Action::MintToken);
        QCOMPARE(c.token.secretFile, QStringLiteral("s.key"));
        QCOMPARE(c.token.userId, QStringLiteral("alice"));
        QCOMPARE(c.token.realmPatterns,
                 QStringList({QStringLiteral("/a"), QStringLiteral("/b/*")}));
        QCOMPARE(c.token.timeToLive, std::chrono::seconds(60));
        const CommandLine defaults =
            parse({QStringLiteral("token"), QStringLiteral("--secret-file"), QStringLiteral("s"),
                   QStringLiteral("--user"), QStringLiteral("u")});
        QCOMPARE(defaults.token.timeToLive, std::chrono::seconds(3600));
        QVERIFY(defaults.token.realmPatterns.isEmpty());
    }

    void configFileSetsOptions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeConfig(dir, "# the service's settings\n"
                                              "listen = 0.0.0.0:7800\n"
                                              "\n"
                                              "  data-dir=/var/lib/syncscope-server  \n"
                                              "max-connections = 12\n"
                                              "idle-timeout = 60\n"
                                              "log-level = warning\n"
                                              "tls-cert = /etc/ssl/c.pem\n"
                                              "tls-key = /etc/ssl/k.pem\n"
                                              "metrics-listen = 127.0.0.1:9464\n"
                                              "metrics-per-realm = true\n");
        const CommandLine c = parse({QStringLiteral("--config"), path});
        QCOMPARE(c.action, CommandLine::Action::Serve);
        QCOMPARE(c.config.address, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(c.config.port, quint16(7800));
        QCOMPARE(c.config.dataDir, QStringLiteral("/var/lib/syncscope-server"));
        QCOMPARE(c.secretFile, QStringLiteral("/var/lib/syncscope-server/secret.key"));
        QCOMPARE(c.config.limits.maxConnections, 12);
        QCOMPARE(c.config.limits.idleTimeout, std::chrono::seconds(60));
        QCOMPARE(c.logLevel, QStringLiteral("warning"));
        QCOMPARE(c.config.tlsCertificateFile, QStringLiteral("/etc/ssl/c.pem"));
        QCOMPARE(c.config.tlsKeyFile, QStringLiteral("/etc/ssl/k.pem"));
        QVERIFY(c.config.metricsPerRealm);
    }

    void commandLineOverridesConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path =
            writeConfig(dir, "listen = 0.0.0.0:7800\nmax-connections = 12\nlog-level = debug\n");
        // Before and after --config: the command line wins wherever it stands.
        const CommandLine c = parse({QStringLiteral("--max-connections"), QStringLiteral("3"),
                                     QStringLiteral("--config"), path, QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:9000")});
        QCOMPARE(c.action, CommandLine::Action::Serve);
        QCOMPARE(c.config.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.config.port, quint16(9000));
        QCOMPARE(c.config.limits.maxConnections, 3);
        QCOMPARE(c.logLevel, QStringLiteral("debug"));
    }

    void configFileErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // part of the error message
        QTest::newRow("unknown key")
            << QByteArray("listen = 127.0.0.1:1\nmax-conections = 5\n")
            << QStringLiteral("server.conf:2: Unknown option 'max-conections'");
        QTest::newRow("bad value")
            << QByteArray("max-connections = many\n") << QStringLiteral("\"many\"");
        QTest::newRow("bad listen")
            << QByteArray("listen = example.com:80\n") << QStringLiteral("example.com:80");
        QTest::newRow("no equals sign")
            << QByteArray("# comment\nlisten 0.0.0.0:7800\n") << QStringLiteral("server.conf:2:");
        QTest::newRow("empty name") << QByteArray("= 5\n") << QStringLiteral("server.conf:1:");
        QTest::newRow("flag with a value")
            << QByteArray("help = yes\n") << QStringLiteral("server.conf:1:");
        QTest::newRow("nested config")
            << QByteArray("config = other.conf\n") << QStringLiteral("server.conf:1:");
    }

    void configFileErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CommandLine c = parse({QStringLiteral("--config"), writeConfig(dir, text)});
        QCOMPARE(c.action, CommandLine::Action::Fail);
        QVERIFY2(c.text.contains(expected), qPrintable(c.text));
    }

    void missingConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("absent.conf"));
        const CommandLine c = parse({QStringLiteral("--config"), path});
        QCOMPARE(c.action, CommandLine::Action::Fail);
        QVERIFY2(c.text.contains(QStringLiteral("absent.conf")), qPrintable(c.text));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).action, CommandLine::Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("--version")}).action, CommandLine::Action::ShowVersion);
        const CommandLine tokenHelp = parse({QStringLiteral("token"), QStringLiteral("--help")});
        QCOMPARE(tokenHelp.action, CommandLine::Action::ShowHelp);
        QVERIFY(tokenHelp.text.contains(QStringLiteral("--realm")));
        QVERIFY(parse({QStringLiteral("--help")}).text.contains(QStringLiteral("--config")));
    }

    void logLevels()
    {
        for (const char *level : {"error", "warning", "info", "debug"})
            QVERIFY(applyLogLevel(QString::fromLatin1(level)));
        QVERIFY(!applyLogLevel(QStringLiteral("loud")));
        QVERIFY(applyLogLevel(QStringLiteral("info")));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
