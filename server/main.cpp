// syncscope-server: parses the command line and wires the library together (see --help).

#include <syncscope/platform/shutdownsignals.h>
#include <syncscope/server/commandline.h>
#include <syncscope/server/eventloop.h>
#include <syncscope/server/sqlitesetup.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/server/translations.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace syncscope::server;

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::Main)
};

int mintTokenAndExit(const TokenRequest &request)
{
    QString error;
    bool created = false;
    const QString token = mintToken(request, &error, &created);
    if (token.isEmpty()) {
        printLine(stderr, Text::tr("syncscope-server: %1").arg(error));
        return 1;
    }
    if (created)
        printLine(stderr, Text::tr("syncscope-server: created the secret file %1 (mode 0600)")
                              .arg(QFileInfo(request.secretFile).absoluteFilePath()));
    printLine(stdout, token);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any thread uses SQLite: only then may its page cache be replaced.
    syncscope::server::prepareSqliteForServer();
    // Before the application, which otherwise creates Qt's poll()-based one.
    if (QAbstractEventDispatcher *dispatcher = createServerEventDispatcher())
        QCoreApplication::setEventDispatcher(dispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syncscope-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSCOPE_VERSION));
    installServerTranslations();

    CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        printLine(stdout, commandLine.text);
        return 0;
    case CommandLine::Action::Fail:
        printLine(stderr, Text::tr("syncscope-server: %1\nTry --help.").arg(commandLine.text));
        return 2;
    case CommandLine::Action::MintToken:
        return mintTokenAndExit(commandLine.token);
    case CommandLine::Action::Serve:
        break;
    }

    applyLogLevel(commandLine.logLevel);
    syncscope::platform::ShutdownSignals signals;
    QString error;
    if (!signals.install(&error)) {
        printLine(stderr, Text::tr("syncscope-server: %1").arg(error));
        return 1;
    }

    ServerConfig config = commandLine.config;
    bool created = false;
    config.secret = loadOrCreateSecret(commandLine.secretFile, &error, &created);
    if (config.secret.isEmpty()) {
        printLine(stderr, Text::tr("syncscope-server: %1").arg(error));
        return 1;
    }
    const QString secretPath = QFileInfo(commandLine.secretFile).absoluteFilePath();
    if (created)
        printLine(
            stderr,
            Text::tr("syncscope-server: created the secret file %1 (mode 0600)").arg(secretPath));

    SyncServer server(config);
    if (!server.start()) {
        printLine(stderr, Text::tr("syncscope-server: %1").arg(server.errorString()));
        return 1;
    }
    // Standard output's first line is the contract scripts and tests wait for.
    printLine(stdout, QStringLiteral("listening on %1").arg(server.url().toString()));
    printLine(stderr,
              Text::tr("syncscope-server: listening on %1%2")
                  .arg(server.url().toString(),
                       config.address.isLoopback()
                           ? Text::tr(" (loopback only; use --listen 0.0.0.0:PORT to accept "
                                      "other hosts)")
                           : QString()));
    if (const QUrl metrics = server.metricsUrl(); !metrics.isEmpty())
        printLine(stderr, Text::tr("syncscope-server: metrics at %1").arg(metrics.toString()));
    if (const QUrl operatorApi = server.operatorUrl(); !operatorApi.isEmpty())
        printLine(stderr,
                  Text::tr("syncscope-server: operator API at %1").arg(operatorApi.toString()));
    if (config.database.isEmpty())
        printLine(stderr, Text::tr("syncscope-server: data in %1, secret in %2")
                              .arg(QDir(config.dataDir).absolutePath(), secretPath));
    else // the conninfo never holds a password
        printLine(stderr, Text::tr("syncscope-server: data in PostgreSQL (%1), secret in %2")
                              .arg(config.database, secretPath));

    QObject::connect(
        &signals, &syncscope::platform::ShutdownSignals::received, &server, [&server](int number) {
            printLine(stderr, Text::tr("syncscope-server: signal %1, shutting down").arg(number));
            server.stop();
        });
    QObject::connect(&server, &SyncServer::stopped, &app, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}
