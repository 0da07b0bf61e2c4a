// The local file under I/O errors: a read-only file or directory and a full disk give a clear
// error from write()/openRealm(), and what was committed before stays intact and syncs.
//
// A full disk runs everywhere, three ways: a tiny tmpfs when the test may mount (root, as in
// CI; otherwise a quota at SQLite's file layer takes its place, never a skip), a quota at
// SQLite's file layer always (ENOSPC from its write calls, sqlitediskquota.h), and
// RLIMIT_FSIZE. Read-only is a read-only remount of that tmpfs as root (root ignores file
// modes) and chmod otherwise.

#include "sqlitediskquota.h"
#include "syncfixture.h"

#include <syncscope/testsupport/filesizelimit.h>

#include <QFile>
#include <QTest>

#include <functional>
#include <optional>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace std::chrono_literals;
using namespace syncscope;
using namespace syncscope::reliability;
using syncscope::testsupport::FileSizeLimit;
using namespace Qt::StringLiterals;

namespace {

// A tmpfs of a given size mounted on a directory for the lifetime of this object.
class TinyFilesystem
{
public:
    TinyFilesystem(const QString &directory, const QByteArray &size)
        : m_directory(directory)
    {
        const QByteArray options = "size=" + size + ",mode=0777";
        m_mounted = ::mount("tmpfs", QFile::encodeName(directory).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~TinyFilesystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_directory).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    bool remount(unsigned long flags, const QByteArray &size)
    {
        const QByteArray options = "size=" + size;
        return ::mount("tmpfs", QFile::encodeName(m_directory).constData(), "tmpfs",
                       MS_REMOUNT | flags, options.constData()) == 0;
    }

private:
    QString m_directory;
    bool m_mounted = false;
};

// Files this process still holds open under a directory (a remount read-only needs none).
QStringList openFilesUnder(const QString &directory)
{
    QStringList open;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(directory))
            open << target;
    }
    return open;
}

QByteArray value(int i)
{
    return QByteArray(16 * 1024, char('a' + i % 26)) + QByteArray::number(i);
}

} // namespace

class TestLocalFileErrors final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> fx;

    // Writes until write() fails (or 4000 writes); returns what was committed.
    std::map<QString, QByteArray> fillUntilFull(Realm &realm, QString *error)
    {
        std::map<QString, QByteArray> committed;
        for (int i = 0; i < 4000; ++i) {
            const QString key = QStringLiteral("fill-%1").arg(i);
            if (!realm.write(key, value(i))) {
                *error = realm.lastError();
                return committed;
            }
            committed[key] = value(i);
        }
        return committed;
    }

    void checkIntactAndSyncs(const QString &directory, const std::map<QString, QByteArray> &data)
    {
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        SyncConfig config;
        config.serverUrl = fx->server.url();
        config.realmPath = u"/rel/full"_s;
        config.localPath = directory + u"/full.realm"_s;
        const auto realm = app.openRealm(user, config);
        QVERIFY2(realm, qPrintable(app.lastError()));
        for (const auto &[key, bytes] : data)
            QVERIFY2(realm->value(key) == std::optional<QByteArray>(bytes), qPrintable(key));
        QVERIFY(realm->write(u"after"_s, "room again"));
        QCOMPARE(waitForFuture(realm->syncSession()->uploadAllLocalChanges(30s), 35s), QString());
        QString error;
        const auto server = fx->serverContent(u"/rel/full"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto &[key, bytes] : data)
            QVERIFY2(server.count(key) && server.at(key) == bytes, qPrintable(key));
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<SyncFixture>();
        QVERIFY2(fx->server.start(), qPrintable(fx->server.errorString()));
    }
    void cleanup() { fx.reset(); }

    // Fills a realm in `directory` until write() fails for lack of space, checks that it says
    // so and stays readable; `makeRoom` then frees space and everything committed must be
    // intact and sync.
    void fillTheDiskThenMakeRoom(const QString &directory, const std::function<bool()> &makeRoom)
    {
        std::map<QString, QByteArray> committed;
        QString error;
        {
            App app(fastClientConfig());
            const auto user = fx->logIn(app);
            SyncConfig config;
            config.serverUrl = fx->server.url();
            config.realmPath = u"/rel/full"_s;
            config.localPath = directory + u"/full.realm"_s;
            const auto realm = app.openRealm(user, config);
            QVERIFY2(realm, qPrintable(app.lastError()));
            committed = fillUntilFull(*realm, &error);
            QVERIFY2(!error.isEmpty(), "write() failed without a reason, or never failed");
            QVERIFY2(error.contains(u"full"_s), qPrintable(error)); // SQLITE_FULL, said so
            QVERIFY2(committed.size() > 5, qPrintable(QString::number(committed.size())));
            qInfo() << "disk full after" << committed.size() << "writes:" << error;
            // The realm stays usable for reading while the disk is full.
            QCOMPARE(realm->value(committed.begin()->first),
                     std::optional(committed.begin()->second));
        }
        QVERIFY(makeRoom());
        checkIntactAndSyncs(directory, committed);
    }

    void diskFullOnATinyFilesystem()
    {
        const QString directory = fx->temp.filePath(u"tiny"_s);
        QVERIFY(QDir().mkpath(directory));
        TinyFilesystem tiny(directory, "1m");
        std::optional<SqliteDiskQuota> quota;
        if (!tiny.mounted()) {
            qInfo("no tmpfs can be mounted here: a 1 MiB quota at SQLite's file layer instead");
            quota.emplace(directory, 1024 * 1024);
            QVERIFY(quota->installed());
        }
        fillTheDiskThenMakeRoom(directory, [&] {
            if (quota) {
                quota.reset();
                return true;
            }
            return tiny.remount(0, "64m");
        });
    }

    void diskFullAtTheFileLayer()
    {
        const QString directory = fx->temp.filePath(u"quota"_s);
        QVERIFY(QDir().mkpath(directory));
        std::optional<SqliteDiskQuota> quota(std::in_place, directory, 1024 * 1024);
        QVERIFY2(quota->installed(), "SQLite's unix VFS does not take replacement system calls");
        const int refusalsBefore = SqliteDiskQuota::refusals();
        fillTheDiskThenMakeRoom(directory, [&] {
            quota.reset();
            return true;
        });
        QVERIFY(SqliteDiskQuota::refusals() > refusalsBefore); // the quota, not chance, filled it
    }

    void diskFullByFileSizeLimit()
    {
        const QString directory = fx->temp.filePath(u"limited"_s);
        QVERIFY(QDir().mkpath(directory));
        std::map<QString, QByteArray> committed;
        QString error;
        {
            App app(fastClientConfig());
            const auto user = fx->logIn(app);
            SyncConfig config;
            config.serverUrl = fx->server.url();
            config.realmPath = u"/rel/full"_s;
            config.localPath = directory + u"/full.realm"_s;
            const auto realm = app.openRealm(user, config);
            QVERIFY2(realm, qPrintable(app.lastError()));
            QVERIFY(realm->write(u"first"_s, "before the limit"));
            committed[u"first"_s] = "before the limit";
            {
                const qint64 size = QFileInfo(config.localPath).size();
                FileSizeLimit limit(rlim_t(std::max<qint64>(size, 64 * 1024) + 256 * 1024));
                const auto more = fillUntilFull(*realm, &error);
                committed.insert(more.begin(), more.end());
            }
            QVERIFY2(!error.isEmpty(), "write() failed without a reason, or never failed");
            qInfo() << "file size limit hit after" << committed.size() << "writes:" << error;
        }
        checkIntactAndSyncs(directory, committed);
    }

    void readOnlyFileAndDirectory()
    {
        const QString directory = fx->temp.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(directory));
        TinyFilesystem filesystem(directory, "16m");
        const bool asRoot = ::geteuid() == 0;
        if (asRoot && !filesystem.mounted())
            QSKIP("root ignores file modes and no tmpfs can be mounted here");
        const QString file = directory + u"/full.realm"_s;
        {
            App app(fastClientConfig());
            const auto user = fx->logIn(app);
            const auto realm = app.openRealm(user, {fx->server.url(), u"/rel/full"_s, file});
            QVERIFY2(realm, qPrintable(app.lastError()));
            QVERIFY(realm->write(u"kept"_s, "committed before read-only"));
            QCOMPARE(waitForFuture(realm->syncSession()->uploadAllLocalChanges(20s), 25s),
                     QString());
        }
        // Once the App is gone the file must be closed (deferred deletions may need the loop).
        QTRY_VERIFY2(openFilesUnder(directory).isEmpty(),
                     qPrintable(openFilesUnder(directory).join(u", "_s)));
        // Make file and directory read-only.
        if (asRoot) {
            QVERIFY2(filesystem.remount(MS_RDONLY, "16m"),
                     qPrintable(QString::fromLocal8Bit(std::strerror(errno)) + u"; open: "_s +
                                openFilesUnder(directory).join(u", "_s)));
        } else {
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
            QVERIFY(
                QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        {
            App app(fastClientConfig());
            const auto user = fx->logIn(app);
            // A new file in a read-only directory: openRealm fails and says why.
            const auto fresh = app.openRealm(
                user, {fx->server.url(), u"/rel/other"_s, directory + u"/new.realm"_s});
            QVERIFY(!fresh);
            QVERIFY2(!app.lastError().isEmpty(), "openRealm failed without a reason");
            qInfo() << "read-only directory:" << app.lastError();
            // The existing file: either openRealm refuses it, or write() does; both say why.
            const auto realm = app.openRealm(user, {fx->server.url(), u"/rel/full"_s, file});
            if (!realm) {
                QVERIFY2(!app.lastError().isEmpty(), "openRealm failed without a reason");
                qInfo() << "read-only file, openRealm:" << app.lastError();
                // A clear error names the cause: the file is intact, only not writable.
                QVERIFY2(!app.lastError().contains(u"damaged"_s), qPrintable(app.lastError()));
            } else {
                QCOMPARE(realm->value(u"kept"_s),
                         std::optional<QByteArray>("committed before read-only"));
                QVERIFY(!realm->write(u"refused"_s, "x"));
                QVERIFY2(!realm->lastError().isEmpty(), "write() failed without a reason");
                qInfo() << "read-only file, write():" << realm->lastError();
            }
        }
        if (asRoot) {
            QVERIFY(filesystem.remount(0, "16m"));
        } else {
            QVERIFY(QFile::setPermissions(directory, QFileDevice::ReadOwner |
                                                         QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner));
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto realm = app.openRealm(user, {fx->server.url(), u"/rel/full"_s, file});
        QVERIFY2(realm, qPrintable(app.lastError()));
        QCOMPARE(realm->value(u"kept"_s), std::optional<QByteArray>("committed before read-only"));
        QVERIFY(!realm->value(u"refused"_s).has_value());
        QVERIFY(realm->write(u"writable"_s, "again"));
    }
};

QTEST_GUILESS_MAIN(TestLocalFileErrors)
#include "tst_localfileerrors.moc"
