#include "postgresconninfo.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace syncscope::server {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::PostgresConnInfo)
};

using Pair = std::pair<QString, QString>;

bool isUrl(const QString &database)
{
    return database.startsWith(QLatin1StringView("postgresql://")) ||
           database.startsWith(QLatin1StringView("postgres://"));
}

// libpq's conninfo syntax: key = value pairs separated by white space; a value may be
// single-quoted, with \' and \\ inside.
std::optional<QList<Pair>> parsePairs(const QString &text, QString *error)
{
    QList<Pair> pairs;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        QString key;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'=')
            key += text.at(i++);
        skipSpace();
        if (key.isEmpty() || i >= text.size() || text.at(i) != u'=') {
            *error = Text::tr("--database: expected key=value in \"%1\"").arg(text);
            return std::nullopt;
        }
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                *error = Text::tr("--database: unterminated quoted value of \"%1\"").arg(key);
                return std::nullopt;
            }
        } else {
            while (i < text.size() && !text.at(i).isSpace())
                value += text.at(i++);
        }
        pairs.append({key, value});
    }
    return pairs;
}

std::optional<QList<Pair>> urlPairs(const QString &database, QString *error)
{
    const QUrl url(database, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Text::tr("--database: \"%1\" is not a valid URL (several hosts need the "
                          "key=value form: host=pg1,pg2 target_session_attrs=read-write)")
                     .arg(database);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = Text::tr("--database: the URL holds a password, which every local user could "
                          "read from the command line; give it with --database-password-file or "
                          "in a PGPASSFILE instead");
        return std::nullopt;
    }
    QList<Pair> pairs;
    if (!url.host().isEmpty())
        pairs.append({QStringLiteral("host"), url.host()});
    if (url.port() > 0)
        pairs.append({QStringLiteral("port"), QString::number(url.port())});
    const QString dbname = url.path().mid(1);
    if (!dbname.isEmpty())
        pairs.append({QStringLiteral("dbname"), dbname});
    if (!url.userName().isEmpty())
        pairs.append({QStringLiteral("user"), url.userName()});
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        pairs.append({key, value});
    return pairs;
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1StringView("\\\\"));
    escaped.replace(u'\'', QLatin1StringView("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

bool isPostgresDatabase(const QString &database)
{
    return isUrl(database) || database.contains(u'=');
}

std::optional<QString> postgresConnInfo(const QString &database, QString *error)
{
    const std::optional<QList<Pair>> pairs =
        isUrl(database) ? urlPairs(database, error) : parsePairs(database, error);
    if (!pairs)
        return std::nullopt;
    QStringList parts;
    for (const auto &[key, value] : *pairs) {
        if (key == QLatin1StringView("password")) {
            *error = Text::tr("--database holds a password, which every local user could read "
                              "from the command line; give it with --database-password-file or "
                              "in a PGPASSFILE instead");
            return std::nullopt;
        }
        // Qt's driver turns every ';' of its connect options into a space.
        if (key.contains(u';') || value.contains(u';')) {
            *error = Text::tr("--database: \"%1\" may not contain ';'").arg(key);
            return std::nullopt;
        }
        parts.append(key + u'=' + quoted(value));
    }
    if (parts.isEmpty()) {
        *error = Text::tr("--database names no PostgreSQL connection");
        return std::nullopt;
    }
    return parts.join(u' ');
}

QString postgresConnectOptions(const QString &conninfo, const QString &applicationName)
{
    return conninfo + QStringLiteral(" application_name=") + applicationName +
           QStringLiteral(" keepalives=1 keepalives_idle=10 keepalives_interval=5"
                          " keepalives_count=3 connect_timeout=10");
}

} // namespace syncscope::server
