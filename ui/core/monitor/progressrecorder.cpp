#include "monitor/progressrecorder.h"

namespace syncscope::monitor {

ProgressRecorder::ProgressRecorder(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_records(capacity)
{}

void ProgressRecorder::setLabel(int sessionId, const SessionLabel &label)
{
    m_labels.insert(sessionId, label);
}

void ProgressRecorder::record(const ProgressRecord &record)
{
    m_records.push(record);
}

QList<ProgressRecord> ProgressRecorder::snapshot(const QSet<int> &sessionIds) const
{
    if (sessionIds.isEmpty())
        return m_records.toList();
    QList<ProgressRecord> out;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const ProgressRecord &r = m_records.at(i);
        if (sessionIds.contains(r.sessionId))
            out.append(r);
    }
    return out;
}

} // namespace syncscope::monitor
