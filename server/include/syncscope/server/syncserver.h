#pragma once

#include <syncscope/server/secretfile.h>
#include <syncscope/server/serverconfig.h>
#include <syncscope/server/serverstatistics.h>

#include <QObject>
#include <QUrl>

#include <memory>

namespace syncscope::server {

// The sync server: accepts WebSocket connections speaking syncscope.v1, authenticates
// sessions with access tokens, stores changesets durably in SQLite and fans them out to
// every bound session of a realm. Runs in the thread that owns it (an event loop is needed).
class SyncServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    explicit SyncServer(ServerConfig config, QObject *parent = nullptr);
    ~SyncServer() override;

    // Opens the storage and starts listening. False + errorString() on failure.
    bool start();
    QString errorString() const;
    bool isListening() const;
    // ws://HOST:PORT (wss:// with TLS) with the real port; empty before start().
    QUrl url() const;
    const ServerConfig &config() const;
    // http://HOST:PORT/metrics when config().metricsEnabled and started; empty otherwise.
    QUrl metricsUrl() const;
    // ws://HOST:PORT (wss:// with TLS) of the operator API when config().operatorEnabled.
    QUrl operatorUrl() const;

    // Stops accepting, lets every connection flush what it queued, closes them with
    // WebSocket close code 1001 (going away) and emits stopped() once all are gone (or the
    // grace period ran out). Calling it again, or before start(), only emits stopped().
    void stop();

    const ServerStatistics *statistics() const;

Q_SIGNALS:
    void stopped();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace syncscope::server
