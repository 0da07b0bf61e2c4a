#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace syncscope::monitor {

// Synthetic load a session can put on its realm, so a workspace (and the demo) shows traffic
// without another program writing. docs/monitor.md documents the JSON form.
struct TrafficSpec
{
    enum class Kind { None, Steady, Burst, Seed };
    Kind kind = Kind::None;
    int valueBytes = 4096; // size of each written value
    int intervalMs = 1000; // steady: between writes; burst: between bursts
    int burstCount = 16;   // burst: values written back to back
    qint64 totalBytes = 0; // seed: written once, skipped when the local file already has it

    friend bool operator==(const TrafficSpec &, const TrafficSpec &) = default;
};

// One session of a workspace, as the person configured it.
struct SessionDefinition
{
    QString name;
    QUrl serverUrl;
    QString token;
    QString realmPath;
    QString localPath;           // absolute once loaded (relative paths resolve against the file)
    bool expectedToFail = false; // an Invalid end does not make a headless run fail
    bool freshLocalFile = false; // the local file is deleted before opening (a fresh download)
    TrafficSpec traffic;
    // Further nodes of the same server, tried in order after serverUrl
    // (SyncConfig::additionalServerUrls); empty for a single server. Last, so that positional
    // initialisers of the fields above keep their meaning.
    QList<QUrl> additionalServerUrls = {};

    friend bool operator==(const SessionDefinition &, const SessionDefinition &) = default;
};

// A syncscope-server the monitor is attached to through its operator API (docs/operator.md).
// The operator token is given by file (tokenFile, read at each attach) or inline (token); a
// workspace file holding an inline one must be readable by its owner only.
struct ServerAttachment
{
    QUrl url; // ws:// or wss://, the server's --operator-listen address
    QString tokenFile;
    QString token;

    friend bool operator==(const ServerAttachment &, const ServerAttachment &) = default;
};

struct Workspace
{
    static constexpr int kFormatVersion = 1;
    QString title;
    QList<SessionDefinition> sessions;
    QList<ServerAttachment> servers;

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

QString trafficKindKey(TrafficSpec::Kind kind);

} // namespace syncscope::monitor
