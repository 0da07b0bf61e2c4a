#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <deque>
#include <vector>

namespace syncscope::protocol {
struct Frame;
}

namespace syncscope::bench {

// One WebSocket connection of the load client, carrying many sessions the way the SDK does,
// but speaking the protocol directly: BIND → SERVER_IDENT → IDENT → MARK echoed = ready;
// UPLOAD one changeset → the DOWNLOAD whose upload acknowledgement covers it.
class LoadConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadConnection)

public:
    LoadConnection(const QUrl &url, const QString &token, const QElapsedTimer &clock,
                   QObject *parent = nullptr);

    int addSession(const QString &realmPath); // before open(); returns its index
    void open();
    int sessionCount() const { return int(m_sessions.size()); }
    // Sends one changeset that sets one key to `value` on session `index`.
    void upload(int index, const QByteArray &value);
    // How long each upload still waiting for its acknowledgement has waited so far (ns).
    QList<qint64> unacknowledgedAges(qint64 nowNs) const;

Q_SIGNALS:
    // The WebSocket handshake is over (or the connection closed): the next one may open.
    void handshakeDone();
    void sessionReady();
    void acknowledged(qint64 latencyNs);
    void failed(const QString &reason);

private:
    struct Session
    {
        quint32 id = 0;
        QString realmPath;
        bool ready = false;
        quint64 nextClientVersion = 1;
        std::deque<std::pair<quint64, qint64>> unacknowledged; // client version, sent at (ns)
    };

    void bindAll();
    void received(const QByteArray &bytes);
    void handle(Session &session, const protocol::Frame &frame);
    void send(const protocol::Frame &frame);

    QUrl m_url;
    QString m_token;
    const QElapsedTimer &m_clock;
    QWebSocket m_socket;
    std::vector<Session> m_sessions;
};

} // namespace syncscope::bench
