#include "monitor/historystore.h"

#include "monitor/ratehistory.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace syncscope::monitor {

namespace {
const QString kSuffix = QStringLiteral(".history");
} // namespace

HistoryStore::HistoryStore(const QString &directory)
    : m_directory(directory)
{}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/chart-history");
}

QString HistoryStore::keyOf(const SessionDefinition &definition)
{
    return definition.name + u'\n' + definition.realmPath + u'\n' + definition.serverUrl.host();
}

QString HistoryStore::pathOf(const QString &key) const
{
    // Hashed: a session name may hold anything, a file name may not.
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + u'/' + QString::fromLatin1(hash) + kSuffix;
}

bool HistoryStore::load(const QString &key, RateHistory *history, QString *error) const
{
    QFile file(pathOf(key));
    if (!file.exists()) {
        *error = QCoreApplication::translate("HistoryStore", "no saved history");
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = QCoreApplication::translate("HistoryStore", "%1 is too large for a chart history")
                     .arg(file.fileName());
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QString why;
    if (!history->restore(file.read(kMaxFileBytes), &why)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), why);
        return false;
    }
    return true;
}

bool HistoryStore::save(const QString &key, const RateHistory &history, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = QCoreApplication::translate("HistoryStore", "cannot create %1").arg(m_directory);
        return false;
    }
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly) || file.write(history.serialize()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void HistoryStore::prune(qint64 nowMs) const
{
    QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files,
                                                  QDir::Time); // newest first
    const QDateTime oldest = QDateTime::fromMSecsSinceEpoch(nowMs).addDays(-1);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (i >= kMaxFiles || files.at(i).lastModified() < oldest)
            QFile::remove(files.at(i).filePath());
    }
}

} // namespace syncscope::monitor
