#pragma once

// A real syncscope-server process for the reliability tests: started on 127.0.0.1 with its own
// data directory and a secret the test knows (so it can mint any token, forged ones included),
// SIGKILLed and restarted on the same port and data. The binary is $SYNCSCOPE_SERVER_BIN.

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace syncscope::reliability {

class ServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    // dataDir must exist; the secret file is written there before the first start.
    explicit ServerProcess(const QString &dataDir, QObject *parent = nullptr);
    ~ServerProcess() override;

    static QString binary();

    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    // Starts and waits for "listening on ws://HOST:PORT". Port 0 on the first start picks a
    // free one; later starts reuse the previous port unless told otherwise.
    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    bool restart() { return start(); }
    void kill();      // SIGKILL, then reaps it
    void terminate(); // SIGTERM, then waits for a clean exit
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString firstLine() const { return m_firstLine; }
    QString errorString() const { return m_error; }
    QByteArray secret() const { return m_secret; }
    // Everything the process wrote to stderr (its log) so far, across restarts.
    QString log();

    // A token signed with this server's secret.
    QString token(const QString &user, const QStringList &realmPatterns,
                  std::chrono::seconds timeToLive = std::chrono::hours(1)) const;

private:
    QString m_dataDir;
    QByteArray m_secret;
    QStringList m_extraArguments;
    QProcess m_process;
    QUrl m_url;
    QString m_firstLine;
    QString m_error;
    QByteArray m_log;
    QByteArray m_stdout;
};

} // namespace syncscope::reliability
