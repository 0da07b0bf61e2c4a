#include <syncscope/testsupport/serverprocess.h>

#include <syncscope/testsupport/postgrescluster.h>

#include <syncscope/testsupport/tokens.h>
#include <syncscope/testsupport/waiting.h>

#include <QDir>
#include <QFile>
#include <QTcpServer>

#include <cstdio>

namespace syncscope::testsupport {

namespace {

const QByteArray kListeningPrefix = QByteArrayLiteral("listening on ");

} // namespace

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
{
    m_dataDir = m_temporaryDir.filePath(QStringLiteral("data"));
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

QString ServerProcess::serverBinary()
{
    return qEnvironmentVariable("SYNCSCOPE_SERVER_BIN");
}

QString ServerProcess::secretFile() const
{
    return m_secretFile.isEmpty() ? m_temporaryDir.filePath(QStringLiteral("secret.key"))
                                  : m_secretFile;
}

quint16 ServerProcess::reserveFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed again when probe goes: free for the later node
}

QByteArray ServerProcess::secret() const
{
    QFile file(secretFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString ServerProcess::mintToken(const QString &userId, const QStringList &realms,
                                 std::chrono::seconds ttl) const
{
    return testsupport::mintToken(secret(), userId, realms, ttl);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::start(std::chrono::milliseconds timeout)
{
    return launch(m_requestedPort, timeout);
}

bool ServerProcess::restart(std::chrono::milliseconds timeout)
{
    if (isRunning())
        kill();
    return launch(m_port, timeout);
}

bool ServerProcess::launch(quint16 port, std::chrono::milliseconds timeout)
{
    m_error.clear();
    const QString binary = m_program.isEmpty() ? serverBinary() : m_program;
    if (binary.isEmpty() || !QFile::exists(binary)) {
        m_error = QStringLiteral("the server program is not an existing file (\"%1\"; "
                                 "setProgram() or SYNCSCOPE_SERVER_BIN)")
                      .arg(binary);
        return false;
    }
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    process->setProcessEnvironment(m_environment);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        const bool firstLineSeen = m_stdout.contains('\n');
        m_stdout += process->readAllStandardOutput();
        const qsizetype newline = m_stdout.indexOf('\n');
        if (firstLineSeen || newline < 0 || !m_stdout.startsWith(kListeningPrefix))
            return;
        m_url = QUrl(QString::fromLatin1(m_stdout.left(newline).mid(kListeningPrefix.size())));
        Q_EMIT listening(m_url);
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        const QByteArray bytes = process->readAllStandardError();
        m_stderr += bytes;
        if (qEnvironmentVariableIsSet("SYNCSCOPE_TEST_SERVER_LOG"))
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    });
    QStringList arguments =
        QStringList{QStringLiteral("--listen"),      QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--data-dir"),    m_dataDir,
                    QStringLiteral("--secret-file"), secretFile()} +
        m_extraArguments;
    if (PostgresCluster::testsUseShared() &&
        !m_extraArguments.contains(QStringLiteral("--database"))) {
        const QString database = PostgresCluster::sharedDatabaseFor(m_dataDir, &m_error);
        if (database.isEmpty())
            return false;
        arguments += {QStringLiteral("--database"), database};
    }
    process->start(binary, arguments);

    const bool listening = waitUntil(
        [this, process] {
            return m_stdout.contains('\n') || process->state() == QProcess::NotRunning;
        },
        timeout);
    const QByteArray firstLine = m_stdout.left(m_stdout.indexOf('\n'));
    if (!listening || !firstLine.startsWith(kListeningPrefix)) {
        m_error = QStringLiteral("syncscope-server did not report listening (stdout \"%1\", "
                                 "stderr \"%2\")")
                      .arg(QString::fromLocal8Bit(m_stdout), standardError());
        if (isRunning())
            kill();
        return false;
    }
    m_url = QUrl(QString::fromLatin1(firstLine.mid(kListeningPrefix.size())));
    m_port = quint16(m_url.port());
    return m_url.isValid() && m_port != 0;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10'000);
}

bool ServerProcess::terminate(std::chrono::milliseconds timeout, int *exitCode)
{
    if (!isRunning())
        return false;
    m_process->terminate();
    const bool exited =
        waitUntil([this] { return m_process->state() == QProcess::NotRunning; }, timeout);
    if (exited && exitCode)
        *exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return exited;
}

} // namespace syncscope::testsupport
