#include "prometheusmetrics.h"

#include <syncscope/platform/prometheus.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/server/serverstatistics.h>

#include <QHash>

namespace syncscope::server {

namespace {

void histogram(platform::PrometheusExposition &out, QByteArrayView name, QByteArrayView help,
               const Histogram &h)
{
    out.histogram(name, help, h.upperBounds, h.bucketCounts, h.count, h.sum);
}

} // namespace

QByteArray renderPrometheusMetrics(const ServerStatistics &statistics, const QString &version,
                                   double startTimeSeconds, bool perRealm)
{
    const QList<ConnectionStatistics> connections = statistics.connections();
    quint64 sessions = 0;
    quint64 queuedBytes = 0;
    quint64 behindBytes = 0;
    QHash<QString, quint64> sessionsByRealm;
    for (const ConnectionStatistics &connection : connections) {
        sessions += quint64(connection.sessions.size());
        queuedBytes += connection.bytesQueued;
        for (const SessionStatistics &session : connection.sessions) {
            ++sessionsByRealm[session.realmPath];
            behindBytes += session.bytesBehind;
        }
    }
    const ServerTotals totals = statistics.totals();

    platform::PrometheusExposition out;
    out.family("syncscope_build_info", "gauge", "Version of this syncscope-server; always 1.");
    out.sample("syncscope_build_info", 1,
               QByteArray("version=\"" + platform::prometheusLabelValue(version) +
                          "\",protocol=\"syncscope.v1\""));
    out.metric("syncscope_start_time_seconds", "gauge",
               "When the server started, in seconds since the Unix epoch.", startTimeSeconds);
    out.metric("syncscope_connections_active", "gauge", "Open WebSocket connections.",
               double(connections.size()));
    out.metric("syncscope_sessions_active", "gauge", "Bound sessions on all connections.",
               double(sessions));
    out.metric("syncscope_realms_active", "gauge", "Realms with at least one bound session.",
               double(sessionsByRealm.size()));
    out.metric("syncscope_send_queue_bytes", "gauge",
               "Bytes handed to connections and not yet written to the network.",
               double(queuedBytes));
    out.metric("syncscope_download_queue_bytes", "gauge",
               "History bytes the bound sessions have still to download.", double(behindBytes));
    out.metric("syncscope_connections_accepted_total", "counter",
               "WebSocket connections accepted since start.", double(totals.connectionsAccepted));
    out.metric("syncscope_connections_rejected_total", "counter",
               "Connections refused since start (limits, wrong subprotocol).",
               double(totals.connectionsRejected));
    out.metric("syncscope_upload_changesets_total", "counter",
               "Uploaded changesets integrated since start.", double(totals.changesetsIntegrated));
    out.metric("syncscope_upload_bytes_total", "counter",
               "Bytes of uploaded changesets integrated since start.",
               double(totals.bytesIntegrated));
    out.metric("syncscope_uploads_refused_total", "counter",
               "Uploads answered with an ERROR instead of being stored, since start.",
               double(totals.uploadsRefused));
    out.family("syncscope_errors_sent_total", "counter",
               "ERROR messages sent to clients since start, by protocol error code name.");
    for (auto it = statistics.errorsSent().cbegin(); it != statistics.errorsSent().cend(); ++it)
        out.sample("syncscope_errors_sent_total", double(it.value()),
                   QByteArray("code=\"" +
                              platform::prometheusLabelValue(protocol::errorCodeName(it.key())) +
                              '"'));
    out.metric("syncscope_websocket_received_bytes_total", "counter",
               "WebSocket message bytes received since start.", double(totals.bytesReceived));
    out.metric("syncscope_websocket_sent_bytes_total", "counter",
               "WebSocket message bytes sent since start.", double(totals.bytesSent));
    histogram(out, "syncscope_storage_commit_duration_seconds",
              "Duration of each group commit (one transaction and fsync).",
              statistics.commitDuration());
    histogram(out, "syncscope_storage_commit_uploads", "Uploads integrated by each group commit.",
              statistics.commitUploads());
    histogram(out, "syncscope_upload_ack_duration_seconds",
              "From an UPLOAD's arrival to the DOWNLOAD acknowledging it being sent.",
              statistics.uploadAckLatency());
    if (perRealm) {
        const QMap<QString, RealmStatistics> &realms = statistics.realms();
        const auto perRealmFamily = [&](const QByteArray &name, QByteArrayView help,
                                        const auto &value) {
            out.family(name, "gauge", help);
            for (const RealmStatistics &realm : realms)
                out.sample(
                    name, value(realm),
                    QByteArray("realm=\"" + platform::prometheusLabelValue(realm.path) + '"'));
        };
        perRealmFamily("syncscope_realm_head_version", "Head (latest server version) of the realm.",
                       [](const RealmStatistics &r) { return double(r.headVersion); });
        perRealmFamily("syncscope_realm_history_bytes", "Changeset bytes stored for the realm.",
                       [](const RealmStatistics &r) { return double(r.historyBytes); });
        perRealmFamily("syncscope_realm_client_files", "Client files allocated for the realm.",
                       [](const RealmStatistics &r) { return double(r.clientFiles); });
        perRealmFamily(
            "syncscope_realm_sessions_active", "Sessions bound to the realm.",
            [&](const RealmStatistics &r) { return double(sessionsByRealm.value(r.path)); });
    }
    return out.take();
}

} // namespace syncscope::server
