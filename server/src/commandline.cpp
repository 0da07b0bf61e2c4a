#include <syncscope/server/commandline.h>

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/secretfile.h>

#include "postgresconninfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <optional>

namespace syncscope::server {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::CommandLine)
};

CommandLine failure(const QString &error)
{
    CommandLine result;
    result.action = CommandLine::Action::Fail;
    result.text = error;
    return result;
}

// "127.0.0.1:8080", "[::1]:0", "localhost:9000", "0.0.0.0:80"
bool parseListen(const QString &value, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = value.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host == QLatin1StringView("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return false;
    port = quint16(number);
    return true;
}

bool parsePositive(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 &out,
                   QString &error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        error = Text::tr("--%1 needs a positive whole number, not \"%2\"")
                    .arg(option.names().constFirst(), parser.value(option));
        return false;
    }
    out = value;
    return true;
}

// A configuration file holds the server's long options, one "name = value" a line ("#" starts
// a comment). Each line is checked by the very parser that reads the command line, so every
// option is valid in the file under the same name the moment it exists, and a typo is an error
// that names its line. The result is the lines as arguments ("--name=value"), in file order.
std::optional<QStringList> configFileArguments(QCommandLineParser &parser, const QString &program,
                                               const QString &path,
                                               const QList<QCommandLineOption> &notInFile,
                                               QString *error)
{
    constexpr qint64 kMaxConfigBytes = 1024 * 1024; // a configuration, not a data file
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = Text::tr("cannot read the configuration file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxConfigBytes) {
        *error = Text::tr("the configuration file %1 is larger than 1 MiB")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QStringList arguments;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine(kMaxConfigBytes)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(lineNumber);
        const qsizetype equals = line.indexOf(u'=');
        const QString name = line.left(equals).trimmed();
        if (equals < 0 || name.isEmpty()) {
            *error = where + Text::tr("expected \"name = value\", not \"%1\"").arg(line);
            return std::nullopt;
        }
        const QString value = line.mid(equals + 1).trimmed();
        QString argument = QStringLiteral("--%1=%2").arg(name, value);
        // A switch (--metrics-per-realm) is on with "name = true".
        if (!parser.parse({program, argument}) && value == QLatin1StringView("true"))
            argument = QStringLiteral("--%1").arg(name);
        if (!parser.parse({program, argument})) {
            *error = where + parser.errorText();
            return std::nullopt;
        }
        for (const QCommandLineOption &option : notInFile) {
            if (parser.isSet(option)) {
                *error = where + Text::tr("\"%1\" cannot be set in a configuration file").arg(name);
                return std::nullopt;
            }
        }
        arguments.append(argument);
    }
    return arguments;
}

CommandLine parseToken(QStringList arguments)
{
    arguments.removeAt(1); // "token"
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints one signed access token (HS256 JWT) on standard output."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help."));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
                                        Text::tr("File with the server's signing secret (created "
                                                 "with a random secret if missing)."),
                                        Text::tr("FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  Text::tr("User id (the token's subject)."), Text::tr("ID"));
    const QCommandLineOption realm(QStringLiteral("realm"),
                                   Text::tr("Realm path pattern to grant; may repeat. A trailing * "
                                            "grants every path with that prefix. Without any, the "
                                            "token grants no realm."),
                                   Text::tr("PATTERN"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
                                 Text::tr("Seconds until the token expires (default 3600)."),
                                 Text::tr("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption operatorRole(
        QStringLiteral("operator"),
        Text::tr("Mint an operator token for the operator API (--operator-listen) instead of a "
                 "user's: it opens no realm, and the sync port refuses it. --user names the "
                 "operator in the server's log (default \"operator\")."));
    parser.addOptions({help, secretFile, user, realm, ttl, operatorRole});
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help)) {
        CommandLine result;
        result.action = CommandLine::Action::ShowHelp;
        result.text = parser.helpText().replace(QStringLiteral("[options]"),
                                                QStringLiteral("token [options]"));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(secretFile) || parser.value(secretFile).isEmpty())
        return failure(Text::tr("token needs --secret-file FILE"));
    const bool forOperator = parser.isSet(operatorRole);
    if (forOperator && parser.isSet(realm))
        return failure(Text::tr("an operator token grants no realm: drop --realm"));
    if (!forOperator && (!parser.isSet(user) || parser.value(user).isEmpty()))
        return failure(Text::tr("token needs --user ID"));
    qint64 seconds = 3600;
    QString error;
    if (!parsePositive(parser, ttl, seconds, error))
        return failure(error);

    CommandLine result;
    result.action = CommandLine::Action::MintToken;
    result.token.secretFile = parser.value(secretFile);
    result.token.userId = parser.value(user);
    if (forOperator && result.token.userId.isEmpty())
        result.token.userId = QStringLiteral("operator");
    result.token.forOperator = forOperator;
    result.token.realmPatterns = parser.values(realm);
    result.token.timeToLive = std::chrono::seconds(seconds);
    return result;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == QLatin1StringView("token"))
        return parseToken(arguments);

    const ServerLimits defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Syncscope sync server: realms of key/value changesets over WebSocket "
                 "(subprotocol syncscope.v1).\n"
                 "The first line on standard output is \"listening on ws://HOST:PORT\".\n"
                 "Run \"%1 token --help\" to mint access tokens.")
            .arg(QStringLiteral("syncscope-server")));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Text::tr("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Text::tr("Address and port to listen on (default 127.0.0.1:0; "
                                             "port 0 picks a free port)."),
                                    Text::tr("HOST:PORT"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Text::tr("Directory of the database (default ./%1).")
                                         .arg(QLatin1StringView(kDefaultDataDir)),
                                     Text::tr("DIR"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        Text::tr("Keep the data in PostgreSQL instead of SQLite in DIR: a postgresql:// URL or a "
                 "libpq conninfo (\"host=/run/postgresql dbname=syncscope\"), without a password. "
                 "Several servers may share one database."),
        Text::tr("URL"));
    const QCommandLineOption databasePasswordFile(
        QStringLiteral("database-password-file"),
        Text::tr("File whose first line is the PostgreSQL password (otherwise libpq reads "
                 "PGPASSFILE or ~/.pgpass)."),
        Text::tr("FILE"));
    const QCommandLineOption secretFile(
        QStringLiteral("secret-file"),
        Text::tr("File with the token signing secret (default DIR/%1; created with 32 random bytes "
                 "and mode 0600 if missing).")
            .arg(QLatin1StringView(kDefaultSecretFileName)),
        Text::tr("FILE"));
    const QCommandLineOption maxMessage(QStringLiteral("max-message-size"),
                                        Text::tr("Largest message a client may send, in bytes "
                                                 "(default %1).")
                                            .arg(defaults.maxMessageBytes),
                                        Text::tr("BYTES"));
    const QCommandLineOption maxSessions(QStringLiteral("max-sessions-per-connection"),
                                         Text::tr("Sessions one connection may bind (default %1).")
                                             .arg(defaults.maxSessionsPerConnection),
                                         Text::tr("N"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        Text::tr("Simultaneous connections (default %1).").arg(defaults.maxConnections),
        Text::tr("N"));
    const QCommandLineOption batch(QStringLiteral("download-batch-size"),
                                   Text::tr("Changeset bytes per DOWNLOAD message (default %1).")
                                       .arg(defaults.downloadBatchBytes),
                                   Text::tr("BYTES"));
    const QCommandLineOption handshakeTimeout(
        QStringLiteral("handshake-timeout"),
        Text::tr("Seconds a new connection gets to finish the WebSocket handshake before it is "
                 "dropped (default %1).")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(defaults.handshakeTimeout)
                     .count()),
        Text::tr("SECONDS"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        Text::tr("Seconds a connection without any bound session may stay silent before it is "
                 "closed (default %1).")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(defaults.idleTimeout).count()),
        Text::tr("SECONDS"));
    const QCommandLineOption maxPerAddress(
        QStringLiteral("max-connections-per-address"),
        Text::tr("Simultaneous connections from one IP address (default %1).")
            .arg(defaults.maxConnectionsPerAddress),
        Text::tr("N"));
    const QCommandLineOption bindTimeout(
        QStringLiteral("bind-timeout"),
        Text::tr("Seconds a new connection gets to bind its first session before it is closed "
                 "(default %1).")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(defaults.bindTimeout).count()),
        Text::tr("SECONDS"));
    const QCommandLineOption listenBacklog(
        QStringLiteral("listen-backlog"),
        Text::tr("Connections the kernel may hold before the server accepts them (default %1).")
            .arg(defaults.listenBacklog),
        Text::tr("N"));
    const QCommandLineOption groupCommitSpacing(
        QStringLiteral("group-commit-spacing"),
        Text::tr("Milliseconds the next group commit may wait for more uploads after a group of "
                 "at least %1 writers, counted from when that group went to storage (default "
                 "%2; 0: never waits). Trades acknowledgement latency for server CPU under many "
                 "writers; a lone writer is never held.")
            .arg(GroupCommitPacing{}.busyWriters)
            .arg(GroupCommitPacing{}.spacing.count()),
        Text::tr("MS"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      Text::tr("error, warning, info (default) or debug."),
                                      Text::tr("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     Text::tr("PEM certificate (chain): serve wss:// with TLS."),
                                     Text::tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    Text::tr("PEM private key (unencrypted) for --tls-cert."),
                                    Text::tr("FILE"));
    const QCommandLineOption metricsListen(
        QStringLiteral("metrics-listen"),
        Text::tr("Serve Prometheus metrics at http://HOST:PORT/metrics (off unless given; plain "
                 "HTTP, keep it on a private network)."),
        Text::tr("HOST:PORT"));
    const QCommandLineOption metricsPerRealm(
        QStringLiteral("metrics-per-realm"),
        Text::tr("Add series labelled by realm path to /metrics (their number grows with the "
                 "realms; \"metrics-per-realm = true\" in a configuration file)."));
    const QCommandLineOption operatorListen(
        QStringLiteral("operator-listen"),
        Text::tr("Serve the operator API (WebSocket, operator tokens only) on [HOST:]PORT; off "
                 "unless given; the host defaults to 127.0.0.1. Uses TLS when --tls-cert is set."),
        Text::tr("HOST:PORT"));
    parser.addOptions({help,
                       version,
                       listen,
                       dataDir,
                       database,
                       databasePasswordFile,
                       secretFile,
                       maxMessage,
                       maxSessions,
                       maxConnections,
                       maxPerAddress,
                       batch,
                       handshakeTimeout,
                       idleTimeout,
                       bindTimeout,
                       listenBacklog,
                       groupCommitSpacing,
                       logLevel,
                       tlsCert,
                       tlsKey,
                       metricsListen,
                       metricsPerRealm,
                       operatorListen});

    const QCommandLineOption configFile(
        QStringLiteral("config"),
        Text::tr("Read options from FILE first: one \"name = value\" a line, with the names of the "
                 "long options above (listen = 0.0.0.0:7800); the command line wins over the "
                 "file."),
        Text::tr("FILE"));
    parser.addOption(configFile);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help)) {
        CommandLine result;
        result.action = CommandLine::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        CommandLine result;
        result.action = CommandLine::Action::ShowVersion;
        result.text = QStringLiteral("syncscope-server %1 (protocol syncscope.v1)")
                          .arg(QCoreApplication::applicationVersion());
        return result;
    }
    if (parser.isSet(configFile)) {
        // The file's options go first: for an option given twice the parser keeps the last
        // value, so the command line overrides the file.
        QString error;
        const QString path = parser.value(configFile);
        const std::optional<QStringList> fromFile = configFileArguments(
            parser, arguments.value(0), path, {help, version, configFile}, &error);
        if (!fromFile)
            return failure(error);
        if (!parser.parse(QStringList{arguments.value(0)} + *fromFile + arguments.mid(1)))
            return failure(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    CommandLine result;
    result.action = CommandLine::Action::Serve;
    ServerConfig &config = result.config;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), config.address, config.port))
        return failure(
            Text::tr("--listen needs HOST:PORT with an IP address or localhost, not \"%1\"")
                .arg(parser.value(listen)));
    config.dataDir =
        parser.isSet(dataDir) ? parser.value(dataDir) : QString::fromLatin1(kDefaultDataDir);
    if (config.dataDir.isEmpty())
        return failure(Text::tr("--data-dir may not be empty"));
    if (parser.isSet(database)) {
        QString error;
        const std::optional<QString> conninfo = postgresConnInfo(parser.value(database), &error);
        if (!conninfo)
            return failure(error);
        config.database = *conninfo;
    }
    if (parser.isSet(databasePasswordFile)) {
        if (!parser.isSet(database))
            return failure(Text::tr("--database-password-file needs --database"));
        QFile file(parser.value(databasePasswordFile));
        if (!file.open(QIODevice::ReadOnly))
            return failure(Text::tr("cannot read the database password file \"%1\": %2")
                               .arg(file.fileName(), file.errorString()));
        // The first line, without its line break: the file may end with one.
        const QByteArray content = file.read(4096);
        const qsizetype end = content.indexOf('\n');
        config.databasePassword =
            QString::fromUtf8(end < 0 ? content : content.left(end)).remove(u'\r');
    }
    result.secretFile =
        parser.isSet(secretFile)
            ? parser.value(secretFile)
            : QDir(config.dataDir).filePath(QString::fromLatin1(kDefaultSecretFileName));

    QString error;
    qint64 sessions = config.limits.maxSessionsPerConnection;
    qint64 connections = config.limits.maxConnections;
    qint64 handshakeSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(config.limits.handshakeTimeout).count();
    qint64 idleSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(config.limits.idleTimeout).count();
    qint64 perAddress = config.limits.maxConnectionsPerAddress;
    qint64 bindSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(config.limits.bindTimeout).count();
    qint64 backlog = config.limits.listenBacklog;
    if (!parsePositive(parser, maxMessage, config.limits.maxMessageBytes, error) ||
        !parsePositive(parser, maxSessions, sessions, error) ||
        !parsePositive(parser, maxConnections, connections, error) ||
        !parsePositive(parser, batch, config.limits.downloadBatchBytes, error) ||
        !parsePositive(parser, handshakeTimeout, handshakeSeconds, error) ||
        !parsePositive(parser, idleTimeout, idleSeconds, error) ||
        !parsePositive(parser, maxPerAddress, perAddress, error) ||
        !parsePositive(parser, bindTimeout, bindSeconds, error) ||
        !parsePositive(parser, listenBacklog, backlog, error))
        return failure(error);
    if (sessions > 1'000'000 || connections > 1'000'000 || perAddress > 1'000'000 ||
        backlog > 1'000'000)
        return failure(Text::tr("session and connection limits must be at most 1000000"));
    // Timers count milliseconds in an int; a million seconds (11.5 days) stays well inside.
    if (handshakeSeconds > 1'000'000 || idleSeconds > 1'000'000 || bindSeconds > 1'000'000)
        return failure(Text::tr(
            "--handshake-timeout, --idle-timeout and --bind-timeout must be at most 1000000 "
            "seconds"));
    config.limits.maxSessionsPerConnection = int(sessions);
    config.limits.maxConnections = int(connections);
    config.limits.handshakeTimeout = std::chrono::seconds(handshakeSeconds);
    config.limits.idleTimeout = std::chrono::seconds(idleSeconds);
    config.limits.maxConnectionsPerAddress = int(perAddress);
    config.limits.bindTimeout = std::chrono::seconds(bindSeconds);
    config.limits.listenBacklog = int(backlog);
    if (parser.isSet(groupCommitSpacing)) {
        // Zero is allowed (no pacing); more than a second would hold acknowledgements longer
        // than any client waits gladly, and is almost surely a unit mistake.
        bool ok = false;
        const qint64 spacingMs = parser.value(groupCommitSpacing).toLongLong(&ok);
        if (!ok || spacingMs < 0 || spacingMs > 1000)
            return failure(Text::tr("--group-commit-spacing needs a whole number of milliseconds "
                                    "from 0 to 1000, not \"%1\"")
                               .arg(parser.value(groupCommitSpacing)));
        config.groupCommitPacing.spacing = std::chrono::milliseconds(spacingMs);
    }

    result.logLevel = parser.value(logLevel);
    static const QStringList levels = {QStringLiteral("error"), QStringLiteral("warning"),
                                       QStringLiteral("info"), QStringLiteral("debug")};
    if (!levels.contains(result.logLevel))
        return failure(Text::tr("--log-level must be error, warning, info or debug, not \"%1\"")
                           .arg(result.logLevel));

    config.tlsCertificateFile = parser.value(tlsCert);
    config.tlsKeyFile = parser.value(tlsKey);
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return failure(Text::tr("--tls-cert and --tls-key go together"));
    if (parser.isSet(metricsListen)) {
        config.metricsEnabled = true;
        if (!parseListen(parser.value(metricsListen), config.metricsAddress, config.metricsPort))
            return failure(Text::tr("--metrics-listen needs HOST:PORT with an IP address or "
                                    "localhost, not \"%1\"")
                               .arg(parser.value(metricsListen)));
    }
    config.metricsPerRealm = parser.isSet(metricsPerRealm);
    if (config.metricsPerRealm && !config.metricsEnabled)
        return failure(Text::tr("--metrics-per-realm needs --metrics-listen"));
    if (parser.isSet(operatorListen)) {
        config.operatorEnabled = true;
        QString value = parser.value(operatorListen);
        if (!value.contains(u':'))
            value.prepend(QStringLiteral("127.0.0.1:"));
        if (!parseListen(value, config.operatorAddress, config.operatorPort))
            return failure(Text::tr("--operator-listen needs [HOST:]PORT with an IP address or "
                                    "localhost, not \"%1\"")
                               .arg(parser.value(operatorListen)));
    }
    return result;
}

QString mintToken(const TokenRequest &request, QString *error, bool *secretCreated)
{
    const QByteArray secret = loadOrCreateSecret(request.secretFile, error, secretCreated);
    if (secret.isEmpty())
        return {};
    protocol::AccessTokenClaims claims;
    claims.subject = request.userId;
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(request.timeToLive.count());
    claims.realmGrants = request.realmPatterns;
    if (request.forOperator)
        claims.role = QString::fromLatin1(protocol::kOperatorRole);
    return protocol::signAccessToken(claims, secret);
}

bool applyLogLevel(const QString &level)
{
    QString rules;
    if (level == QLatin1StringView("error"))
        rules = QStringLiteral("syncscope.server*.warning=false\nsyncscope.server*.info=false\n"
                               "syncscope.server*.debug=false");
    else if (level == QLatin1StringView("warning"))
        rules = QStringLiteral("syncscope.server*.info=false\nsyncscope.server*.debug=false");
    else if (level == QLatin1StringView("info"))
        rules = QStringLiteral("syncscope.server*.info=true\nsyncscope.server*.debug=false");
    else if (level == QLatin1StringView("debug"))
        rules = QStringLiteral("syncscope.server*.debug=true");
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    return true;
}

} // namespace syncscope::server
