#include "serverprocess.h"

#include <syncscope/protocol/accesstoken.h>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace syncscope::reliability {

ServerProcess::ServerProcess(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_secret(QByteArrayLiteral("reliability-test-secret-0123456789"))
{
    QFile file(QDir(m_dataDir).filePath(QStringLiteral("secret.key")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(m_secret);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_log += m_process.readAllStandardError(); });
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

QString ServerProcess::binary()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("SYNCSCOPE_SERVER_BIN"));
}

bool ServerProcess::start(std::chrono::milliseconds timeout)
{
    m_error.clear();
    if (binary().isEmpty()) {
        m_error = QStringLiteral("SYNCSCOPE_SERVER_BIN is not set");
        return false;
    }
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_url.isValid() ? m_url.port() : 0);
    QStringList arguments = {
        QStringLiteral("--listen"),      listen,
        QStringLiteral("--data-dir"),    m_dataDir,
        QStringLiteral("--secret-file"), QDir(m_dataDir).filePath(QStringLiteral("secret.key"))};
    arguments += m_extraArguments;
    m_stdout.clear();
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(int(timeout.count()))) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeout);
    while (!m_stdout.contains('\n')) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_log += m_process.readAllStandardError();
            m_error =
                QStringLiteral("no 'listening on' line; log: ") + QString::fromLocal8Bit(m_log);
            return false;
        }
        m_process.waitForReadyRead(50);
        m_stdout += m_process.readAllStandardOutput();
    }
    m_firstLine = QString::fromUtf8(m_stdout.left(m_stdout.indexOf('\n'))).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^listening on (wss?://[^\\s]+)$"));
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: ") + m_firstLine;
        return false;
    }
    m_url = QUrl(match.captured(1));
    return true;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_log += m_process.readAllStandardError();
}

void ServerProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
    m_log += m_process.readAllStandardError();
}

QString ServerProcess::log()
{
    m_log += m_process.readAllStandardError();
    return QString::fromLocal8Bit(m_log);
}

QString ServerProcess::token(const QString &user, const QStringList &realmPatterns,
                             std::chrono::seconds timeToLive) const
{
    protocol::AccessTokenClaims claims;
    claims.subject = user;
    claims.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(timeToLive.count());
    claims.realmGrants = realmPatterns;
    return protocol::signAccessToken(claims, m_secret);
}

} // namespace syncscope::reliability
