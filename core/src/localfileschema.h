#pragma once

#include <QSqlDatabase>
#include <QString>

namespace syncscope::detail {

// Checks a local file before SQLite or anything else writes to it, and lays out the schema in
// a new one. A file that fails a check is refused with a readable reason and never modified.

// The 16-byte SQLite header: refuses foreign files before SQLite opens (and journals) them.
bool looksLikeSqlite(const QString &path, QString *error);
// On an open database: quick_check, then either our schema (same format, same realm path) or
// no tables at all (then it creates the schema). Switches to WAL and synchronous=FULL.
bool prepareSchema(QSqlDatabase &db, const QString &filePath, const QString &realmPath,
                   QString *error);
// Creates a realm file that does not exist yet: built under a scratch name without syncs and
// renamed into place, so no process ever sees a half-created file at `filePath`. Succeeds
// too when another process created `filePath` meanwhile (CreatedByAnother: the caller then
// opens and checks it like any existing file). Nothing of it is synced: a new file holds nothing
// that exists nowhere else until the first durable local write, and the caller syncs the file and
// its folder before that (syncFile(), syncParentDirectory()). A power failure before it only loses
// the new, empty file (see removeLostCreation()).
enum class Creation : quint8 { Failed, Created, CreatedByAnother };
Creation createLocalFile(const QString &filePath, const QString &realmPath, QString *error);
// Whether new files are written from the image of an empty realm (always with the SQLite this
// was built for; otherwise SQLite builds each one).
bool newFileImageInUseForTesting();
// Removes what a power failure left of a created file that was never synced: a small file of
// zero bytes only, with its WAL and index. Returns true if it did; any other file is left
// alone (and then opened and checked as usual).
bool removeLostCreation(const QString &filePath);
// Makes the content of `filePath` durable (fdatasync).
bool syncFile(const QString &filePath);
// How many syncs this process made through syncFile() and syncParentDirectory().
quint64 durabilitySyncsForTesting();
// Makes the folder entry of `filePath` durable (fsync of its folder).
bool syncParentDirectory(const QString &filePath);
QString describeSqlError(const QSqlDatabase &db, const QString &filePath, const QString &what);

} // namespace syncscope::detail
