#pragma once

#include "workspace/workspace.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace syncscope::server {
class SyncServer;
}

namespace syncscope::monitor {

class SessionMonitor;
class SlowLinkProxy;

// What `syncscope` with no arguments shows: an in-process SyncServer on 127.0.0.1 (free port,
// data under the app-data folder) and a labelled demo workspace that makes every feature of the
// monitor visible within seconds — steady writers, a bursty one, a large realm seeded by one
// session and downloaded by a fresh one, and a session whose token lacks the permission (its
// Invalid badge is expected, so a headless demo run still exits 0).
class EmbeddedDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedDemo)

public:
    // dataDirectory holds the server's database and secret, and the demo's local files.
    explicit EmbeddedDemo(const QString &dataDirectory, QObject *parent = nullptr);
    ~EmbeddedDemo() override;

    // Before start(): also serve the operator API on a free port (the screenshots of
    // docs/operator.md attach a window to it).
    void setOperatorEnabled(bool enabled) { m_operatorEnabled = enabled; }
    bool start(QString *error);
    QUrl serverUrl() const;
    QUrl operatorUrl() const;      // empty unless enabled
    QString operatorToken() const; // signed with the server's secret, role operator
    server::SyncServer *server() const { return m_server.get(); }

    // The demo sessions; tokens are signed with this server's secret.
    Workspace workspace() const;

    // Extras that are not part of a workspace: one session starts "paused for 30 min" so the
    // paused badge and its tooltip are on screen at once.
    void decorate(SessionMonitor &monitor) const;

    // Size of the realm the seeding session writes and the fresh session downloads.
    static constexpr qint64 kLargeRealmBytes = 24 << 20;
    // The downloading session reaches the server through a relay limited to this rate, so
    // its download takes ~15 s instead of a fraction of a second over loopback.
    static constexpr qint64 kSlowLinkBytesPerSecond = 1536 * 1024;

private:
    QString token(const QString &user, const QStringList &grants) const;

    QString m_dataDirectory;
    QByteArray m_secret;
    std::unique_ptr<server::SyncServer> m_server;
    SlowLinkProxy *m_slowLink = nullptr;
    bool m_operatorEnabled = false;
};

} // namespace syncscope::monitor
