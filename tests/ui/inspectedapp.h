#pragma once

// A real application process with the inspector on: tests/inspector's inspectedprocess app
// (two users, sessions /a and /b) against a real syncscope-server process, in a runtime
// directory of the test's own. The app prints what its own listeners see, one line each.

#include <syncscope/testsupport/serverprocess.h>

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class InspectedApp final
{
public:
    // Starts the server and the app; an empty string on success, otherwise what went wrong.
    // A second app started with the first one's runtimeDir() is listed beside it.
    QString start(const QString &sharedRuntimeDir = {})
    {
        using namespace Qt::StringLiterals;
        if (!m_runtime.isValid() || !m_data.isValid())
            return u"no temporary directory"_s;
        m_runtimePath = sharedRuntimeDir.isEmpty() ? m_runtime.path() : sharedRuntimeDir;
        qputenv("XDG_RUNTIME_DIR", m_runtimePath.toLocal8Bit());
        qunsetenv("SYNCSCOPE_INSPECT");
        if (!m_server.start())
            return m_server.errorString();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SYNCSCOPE_INSPECT"_s, u"1"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtimePath);
        m_app.setProcessEnvironment(environment);
        QObject::connect(&m_app, &QProcess::readyReadStandardOutput, &m_app, [this] {
            while (m_app.canReadLine())
                m_lines.append(QString::fromUtf8(m_app.readLine()).trimmed());
        });
        QObject::connect(&m_app, &QProcess::readyReadStandardError, &m_app,
                         [this] { m_stderr.append(m_app.readAllStandardError()); });
        m_app.start(QStringLiteral(INSPECTED_PROCESS_BIN),
                    {u"app"_s, m_server.url().toString(), m_server.mintToken(u"alice"_s, {u"/a"_s}),
                     m_server.mintToken(u"bob"_s, {u"/b"_s}), m_data.path()});
        const auto ready = waitForLine(u"ready "_s);
        if (!ready)
            return QString::fromLocal8Bit(m_stderr) + m_lines.join(u'\n');
        m_pid = ready->section(u' ', 1).toLongLong();
        return {};
    }
    ~InspectedApp() { kill(); }

    void kill()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            m_app.waitForFinished(20'000);
        }
    }

    qint64 pid() const { return m_pid; }
    QString runtimeDir() const { return m_runtimePath; }
    QProcess &process() { return m_app; }
    const syncscope::testsupport::ServerProcess &server() const { return m_server; }
    qsizetype lineCount() const { return m_lines.size(); }
    QStringList lines() const { return m_lines; }

    // Whether the app printed a line starting with `prefix` from index `from` on (no wait).
    bool saw(const QString &prefix, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < m_lines.size(); ++i) {
            if (m_lines.at(i).startsWith(prefix))
                return true;
        }
        return false;
    }

    // Waits for a line of the app from index `from` on that starts with `prefix`.
    std::optional<QString> waitForLine(const QString &prefix, qsizetype from = 0)
    {
        QDeadlineTimer deadline(30'000);
        for (;;) {
            for (qsizetype i = from; i < m_lines.size(); ++i) {
                if (m_lines.at(i).startsWith(prefix))
                    return m_lines.at(i);
            }
            if (deadline.hasExpired() || m_app.state() == QProcess::NotRunning)
                return std::nullopt;
            QTest::qWait(20);
        }
    }

private:
    QTemporaryDir m_runtime; // the test's own $XDG_RUNTIME_DIR (0700)
    QString m_runtimePath;   // m_runtime's, or the one shared with another app
    QTemporaryDir m_data;
    syncscope::testsupport::ServerProcess m_server;
    QProcess m_app;
    QStringList m_lines;
    QByteArray m_stderr;
    qint64 m_pid = 0;
};
