#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace syncscope::bench {

// syncscope-bench-load, the protocol-level load client, as a child process. It prints one
// line per phase ("bound", "result {json}"); this class waits for them with the event loop.
class LoadProcess final
{
    Q_DISABLE_COPY_MOVE(LoadProcess)

public:
    explicit LoadProcess(const QString &program);
    ~LoadProcess();

    void start(const QStringList &arguments);
    // Runs the event loop until a line starting with `word` arrives; returns the rest of it.
    std::optional<QString> waitForLine(const QString &word, std::chrono::milliseconds timeout);
    // waitForLine("result") parsed as a JSON object.
    std::optional<QJsonObject> waitForResult(std::chrono::milliseconds timeout);
    bool waitForExit(std::chrono::milliseconds timeout);
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace syncscope::bench
