#pragma once

#include "workspace/workspace.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace syncscope {
class Realm;
}

namespace syncscope::monitor {

// Writes synthetic values into a realm as a TrafficSpec says, a few per event-loop turn so the
// window never freezes: steady trickles, periodic bursts, or a one-time seed of a large realm.
class TrafficGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficGenerator)

public:
    TrafficGenerator(Realm *realm, const TrafficSpec &spec, QObject *parent = nullptr);

    qint64 bytesWritten() const { return m_bytesWritten; }

    // The key a completed seed leaves behind, so the next launch does not seed again.
    static QString seedMarkerKey();

private:
    void onInterval();
    void writeSome();
    bool writeOne(const QString &key);

    QPointer<Realm> m_realm;
    TrafficSpec m_spec;
    QTimer m_interval;
    QTimer m_drain;      // zero-interval: writes queued values a few at a time
    qint64 m_queued = 0; // values still to write in this burst or seed
    quint64 m_counter = 0;
    qint64 m_bytesWritten = 0;
};

} // namespace syncscope::monitor
