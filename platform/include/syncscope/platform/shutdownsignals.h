#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace syncscope::platform {

// Turns SIGINT and SIGTERM into a Qt signal, for syncscope-server and `syncscope --headless`
// alike (one implementation, in a target both link without linking each other). The POSIX handler
// only writes the signal number to a socketpair (async-signal-safe); a QSocketNotifier reads it in
// the event loop, where shutting down properly is allowed.
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // Installs the handlers; only one instance may be installed at a time.
    bool install(QString *error);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};

} // namespace syncscope::platform
