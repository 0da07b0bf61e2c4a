#include "serverprocess.h"

#include "eventwait.h"

#include <QCoreApplication>
#include <QDir>

#include <csignal>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

ServerProcess::ServerProcess(const QString &program, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_dataDir(dataDir)
{
    QDir().mkpath(dataDir);
    // The server's own log goes to our stderr only when asked; it would drown the table.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    if (qEnvironmentVariableIsEmpty("SYNCSCOPE_BENCH_SERVER_LOG"))
        m_process.setStandardErrorFile(QProcess::nullDevice());
    else
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServerProcess::readFirstLine);
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        stop();
}

void ServerProcess::start(quint16 port)
{
    m_sawFirstLine = false;
    m_stdout.clear();
    m_error.clear();
    m_process.start(m_program,
                    QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--data-dir"_s,
                                m_dataDir, u"--secret-file"_s, m_dataDir + u"/secret"_s} +
                        m_extraArguments);
}

bool ServerProcess::startAndWait(quint16 port, std::chrono::milliseconds timeout)
{
    start(port);
    const bool started = waitUntil(
        [this] { return m_sawFirstLine || m_process.state() == QProcess::NotRunning; }, timeout);
    if (!started || !m_url.isValid()) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Bench", "%1 did not print its URL: %2")
                          .arg(m_program, m_process.errorString());
        return false;
    }
    return true;
}

void ServerProcess::readFirstLine()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_sawFirstLine)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    m_sawFirstLine = true;
    const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
    const QString prefix = u"listening on "_s;
    if (!line.startsWith(prefix)) {
        m_error = QCoreApplication::translate("Bench", "unexpected first line: %1").arg(line);
        return;
    }
    m_url = QUrl(line.mid(prefix.size()));
    Q_EMIT listening(m_url);
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10'000);
}

void ServerProcess::stop()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10'000))
        kill();
}

QString ServerProcess::mintToken(const QString &user, const QString &realmPattern)
{
    QProcess token;
    token.start(m_program, {u"token"_s, u"--secret-file"_s, m_dataDir + u"/secret"_s, u"--user"_s,
                            user, u"--realm"_s, realmPattern, u"--ttl"_s, u"86400"_s});
    if (!token.waitForFinished(10'000) || token.exitCode() != 0) {
        m_error = QCoreApplication::translate("Bench", "token minting failed: %1")
                      .arg(QString::fromUtf8(token.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(token.readAllStandardOutput()).trimmed();
}

} // namespace syncscope::bench
