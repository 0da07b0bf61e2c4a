#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace syncscope::monitor {

class HeadlessConsole;
class SessionMonitor;

// `syncscope --headless`: prints a compact status table (or a JSON object) every second through
// a HeadlessConsole, ends after the duration (or on SIGINT), writes the export, prints a
// summary and reports the exit code of docs/api.md.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    enum ExitCode { Healthy = 0, Failed = 1, BadUsage = 2 };
    enum class Format { Table, Json };

    HeadlessRunner(SessionMonitor *monitor, HeadlessConsole *console, QObject *parent = nullptr);

    void setFormat(Format format) { m_format = format; }
    void setDuration(std::optional<std::chrono::milliseconds> duration) { m_duration = duration; }
    void setExportPath(const QString &path) { m_exportPath = path; }
    // Fail (exit 1) when, at the end, a session that should sync has been down this long.
    void setFailOnDisconnected(std::optional<std::chrono::seconds> after)
    {
        m_failOnDisconnected = after;
    }
    void setTableInterval(std::chrono::milliseconds interval) { m_table.setInterval(interval); }

    void start();
    void finish(); // idempotent; emits finished()

    int exitCode() const { return m_exitCode; }
    QStringList statusTable() const; // fitted to the console's width
    QString summary() const;
    QJsonObject summaryObject() const; // {"type": "summary", …}: the summary for scripts

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printTable();
    qint64 elapsedSeconds() const;

    SessionMonitor *m_monitor;
    HeadlessConsole *m_console;
    Format m_format = Format::Table;
    std::optional<std::chrono::milliseconds> m_duration;
    QString m_exportPath;
    QString m_exportResult;
    bool m_exportWritten = false;
    std::optional<std::chrono::seconds> m_failOnDisconnected;
    QStringList m_failures; // why the run failed, one translated phrase each
    int disconnectedTooLong() const;
    QTimer m_table;
    QTimer m_end;
    QElapsedTimer m_clock;
    bool m_finished = false;
    int m_exitCode = Healthy;
};

} // namespace syncscope::monitor
