#include "monitor/trafficgenerator.h"

#include "monitor/logging.h"

#include <syncscope/realm.h>

#include <QRandomGenerator>

namespace syncscope::monitor {

namespace {
constexpr int kValuesPerTurn = 4;   // bounded work per event-loop turn keeps the UI responsive
constexpr int kSteadyKeySlots = 64; // steady writers overwrite a fixed set of keys
} // namespace

QString TrafficGenerator::seedMarkerKey()
{
    return QStringLiteral("syncscope/seed-complete");
}

TrafficGenerator::TrafficGenerator(Realm *realm, const TrafficSpec &spec, QObject *parent)
    : QObject(parent)
    , m_realm(realm)
    , m_spec(spec)
{
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, &TrafficGenerator::writeSome);
    connect(&m_interval, &QTimer::timeout, this, &TrafficGenerator::onInterval);

    switch (m_spec.kind) {
    case TrafficSpec::Kind::None:
        break;
    case TrafficSpec::Kind::Seed:
        if (m_realm && !m_realm->value(seedMarkerKey())) {
            m_queued = (m_spec.totalBytes + m_spec.valueBytes - 1) / m_spec.valueBytes;
            m_drain.start();
        }
        break;
    case TrafficSpec::Kind::Steady:
        m_interval.start(m_spec.intervalMs);
        break;
    case TrafficSpec::Kind::Burst:
        m_interval.start(m_spec.intervalMs);
        // The first burst comes soon, so a fresh window shows one within seconds.
        QTimer::singleShot(qMin(m_spec.intervalMs, 1500), this, &TrafficGenerator::onInterval);
        break;
    }
}

void TrafficGenerator::onInterval()
{
    if (m_spec.kind == TrafficSpec::Kind::Steady) {
        writeOne(QStringLiteral("steady/%1").arg(m_counter % kSteadyKeySlots));
        return;
    }
    m_queued += m_spec.burstCount;
    if (!m_drain.isActive())
        m_drain.start();
}

void TrafficGenerator::writeSome()
{
    for (int i = 0; i < kValuesPerTurn && m_queued > 0; ++i) {
        const QString key = m_spec.kind == TrafficSpec::Kind::Seed
                                ? QStringLiteral("seed/%1").arg(m_counter)
                                : QStringLiteral("burst/%1").arg(m_counter % 1024);
        if (!writeOne(key)) {
            m_queued = 0;
            break;
        }
        --m_queued;
    }
    if (m_queued > 0)
        return;
    m_drain.stop();
    if (m_spec.kind == TrafficSpec::Kind::Seed && m_realm)
        m_realm->write(seedMarkerKey(), QByteArrayLiteral("1"));
}

bool TrafficGenerator::writeOne(const QString &key)
{
    if (!m_realm || m_realm->isClosed())
        return false;
    // Random bytes: whatever the transport does, the byte counts stay what was written.
    QByteArray value(m_spec.valueBytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(value.data()),
                                          value.size() / int(sizeof(quint32)));
    ++m_counter;
    if (!m_realm->write(key, value)) {
        qCWarning(lcMonitor) << "synthetic write failed:" << m_realm->lastError();
        m_interval.stop();
        return false;
    }
    m_bytesWritten += value.size();
    return true;
}

} // namespace syncscope::monitor
