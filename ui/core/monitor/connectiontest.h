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
// has refused it, reports the answer and closes everything again. With several server nodes it
// does so for each node in turn, on that node alone, and reports every node's answer: failing
// over would hide the node that is down. Nothing of the workspace's own sessions or files is
// touched.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const SessionDefinition &definition,
               std::chrono::milliseconds timeout = std::chrono::seconds(15)); // per node
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // ok: every node bound the realm. `report` is translated: the server's answer (one line
    // per node, "URL: answer", when there are several), then what the token grants and when it
    // expires.
    void finished(bool ok, const QString &report);

private:
    void testNextNode();
    void nodeFinished(bool ok, const QString &answer);
    void nodeFinishedLater(bool ok, const QString &answer);
    void closeNodeTest();
    void finish(bool ok, const QString &answer);

    bool m_running = false;
    SessionDefinition m_definition;
    std::chrono::milliseconds m_nodeTimeout{0};
    QList<QUrl> m_nodes;   // in the order the SDK tries them
    QStringList m_answers; // one per node tested so far
    bool m_everyNodeOk = true;
    QString m_tokenSummary;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<App> m_app;
    std::shared_ptr<User> m_user;
    std::shared_ptr<Realm> m_realm;
    QTimer m_timeout;
};

} // namespace syncscope::monitor
