#include "loadprocess.h"

#include "harness/context.h"
#include "harness/eventwait.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

LoadProcess::LoadProcess(const QString &program)
{
    m_process.setProgram(program);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

LoadProcess::~LoadProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void LoadProcess::start(const QStringList &arguments)
{
    m_process.setArguments(arguments);
    m_process.start();
}

std::optional<QString> LoadProcess::waitForLine(const QString &word,
                                                std::chrono::milliseconds timeout)
{
    std::optional<QString> found;
    const auto takeLines = [&] {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype newline = 0;
        while (!found && (newline = m_buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
            m_buffer.remove(0, newline + 1);
            if (line == word || line.startsWith(word + u' '))
                found = line.mid(word.size()).trimmed();
        }
        return found.has_value() || m_process.state() == QProcess::NotRunning;
    };
    waitUntil(takeLines, timeout);
    takeLines();
    if (!found)
        qCWarning(lcBench) << "syncscope-bench-load did not print" << word;
    return found;
}

std::optional<QJsonObject> LoadProcess::waitForResult(std::chrono::milliseconds timeout)
{
    const std::optional<QString> line = waitForLine(u"result"_s, timeout);
    if (!line)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(line->toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

bool LoadProcess::waitForExit(std::chrono::milliseconds timeout)
{
    return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeout) &&
           m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

} // namespace syncscope::bench
