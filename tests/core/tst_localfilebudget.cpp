// The process-wide budget of open local files (LocalFileBudget): beyond it, the least recently
// used LocalStore closes its SQLite connection and opens it again on its next use. Real files
// in a temporary folder, the descriptors read from /proc/self/fd, a real in-process server for
// the sessions, and a child process that is killed after writing through reopened stores.

#include "coretestsupport.h"
#include "localfilebudget.h"
#include "localfileschema.h"
#include "localstore.h"

#include <syncscope/protocol/codec.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>

#include <csignal>

#include <sys/inotify.h>
#include <unistd.h>

#include <sys/resource.h>

using namespace coretest;
using namespace syncscope;
using syncscope::detail::LocalFileBudget;
using syncscope::detail::LocalStore;

namespace {

struct OpenFiles
{
    int realms = 0; // the realm files themselves
    int all = 0;    // with their -wal and -shm
};

// What this process holds open of the realm files (`*.realm*`) in `dir`.
OpenFiles openFilesIn(const QString &dir)
{
    const QString root = QFileInfo(dir).canonicalFilePath() + u'/';
    OpenFiles files;
    const QDir descriptors(u"/proc/self/fd"_s);
    for (const QString &entry : descriptors.entryList(QDir::System | QDir::Files)) {
        const QString target = QFileInfo(descriptors.filePath(entry)).symLinkTarget();
        if (!target.startsWith(root) || !target.contains(u".realm"_s))
            continue;
        ++files.all;
        if (target.endsWith(u".realm"_s))
            ++files.realms;
    }
    return files;
}

protocol::Operation set(const QString &key, const QByteArray &value)
{
    return protocol::Operation{protocol::Operation::Kind::Set, key, value};
}

// A budget for one test, back to the derived default afterwards.
struct BudgetForTest
{
    explicit BudgetForTest(qint64 files) { LocalFileBudget::instance().setLimit(files); }
    ~BudgetForTest() { LocalFileBudget::instance().setLimit(0); }
    Q_DISABLE_COPY_MOVE(BudgetForTest)
};

} // namespace

class LocalFileBudgetTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;

    std::unique_ptr<LocalStore> openStore(const QString &name, const QString &realmPath)
    {
        QString error;
        auto store = LocalStore::open(m_dir.filePath(name), realmPath, &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    // A store that holds its file open, as the most recently used: a new file is opened at
    // its first use only, so it is read once.
    std::unique_ptr<LocalStore> openInUse(const QString &name, const QString &realmPath)
    {
        auto store = openStore(name, realmPath);
        if (store)
            store->keys();
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = startServer(m_dir.filePath(u"server"_s));
        QVERIFY(m_server);
    }

    void theDefaultFollowsTheDescriptorLimit()
    {
        rlimit original{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
        const auto budgetAt = [&](rlim_t soft) {
            rlimit limit = original;
            limit.rlim_cur = soft;
            return ::setrlimit(RLIMIT_NOFILE, &limit) == 0 ? LocalFileBudget::instance().limit()
                                                           : -1;
        };
        // A sixth of the soft limit (half of it, three descriptors a file), read again each
        // time: a limit raised or lowered at run time counts.
        QCOMPARE(budgetAt(600), 100);
        QCOMPARE(budgetAt(1024), 170);
        QCOMPARE(budgetAt(30), LocalFileBudget::kMinimumFiles);
        if (original.rlim_max >= 20000)
            QCOMPARE(budgetAt(20000), LocalFileBudget::kMaximumFiles);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &original), 0);
        LocalFileBudget::instance().setLimit(5);
        QCOMPARE(LocalFileBudget::instance().limit(), 5);
        LocalFileBudget::instance().setLimit(0);
        QCOMPARE(LocalFileBudget::instance().limit(), budgetAt(original.rlim_cur));
    }

    void storesBeyondTheBudgetCloseTheirFiles()
    {
        constexpr int kBudget = 3;
        BudgetForTest budget(kBudget);
        std::vector<std::unique_ptr<LocalStore>> stores;
        for (int i = 0; i < 3 * kBudget; ++i) {
            stores.push_back(openStore(u"beyond%1.realm"_s.arg(i), u"/budget/beyond%1"_s.arg(i)));
            QVERIFY(stores.back());
            QString error;
            QVERIFY2(stores.back()->commitLocal({set(u"k"_s, QByteArray::number(i))}, &error),
                     qPrintable(error));
            const OpenFiles files = openFilesIn(m_dir.path());
            QVERIFY2(files.realms <= kBudget, qPrintable(QString::number(files.realms)));
            QVERIFY2(files.all <= 3 * kBudget, qPrintable(QString::number(files.all)));
        }
        QCOMPARE(LocalFileBudget::instance().openCount(), kBudget);
        // The most recently used stay open, the others were closed least recently used first.
        for (int i = 0; i < 3 * kBudget; ++i)
            QCOMPARE(stores[i]->isOpen(), i >= 2 * kBudget);
        // Each one reads and writes again, opening itself and closing another.
        for (int i = 0; i < 3 * kBudget; ++i) {
            QCOMPARE(stores[i]->value(u"k"_s), std::optional<QByteArray>(QByteArray::number(i)));
            QVERIFY(stores[i]->isOpen());
            QString error;
            QVERIFY2(stores[i]->commitLocal({set(u"again"_s, "yes")}, &error), qPrintable(error));
            QCOMPARE(stores[i]->keys(), (QStringList{u"again"_s, u"k"_s}));
            QCOMPARE(LocalFileBudget::instance().openCount(), kBudget);
            QVERIFY(openFilesIn(m_dir.path()).realms <= kBudget);
        }
    }

    void aClosedStoreKeepsItsWalAndSyncsNothingWhenClosed()
    {
        BudgetForTest budget(1);
        auto first = openStore(u"wal1.realm"_s, u"/budget/wal1"_s);
        QVERIFY(first);
        QString error;
        QVERIFY(first->commitLocal({set(u"k"_s, "v")}, &error));
        const quint64 syncsBefore = detail::durabilitySyncsForTesting();
        auto second = openInUse(u"wal2.realm"_s, u"/budget/wal2"_s);
        QVERIFY(second);
        QVERIFY(!first->isOpen());
        // Closed without SQLite's checkpoint: the WAL and its index stay for the next open.
        const QString path = m_dir.filePath(u"wal1.realm"_s);
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        QVERIFY(QFile::exists(path + u"-shm"_s));
        QCOMPARE(detail::durabilitySyncsForTesting(), syncsBefore);
        // A store going away while closed ends as every closed realm does: checkpointed,
        // its -wal and -shm removed, the data in the file itself.
        first.reset();
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
        second.reset();
        auto again = openStore(u"wal1.realm"_s, u"/budget/wal1"_s);
        QVERIFY(again);
        QCOMPARE(again->value(u"k"_s), std::optional<QByteArray>("v"));
        QCOMPARE(again->pendingChangesets(0, 1 << 20).size(), 1);
    }

    void everyStepOfASessionWorksOnAClosedStore()
    {
        BudgetForTest budget(1);
        auto store = openInUse(u"steps.realm"_s, u"/budget/steps"_s);
        QVERIFY(store);
        auto closeIt = [&] {
            auto other = openInUse(u"steps-other.realm"_s, u"/budget/steps-other"_s);
            return other && !store->isOpen();
        };
        QVERIFY(closeIt());
        QString error;
        QVERIFY2(store->setClientFileId(42, &error), qPrintable(error));
        QVERIFY(closeIt());
        QVERIFY2(store->commitLocal({set(u"local"_s, "1")}, &error), qPrintable(error));
        QVERIFY(closeIt());
        // An upload: the fresh changeset comes from memory, a resend from the reopened file.
        QCOMPARE(store->pendingChangesets(0, 1 << 20).size(), 1);
        QVERIFY(closeIt());
        const auto resent = store->pendingChangesets(0, 1 << 20, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(resent.size(), 1);
        QCOMPARE(protocol::decodeOperations(resent.first().operations).value().first().key,
                 u"local"_s);
        QVERIFY(closeIt());
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.latestServerVersion = 1;
        download.uploadAckClientVersion = 1;
        download.changesets.append(
            {1, 7, QDateTime::currentMSecsSinceEpoch() + 1000, {set(u"remote"_s, "2")}});
        const auto integrated = store->integrateDownload(download);
        QVERIFY2(integrated.ok, qPrintable(integrated.error));
        QCOMPARE(integrated.changedKeys, QStringList{u"remote"_s});
        QCOMPARE(store->ackedClientVersion(), 1u);
        QVERIFY(closeIt());
        QCOMPARE(store->keys(), (QStringList{u"local"_s, u"remote"_s}));
        QVERIFY(store->pendingChangesets(0, 1 << 20).isEmpty());
        QCOMPARE(store->counters().uploaded, store->counters().uploadable);
    }

    void aWriteThatReopensTheFileIsDurable()
    {
        BudgetForTest budget(1);
        auto store = openStore(u"durable.realm"_s, u"/budget/durable"_s);
        QVERIFY(store);
        protocol::DownloadMessage download; // leaves the connection at synchronous=NORMAL
        download.downloadCursor = 1;
        download.latestServerVersion = 1;
        download.changesets.append({1, 7, 1, {set(u"remote"_s, "r")}});
        QVERIFY(store->integrateDownload(download).ok);
        auto other = openInUse(u"durable-other.realm"_s, u"/budget/durable-other"_s);
        QVERIFY(other && !store->isOpen());
        QString error;
        const quint64 syncsBefore = detail::durabilitySyncsForTesting();
        QVERIFY2(store->commitLocal({set(u"local"_s, "l")}, &error), qPrintable(error));
        // The file and its folder were synced before it (the realm never had a durable
        // commit), and the write ran on the reopened connection with synchronous=FULL (2).
        QCOMPARE(detail::durabilitySyncsForTesting(), syncsBefore + 2);
        QSqlQuery query(store->databaseForTesting());
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void aFileDeletedWhileClosedIsALocalFileErrorAndNotRecreated()
    {
        BudgetForTest budget(1);
        auto store = openStore(u"deleted.realm"_s, u"/budget/deleted"_s);
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"k"_s, "v")}, &error));
        auto other = openInUse(u"deleted-other.realm"_s, u"/budget/deleted-other"_s);
        QVERIFY(other && !store->isOpen());
        const QString path = m_dir.filePath(u"deleted.realm"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QVERIFY(QFile::remove(path + suffix));

        QVERIFY(!store->commitLocal({set(u"k2"_s, "v")}, &error));
        QVERIFY2(error.contains(u"Cannot open the local file"_s), qPrintable(error));
        QVERIFY(!store->value(u"k"_s).has_value());
        QVERIFY(store->keys().isEmpty());
        // The fresh changeset is uploaded from memory; a resend must read the file, and says
        // why it cannot.
        error.clear();
        QCOMPARE(store->pendingChangesets(0, 1 << 20, &error).size(), 1);
        QVERIFY(error.isEmpty());
        QVERIFY(store->pendingChangesets(0, 1 << 20, &error).isEmpty());
        QVERIFY2(error.contains(u"Cannot open the local file"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path)); // never created again as an empty database
        store.reset();
        QVERIFY(!QFile::exists(path));
    }

    void aFileReplacedWhileClosedIsRefusedAndLeftUntouched()
    {
        BudgetForTest budget(1);
        auto store = openStore(u"replaced.realm"_s, u"/budget/replaced"_s);
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"k"_s, "mine")}, &error));
        // Another file of the same realm, with a write of its own still in its WAL.
        auto other = openInUse(u"replaced-copy.realm"_s, u"/budget/replaced"_s);
        QVERIFY(other && !store->isOpen());
        QVERIFY(other->commitLocal({set(u"other"_s, "a longer value")}, &error));
        const QString path = m_dir.filePath(u"replaced.realm"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        const auto contents = [](const QString &file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        for (const QString &suffix : {u""_s, u"-wal"_s})
            QVERIFY(QFile::copy(m_dir.filePath(u"replaced-copy.realm"_s) + suffix, path + suffix));
        const QByteArray file = contents(path);
        const QByteArray wal = contents(path + u"-wal"_s);
        QVERIFY(!wal.isEmpty());

        QVERIFY(!store->commitLocal({set(u"k2"_s, "v")}, &error));
        QVERIFY2(error.contains(u"replaced or changed"_s), qPrintable(error));
        QVERIFY(!store->isOpen());
        QVERIFY(!store->value(u"other"_s).has_value());
        // Nor is it checkpointed when the store goes away: the file and its WAL stay as found.
        store.reset();
        QCOMPARE(contents(path), file);
        QCOMPARE(contents(path + u"-wal"_s), wal);
    }

    void threeTimesTheBudgetOfSessionsUploadAndDownload()
    {
        constexpr int kBudget = 4;
        constexpr int kSessions = 3 * kBudget;
        BudgetForTest budget(kBudget);
        App app(fastConfig()), other(fastConfig());
        auto user = app.logIn(token(u"alice"_s));
        auto otherUser = other.logIn(token(u"bob"_s));
        QVERIFY(user && otherUser);
        std::vector<std::shared_ptr<Realm>> realms, writers;
        for (int i = 0; i < kSessions; ++i) {
            auto realm = app.openRealm(user, syncConfig(m_server->url(), u"/budget/s%1"_s.arg(i),
                                                        m_dir.filePath(u"s%1.realm"_s.arg(i))));
            QVERIFY2(realm, qPrintable(app.lastError()));
            QVERIFY(realm->write(u"own"_s, QByteArray::number(i)));
            realms.push_back(std::move(realm));
        }
        QVERIFY(LocalFileBudget::instance().openCount() <= kBudget);
        QVERIFY(openFilesIn(m_dir.path()).realms <= kBudget);
        for (const auto &realm : realms)
            QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);

        // Another client writes into every realm; each session downloads it.
        for (int i = 0; i < kSessions; ++i) {
            auto writer =
                other.openRealm(otherUser, syncConfig(m_server->url(), u"/budget/s%1"_s.arg(i),
                                                      m_dir.filePath(u"w%1.realm"_s.arg(i))));
            QVERIFY2(writer, qPrintable(other.lastError()));
            QVERIFY(writer->write(u"from-other"_s, QByteArray::number(i)));
            writers.push_back(std::move(writer));
        }
        for (const auto &writer : writers)
            QCOMPARE(settle(writer->syncSession()->uploadAllLocalChanges()), 0);
        for (int i = 0; i < kSessions; ++i) {
            QCOMPARE(settle(realms[i]->syncSession()->downloadAllServerChanges()), 0);
            QCOMPARE(realms[i]->value(u"from-other"_s),
                     std::optional<QByteArray>(QByteArray::number(i)));
            QCOMPARE(realms[i]->value(u"own"_s), std::optional<QByteArray>(QByteArray::number(i)));
            QCOMPARE(settle(writers[i]->syncSession()->downloadAllServerChanges()), 0);
            QCOMPARE(writers[i]->value(u"own"_s), std::optional<QByteArray>(QByteArray::number(i)));
        }
        const OpenFiles files = openFilesIn(m_dir.path());
        QVERIFY2(files.realms <= kBudget, qPrintable(QString::number(files.realms)));
        QVERIFY2(files.all <= 3 * kBudget, qPrintable(QString::number(files.all)));
    }

    void aNewSessionBeyondTheBudgetOpensItsFileOnceUntilDownloaded()
    {
        // Every session beyond the budget opened its file three times before its first
        // download was in: at openRealm, for the client file id the server sent, and for the
        // download. Now the file this session created opens at the download, and the id goes
        // into the file with it. Opens are counted by the kernel (inotify's IN_OPEN on each
        // realm file), not timed.
        constexpr int kBudget = 2;
        constexpr int kSessions = 4 * kBudget;
        BudgetForTest budget(kBudget);
        // Something to download in every realm, written by another client first.
        App writerApp(fastConfig());
        auto writer = writerApp.logIn(token(u"bob"_s));
        QVERIFY(writer);
        std::vector<std::shared_ptr<Realm>> writers;
        for (int i = 0; i < kSessions; ++i) {
            auto realm =
                writerApp.openRealm(writer, syncConfig(m_server->url(), u"/budget/once%1"_s.arg(i),
                                                       m_dir.filePath(u"once-w%1.realm"_s.arg(i))));
            QVERIFY2(realm, qPrintable(writerApp.lastError()));
            QVERIFY(realm->write(u"seed"_s, QByteArray::number(i)));
            QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
            writers.push_back(std::move(realm));
        }

        QTemporaryDir watched;
        QVERIFY(watched.isValid());
        const int watcher = inotify_init1(IN_NONBLOCK);
        QVERIFY(watcher >= 0);
        const auto closeWatcher = qScopeGuard([watcher] { ::close(watcher); });
        QVERIFY(inotify_add_watch(watcher, QFile::encodeName(watched.path()).constData(),
                                  IN_OPEN) >= 0);
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s));
        QVERIFY(user);
        std::vector<std::shared_ptr<Realm>> realms;
        std::vector<QFuture<void>> downloads;
        for (int i = 0; i < kSessions; ++i) {
            auto realm =
                app.openRealm(user, syncConfig(m_server->url(), u"/budget/once%1"_s.arg(i),
                                               watched.filePath(u"once%1.realm"_s.arg(i))));
            QVERIFY2(realm, qPrintable(app.lastError()));
            downloads.push_back(realm->syncSession()->downloadAllServerChanges());
            realms.push_back(std::move(realm));
        }
        for (const QFuture<void> &download : downloads)
            QCOMPARE(settle(download), 0);

        QHash<QString, int> opens;
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t length = ::read(watcher, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                if (event->len)
                    ++opens[QFile::decodeName(event->name)];
                offset += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        for (int i = 0; i < kSessions; ++i) {
            const QString name = u"once%1.realm"_s.arg(i);
            QVERIFY2(opens.value(name) == 1,
                     qPrintable(u"%1 opened %2 times"_s.arg(name).arg(opens.value(name))));
        }
        QVERIFY(LocalFileBudget::instance().openCount() <= kBudget);
        // And every one has its data.
        for (int i = 0; i < kSessions; ++i)
            QCOMPARE(realms[i]->value(u"seed"_s), std::optional<QByteArray>(QByteArray::number(i)));
    }

    void aSessionWhoseFileWasDeletedWhileClosedReportsALocalFileError()
    {
        BudgetForTest budget(1);
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s));
        const QString path = m_dir.filePath(u"resend.realm"_s);
        auto realm = app.openRealm(user, syncConfig(m_server->url(), u"/budget/resend"_s, path));
        QVERIFY2(realm, qPrintable(app.lastError()));
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        realm->syncSession()->pause();
        // More than one UPLOAD holds: the copy in memory is dropped, the upload must read the
        // file (and so must the DOWNLOAD that answers the session's IDENT).
        const QByteArray large(700 * 1024, 'x');
        QVERIFY(realm->write(u"a"_s, large));
        QVERIFY(realm->write(u"b"_s, large));
        auto other = app.openRealm(user, syncConfig(m_server->url(), u"/budget/resend-other"_s,
                                                    m_dir.filePath(u"resend-other.realm"_s)));
        QVERIFY2(other, qPrintable(app.lastError()));
        // A new realm's file opens at its first download.
        QCOMPARE(settle(other->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(openFilesIn(m_dir.path()).realms, 1); // the other one: this realm is closed
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QVERIFY(QFile::remove(path + suffix));

        QSignalSpy errors(realm->syncSession(), &SyncSession::errorOccurred);
        realm->syncSession()->resume();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20'000);
        const auto error = errors.first().first().value<SyncError>();
        QCOMPARE(error.code(), int(ClientErrorCode::LocalFileError));
        QVERIFY2(error.message().contains(u"Cannot open the local file"_s),
                 qPrintable(error.message()));
        QVERIFY(!QFile::exists(path));
    }

    void writesThroughReopenedStoresSurviveAKilledProcess()
    {
        const QString prefix = m_dir.filePath(u"killed"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--budget-write-and-die"_s, prefix, token(u"alice"_s)});
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // it reached the kill

        for (int realm = 0; realm < 3; ++realm) {
            auto store =
                openStore(u"killed%1.realm"_s.arg(realm), u"/budget/killed%1"_s.arg(realm));
            QVERIFY(store);
            QStringList expected;
            for (int round = 0; round < 5; ++round)
                expected << u"k%1"_s.arg(round);
            QCOMPARE(store->keys(), expected);
            QCOMPARE(store->pendingChangesets(0, 1 << 20).size(), 5);
            QCOMPARE(store->lastClientVersion(), 5u);
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--budget-write-and-die") == 0) {
        // Three realms and room for one open file: every write opens its file again and closes
        // the one written before, without a checkpoint. Then killed.
        QCoreApplication app(argc, argv);
        LocalFileBudget::instance().setLimit(1);
        App client(fastConfig());
        auto user = client.logIn(QString::fromUtf8(argv[3]));
        const QString prefix = QString::fromLocal8Bit(argv[2]);
        std::vector<std::shared_ptr<Realm>> realms;
        for (int i = 0; i < 3; ++i) {
            realms.push_back(client.openRealm(
                user, syncConfig(QUrl(u"ws://127.0.0.1:9"_s), u"/budget/killed%1"_s.arg(i),
                                 prefix + QString::number(i) + u".realm"_s)));
            if (!realms.back())
                return 2;
        }
        for (int round = 0; round < 5; ++round) {
            for (const auto &realm : realms) {
                if (!realm->write(u"k%1"_s.arg(round), "durable"))
                    return 3;
            }
        }
        if (LocalFileBudget::instance().openCount() != 1)
            return 4;
        std::raise(SIGKILL);
        return 5;
    }
    QCoreApplication app(argc, argv);
    LocalFileBudgetTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localfilebudget.moc"
