#include "localfileschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace syncscope::detail {

namespace {

constexpr int kFormatVersion = 1;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL in the file header

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::LocalStore)
};

} // namespace

QString describeSqlError(const QSqlDatabase &db, const QString &filePath, const QString &what)
{
    return Text::tr("%1 in %2: %3").arg(what, filePath, db.lastError().text());
}

bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the local file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    const QByteArray header = file.read(16);
    if (header.size() < 16 || !header.startsWith(kSqliteMagic) || header.at(15) != '\0') {
        *error =
            Text::tr("The local file %1 is not a Syncscope realm (not an SQLite database); it was "
                     "left untouched.")
                .arg(path);
        return false;
    }
    return true;
}

bool prepareSchema(QSqlDatabase &db, const QString &filePath, const QString &realmPath,
                   QString *error)
{
    QSqlQuery query(db);
    // quick_check reads every page: a damaged file fails here, before anything is written.
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() ||
        query.value(0).toString() != u"ok"_s) {
        const QString reason =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        *error = Text::tr("The local file %1 is damaged (%2); it was left untouched.")
                     .arg(filePath, reason);
        return false;
    }

    QStringList tables;
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot read the local file's schema"));
        return false;
    }
    while (query.next())
        tables.append(query.value(0).toString());

    const QStringList ours = {u"syncscope_meta"_s, u"syncscope_objects"_s, u"syncscope_pending"_s};
    if (!tables.isEmpty()) {
        for (const QString &table : ours) {
            if (!tables.contains(table)) {
                *error = Text::tr("The local file %1 is an SQLite database of another application "
                                  "(table %2 is missing); it was left untouched.")
                             .arg(filePath, table);
                return false;
            }
        }
        if (!query.exec(u"SELECT format_version, realm_path FROM syncscope_meta WHERE id = 1"_s) ||
            !query.next()) {
            *error = Text::tr("The local file %1 has no sync metadata; it was left untouched.")
                         .arg(filePath);
            return false;
        }
        if (query.value(0).toInt() != kFormatVersion) {
            *error =
                Text::tr("The local file %1 has format version %2, this client reads version %3.")
                    .arg(filePath)
                    .arg(query.value(0).toInt())
                    .arg(kFormatVersion);
            return false;
        }
        if (query.value(1).toString() != realmPath) {
            *error = Text::tr("The local file %1 belongs to the realm %2, not %3.")
                         .arg(filePath, query.value(1).toString(), realmPath);
            return false;
        }
    }

    // Only a file that passed every check is switched to WAL.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) ||
        !query.exec(u"PRAGMA synchronous = FULL"_s)) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot configure the local file"));
        return false;
    }
    if (!tables.isEmpty())
        return true;

    const QStringList schema = {
        u"CREATE TABLE syncscope_meta (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "format_version INTEGER NOT NULL, realm_path TEXT NOT NULL, "
        "client_file_id INTEGER NOT NULL, download_cursor INTEGER NOT NULL, "
        "last_client_version INTEGER NOT NULL, acked_client_version INTEGER NOT NULL, "
        "uploadable_bytes INTEGER NOT NULL, uploaded_bytes INTEGER NOT NULL, "
        "downloaded_bytes INTEGER NOT NULL, downloadable_bytes INTEGER NOT NULL)"_s,
        u"CREATE TABLE syncscope_objects (key TEXT PRIMARY KEY, value BLOB, "
        "removed INTEGER NOT NULL, stamp_time INTEGER NOT NULL, stamp_file INTEGER NOT NULL)"_s,
        u"CREATE TABLE syncscope_pending (client_version INTEGER PRIMARY KEY, "
        "origin_timestamp INTEGER NOT NULL, size INTEGER NOT NULL, operations BLOB NOT NULL)"_s,
    };
    if (!db.transaction()) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot create the local file"));
        return false;
    }
    for (const QString &statement : schema) {
        if (!query.exec(statement)) {
            *error = describeSqlError(db, filePath, Text::tr("Cannot create the local file"));
            db.rollback();
            return false;
        }
    }
    query.prepare(u"INSERT INTO syncscope_meta VALUES (1, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)"_s);
    query.addBindValue(kFormatVersion);
    query.addBindValue(realmPath);
    if (!query.exec() || !db.commit()) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot create the local file"));
        db.rollback();
        return false;
    }
    return true;
}

} // namespace syncscope::detail
