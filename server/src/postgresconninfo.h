#pragma once

#include <QString>

#include <optional>

namespace syncscope::server {

// Whether --database names PostgreSQL: a postgresql:// (or postgres://) URL, or a libpq
// conninfo of key=value pairs ("host=/run/postgresql dbname=syncscope").
bool isPostgresDatabase(const QString &database);

// The --database value as a libpq conninfo of key=value pairs, which is what Qt's QPSQL driver
// passes on. A password in it is refused: a command line is visible to every local user
// (ps, /proc), so the password comes from --database-password-file or PGPASSFILE instead.
// nullopt and *error when the value is malformed or holds a password.
std::optional<QString> postgresConnInfo(const QString &database, QString *error);

// `conninfo` with what every connection of the server adds: its application name (seen in
// pg_stat_activity), keepalives that notice a dead peer even while nothing is sent, and a
// connect timeout.
QString postgresConnectOptions(const QString &conninfo, const QString &applicationName);

} // namespace syncscope::server
