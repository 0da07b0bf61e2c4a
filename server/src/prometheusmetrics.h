#pragma once

#include <QByteArray>
#include <QString>

namespace syncscope::server {

class ServerStatistics;

// The server's statistics in Prometheus text exposition format 0.0.4 (docs/operator.md lists
// every metric), served by `--metrics-listen`. perRealm adds the series labelled by realm path
// (--metrics-per-realm).
QByteArray renderPrometheusMetrics(const ServerStatistics &statistics, const QString &version,
                                   double startTimeSeconds, bool perRealm = false);

} // namespace syncscope::server
