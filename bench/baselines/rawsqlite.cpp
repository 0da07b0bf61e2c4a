#include "rawsqlite.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

std::optional<double> writeAll(QSqlDatabase &db, int writes, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
          u"CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s}) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return std::nullopt;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)"_s);
    QByteArray value(1024, 'v');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < writes; ++i) {
        value[0] = char(i);
        if (!db.transaction()) {
            *error = db.lastError().text();
            return std::nullopt;
        }
        insert.addBindValue(u"key-%1"_s.arg(i));
        insert.addBindValue(value);
        if (!insert.exec() || !db.commit()) {
            *error = insert.lastError().text() + db.lastError().text();
            return std::nullopt;
        }
    }
    return writes / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

std::optional<double> rawSqliteWritesPerSecond(const QString &path, int writes, QString *error)
{
    const QString connectionName = u"bench-raw-"_s + QUuid::createUuid().toString();
    std::optional<double> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            return std::nullopt;
        }
        result = writeAll(db, writes, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

} // namespace syncscope::bench
