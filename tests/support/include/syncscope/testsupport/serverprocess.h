#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace syncscope::testsupport {

// A real syncscope-server process (binary from the environment variable SYNCSCOPE_SERVER_BIN,
// or setProgram()) on 127.0.0.1 with its own data directory and secret file in a temporary
// directory. start() waits for the "listening on ws://HOST:PORT" line; restart() brings it
// back on the same port and data directory after kill() or terminate(). Tests and benchmarks
// share it. The server's stderr is kept (standardError()) and also echoed when the
// environment variable SYNCSCOPE_TEST_SERVER_LOG is set. With SYNCSCOPE_TEST_POSTGRES=1 it keeps
// its data in PostgreSQL instead (PostgresCluster::sharedDatabaseFor() its data directory),
// unless the extra arguments name a --database.
class ServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override; // kills a running server

    static QString serverBinary();

    // Before start(): extra command-line arguments (e.g. limits), and a data directory of
    // your own (default: a fresh temporary one).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    // Before start(): the port to listen on (default 0, any free one), and another process's
    // secret file, so that the same tokens are valid on both (server nodes of one cluster).
    void setPort(quint16 port) { m_requestedPort = port; }
    void setSecretFile(const QString &path) { m_secretFile = path; }
    // A port that was free a moment ago on 127.0.0.1, for a node started later.
    static quint16 reserveFreePort();
    void setProgram(const QString &program) { m_program = program; }
    // A variable added to the server's environment (inherited from this process otherwise).
    void setEnvironmentVariable(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }

    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    bool restart(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void kill(); // SIGKILL, waits until it is gone
    // SIGTERM; true if it exited within the timeout. *exitCode gets its exit code.
    bool terminate(std::chrono::milliseconds timeout = std::chrono::seconds(20),
                   int *exitCode = nullptr);
    bool isRunning() const;
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    QUrl url() const { return m_url; }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    QString secretFile() const;
    QByteArray secret() const; // read from the secret file (the server creates it)
    QString mintToken(const QString &userId, const QStringList &realms,
                      std::chrono::seconds ttl = std::chrono::hours(1)) const;

    QString standardError() const { return QString::fromLocal8Bit(m_stderr); }
    QString errorString() const { return m_error; }
    QProcess *process() { return m_process.get(); }

Q_SIGNALS:
    // The first line named the URL: emitted as it is read, so a listener's timestamp is the
    // moment the server accepts connections, not when start() returns.
    void listening(const QUrl &url);

private:
    bool launch(quint16 port, std::chrono::milliseconds timeout);

    QTemporaryDir m_temporaryDir;
    QString m_dataDir;
    QStringList m_extraArguments;
    QString m_program;
    QString m_secretFile;
    quint16 m_requestedPort = 0;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace syncscope::testsupport
