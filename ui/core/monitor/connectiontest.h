#pragma once

#include "workspace/workspace.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>

namespace syncscope {
class App;
class Realm;
class User;
} // namespace syncscope

namespace syncscope::monitor {

// "Test connection" of the session dialog: opens the session with an App of its own on a
// throw-away local file, waits until the server has bound it (its first download report) or
// has refused it, reports the answer and closes everything again. Nothing of the workspace's
// own sessions or files is touched.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const SessionDefinition &definition,
               std::chrono::milliseconds timeout = std::chrono::seconds(15));
    bool isRunning() const { return m_app != nullptr; }

Q_SIGNALS:
    // ok: the server bound the realm. `report` is translated: the server's answer, then what
    // the token grants and when it expires.
    void finished(bool ok, const QString &report);

private:
    void finish(bool ok, const QString &answer);
    void finishLater(bool ok, const QString &answer);

    QString m_tokenSummary;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App> m_app;
    std::shared_ptr<User> m_user;
    std::shared_ptr<Realm> m_realm;
    QTimer m_timeout;
};

} // namespace syncscope::monitor
