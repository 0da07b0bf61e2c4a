#pragma once

#include <QObject>

class QSocketNotifier;

namespace syncscope::monitor {

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe), so Ctrl+C ends a headless
// run the same way --duration does: export written, summary printed.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace syncscope::monitor
