#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <chrono>

namespace syncscope {
Q_NAMESPACE

enum class SessionState { Active, Inactive, Invalid };
Q_ENUM_NS(SessionState)

enum class ConnectionState { Disconnected, Connecting, Connected };
Q_ENUM_NS(ConnectionState)

enum class ProgressDirection { Upload, Download };
Q_ENUM_NS(ProgressDirection)

enum class ProgressMode { ReportIndefinitely, ForCurrentlyOutstandingWork };
Q_ENUM_NS(ProgressMode)

using NotificationToken = quint64;

// Timing of the client's connections. The defaults are Realm's (docs/client.md has the table).
struct ClientConfig
{
    std::chrono::milliseconds connectTimeout{120'000};
    std::chrono::milliseconds pingInterval{60'000};
    std::chrono::milliseconds pongTimeout{120'000};
    std::chrono::milliseconds reconnectDelayMin{1'000};
    std::chrono::milliseconds reconnectDelayMax{300'000};
    std::chrono::milliseconds connectionLingerTime{30'000};

    // Extra certificate authorities trusted for wss:// besides the system's.
    QList<QSslCertificate> caCertificates;

    // Starts the local inspector (docs/inspector.md) with the App; the environment variable
    // SYNCSCOPE_INSPECT=1 does the same without rebuilding. Off: no thread, socket or timer.
    bool inspectorEnabled = false;
};

// A simulated slow or broken network for debugging (SyncSession::setNetworkConditions),
// applied inside the SDK's transport: sends are paced, received messages are held back.
// Default-constructed: the real network, unchanged.
struct NetworkConditions
{
    quint64 uploadBytesPerSecond = 0;   // 0: no limit
    quint64 downloadBytesPerSecond = 0; // 0: no limit
    // Added to every round trip: half on the way out, half on the way back.
    std::chrono::milliseconds addedLatency{0};
    bool offline = false; // connection attempts are refused, an open connection is lost

    bool isUnchanged() const { return *this == NetworkConditions{}; }
    bool operator==(const NetworkConditions &) const = default;
};

struct SyncConfig
{
    QUrl serverUrl;    // ws:// or wss://
    QString realmPath; // server-side name of the data set, e.g. "/tasks"
    QString localPath; // the local file on disk that this session syncs

    // Further nodes of the same server (nodes sharing one database, docs/client.md "Several
    // server nodes"), tried in this order after serverUrl: a failed connection attempt or a lost
    // connection moves on to the next node at once, and only a full round of failures waits
    // for the reconnect back-off. Empty (the default): serverUrl alone, as before.
    QList<QUrl> additionalServerUrls = {};

    // serverUrl followed by additionalServerUrls, empty and repeated URLs left out: the nodes
    // in the order the session tries them.
    QList<QUrl> serverUrls() const;
};

} // namespace syncscope

Q_DECLARE_METATYPE(syncscope::ClientConfig)
Q_DECLARE_METATYPE(syncscope::SyncConfig)
Q_DECLARE_METATYPE(syncscope::NetworkConditions)
