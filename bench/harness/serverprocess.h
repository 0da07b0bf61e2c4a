#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <chrono>

namespace syncscope::bench {

// A real syncscope-server process on 127.0.0.1 with its own data directory and secret file,
// which can be killed and restarted on the same port and data (the reconnect figure).
class ServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    ServerProcess(const QString &program, const QString &dataDir, QObject *parent = nullptr);

    // Added to the command line of every start (limits, --log-level).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    ~ServerProcess() override;

    // Starts the process; `listening` is emitted once its first stdout line names the URL.
    void start(quint16 port = 0);
    // start() and run the event loop until it listens. False (and errorString) on failure.
    bool startAndWait(quint16 port = 0,
                      std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void kill(); // SIGKILL, waits until the process is gone
    void stop(); // SIGTERM, waits for a clean exit

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    QString errorString() const { return m_error; }

    // A token signed with this server's secret, from `syncscope-server token`.
    QString mintToken(const QString &user, const QString &realmPattern);

Q_SIGNALS:
    void listening(const QUrl &url);

private:
    void readFirstLine();

    QString m_program;
    QString m_dataDir;
    QStringList m_extraArguments;
    QProcess m_process;
    QByteArray m_stdout;
    QUrl m_url;
    QString m_error;
    bool m_sawFirstLine = false;
};

} // namespace syncscope::bench
