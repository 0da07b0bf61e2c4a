#include <syncscope/testsupport/postgrescluster.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace syncscope::testsupport {

namespace {

constexpr int kPort = 5432; // of the socket file name only: nothing listens on TCP

QString binDirectory()
{
    // Debian keeps the server binaries out of PATH, one directory per major version.
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(found)) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) &&
            QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Short, so the socket path stays under the 107 bytes a Unix socket name may have.
QString temporaryTemplate()
{
    const QString base = QDir::tempPath().size() <= 60 ? QDir::tempPath() : QStringLiteral("/tmp");
    return base + QStringLiteral("/syncscope-pg-XXXXXX");
}

// The test process that owns a cluster, written next to its data so that a later fixture can
// tell an orphan from a cluster in use.
const QString kOwnerFile = QStringLiteral("owner.pid");

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

} // namespace

void PostgresCluster::stopOrphans()
{
    // A test process killed by a timeout or a crash runs no destructor: its server would keep
    // running (and its directory stay) until someone stops it. The next fixture does.
    const QDir base(QFileInfo(temporaryTemplate()).absolutePath());
    const QStringList candidates =
        base.entryList({QStringLiteral("syncscope-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : candidates) {
        const QDir directory(base.filePath(name));
        QFile owner(directory.filePath(kOwnerFile));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not one of ours, or still being set up
        // Written whole or not at all (QSaveFile below); a pid that does not parse is never
        // taken for a dead owner.
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || pid == QCoreApplication::applicationPid() || processAlive(pid))
            continue;
        QProcess stop;
        stop.setWorkingDirectory(directory.path());
        const QString pgCtl = binDirectory() + QStringLiteral("/pg_ctl");
        const QStringList arguments{
            QStringLiteral("-D"), directory.filePath(QStringLiteral("data")),
            QStringLiteral("-m"), QStringLiteral("immediate"),
            QStringLiteral("-w"), QStringLiteral("stop")};
        if (runningAsRoot())
            stop.start(QStringLiteral("runuser"),
                       QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                   QStringLiteral("--"), pgCtl} +
                           arguments);
        else
            stop.start(pgCtl, arguments);
        stop.waitForFinished(60'000);
        QDir(directory).removeRecursively();
    }
}

PostgresCluster::PostgresCluster()
    : m_directory(temporaryTemplate())
{}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        stop();
}

QString PostgresCluster::unavailableReason()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
    if (binDirectory().isEmpty())
        return QStringLiteral("PostgreSQL's initdb/pg_ctl are not installed (postgresql-15)");
    if (runningAsRoot() && !::getpwnam("postgres"))
        return QStringLiteral("running as root, but there is no postgres user to run them as");
    return {};
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, QString *output,
                          int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString binary = binDirectory() + u'/' + program;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), binary} +
                          arguments);
    else
        process.start(binary, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresCluster::start(QString *error)
{
    QString why;
    const auto fail = [&](const QString &what) {
        if (error)
            *error = what + QStringLiteral(": ") + why;
        return false;
    };
    if (m_running)
        return true;
    if (!unavailableReason().isEmpty()) {
        why = unavailableReason();
        return fail(QStringLiteral("PostgreSQL is not available"));
    }
    if (!m_directory.isValid()) {
        why = m_directory.errorString();
        return fail(QStringLiteral("no temporary directory"));
    }
    if (!m_initialized) {
        stopOrphans();
        // Renamed into place once written: a fixture starting in another test process at this
        // moment must never read it empty, take this cluster for an orphan and delete it
        // (initdb then failed with "could not identify current directory").
        QSaveFile owner(m_directory.filePath(kOwnerFile));
        if (!owner.open(QIODevice::WriteOnly) ||
            owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0 ||
            !owner.commit()) {
            why = owner.errorString();
            return fail(QStringLiteral("cannot write the owner file"));
        }
        if (runningAsRoot()) {
            const passwd *postgres = ::getpwnam("postgres");
            if (::chown(QFile::encodeName(m_directory.path()).constData(), postgres->pw_uid,
                        postgres->pw_gid) != 0) {
                why = QString::fromLocal8Bit(strerror(errno));
                return fail(QStringLiteral("cannot give the directory to postgres"));
            }
        }
        // trust: only whoever can reach the socket in this private directory connects.
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                  QStringLiteral("syncscope"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync")},
                 &why, 180'000))
            return fail(QStringLiteral("initdb failed"));
        m_initialized = true;
    }
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=on"
                                           " -c shared_buffers=16MB -c max_connections=60"
                                           " -c idle_in_transaction_session_timeout=60s")
                                .arg(m_directory.path())
                                .arg(kPort);
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")),
              QStringLiteral("-l"), m_directory.filePath(QStringLiteral("log")),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("180"),
              QStringLiteral("-o"), options, QStringLiteral("start")},
             &why, 200'000)) {
        why += log();
        return fail(QStringLiteral("pg_ctl start failed"));
    }
    m_running = true;
    return true;
}

bool PostgresCluster::stop(bool immediate)
{
    if (!m_running)
        return true;
    QString output;
    const bool stopped = run(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")), QStringLiteral("-m"),
         immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
         QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("stop")},
        &output, 150'000);
    if (stopped)
        m_running = false;
    else
        qWarning("pg_ctl stop failed: %s", qPrintable(output));
    return stopped;
}

QString PostgresCluster::log() const
{
    QFile file(m_directory.filePath(QStringLiteral("log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

QString PostgresCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=syncscope dbname=%3")
        .arg(m_directory.path())
        .arg(kPort)
        .arg(database);
}

QSqlDatabase PostgresCluster::connect(const QString &database, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QPSQL"),
        QStringLiteral("test-postgres-%1-%2").arg(quintptr(this)).arg(m_connections++));
    db.setConnectOptions(conninfo(database));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return QSqlDatabase();
    }
    return db;
}

bool PostgresCluster::createDatabase(const QString &name, QString *error)
{
    bool created = false;
    QString connectionName;
    {
        QSqlDatabase db = connect(QStringLiteral("postgres"), error);
        if (!db.isValid())
            return false;
        connectionName = db.connectionName();
        QSqlQuery query(db);
        // Identifiers cannot be bound; the tests' names are plain words.
        created = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
        if (!created && error)
            *error = query.lastError().text();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return created;
}

PostgresCluster *PostgresCluster::shared(QString *error)
{
    static PostgresCluster *cluster = nullptr;
    static QString failure;
    if (!cluster && failure.isEmpty()) {
        auto *started = new PostgresCluster;
        if (started->start(&failure)) {
            cluster = started;
            // Stopped while the application still exists, since stopping runs a process.
            qAddPostRoutine([] {
                delete cluster;
                cluster = nullptr;
            });
        } else {
            delete started;
        }
    }
    if (!cluster && error)
        *error = failure;
    return cluster;
}

} // namespace syncscope::testsupport

namespace syncscope::testsupport {

QString PostgresCluster::sharedDatabaseFor(const QString &dataDir, QString *error)
{
    static QSet<QString> created;
    PostgresCluster *cluster = shared(error);
    if (!cluster)
        return {};
    const QString name =
        QStringLiteral("d") +
        QString::fromLatin1(QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex());
    if (!created.contains(name)) {
        if (!cluster->createDatabase(name, error))
            return {};
        created.insert(name);
    }
    return cluster->conninfo(name);
}

bool PostgresCluster::testsUseShared()
{
    return qEnvironmentVariableIntValue("SYNCSCOPE_TEST_POSTGRES") != 0;
}

} // namespace syncscope::testsupport
