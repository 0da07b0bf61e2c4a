#pragma once

#include <QDateTime>
#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace syncscope::monitor {
class SessionMonitor;
}

namespace syncscope::ui {

// A banner above the session list for what must not scroll away unseen: a server lost, and
// regained. It stays until the person dismisses it (as Syncthing keeps its notices), however
// much happens meanwhile.
class AlertBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    QStringList alerts() const { return m_alerts; } // newest first
    QPushButton *dismissButton() const { return m_dismiss; }
    void dismiss();

Q_SIGNALS:
    void alerted(const QString &title, const QString &message);

private:
    void add(const QString &text);
    void refreshText();

    QStringList m_alerts;
    QLabel *m_text;
    QPushButton *m_dismiss;
};

} // namespace syncscope::ui
