#include "clusterlistener.h"

#include "postgresconninfo.h"

#include "logging.h"
#include "postgresrealmstorage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace syncscope::server {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::ClusterListener)
};

QString uniqueListenerName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("syncscope-listener-%1").arg(counter.fetch_add(1));
}

} // namespace

// The listener's thread side: owns the LISTEN connection and its health check.
class ClusterListenerWorker final : public QObject
{
public:
    ClusterListenerWorker(ClusterListener *owner, QString conninfo, QString password,
                          QString nodeId, std::chrono::milliseconds checkInterval)
        : m_owner(owner)
        , m_conninfo(std::move(conninfo))
        , m_password(std::move(password))
        , m_nodeId(std::move(nodeId))
        , m_connectionName(uniqueListenerName())
    {
        m_check.setParent(this);
        m_check.setInterval(checkInterval);
        QObject::connect(&m_check, &QTimer::timeout, this, [this] { check(); });
    }

    ~ClusterListenerWorker() override { disconnectNow(); }

    bool begin(QString *error)
    {
        m_check.start();
        return listen(error);
    }

private:
    bool listen(QString *error)
    {
        disconnectNow();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
            db.setConnectOptions(
                postgresConnectOptions(m_conninfo, QStringLiteral("syncscope-listener")));
            db.setPassword(m_password);
            if (!db.open()) {
                *error = Text::tr("cannot connect to PostgreSQL: %1").arg(db.lastError().text());
                return false;
            }
            if (!db.driver()->subscribeToNotification(
                    QString::fromLatin1(PostgresRealmStorage::kHeadsChannel))) {
                *error = Text::tr("cannot LISTEN for other nodes' changes: %1")
                             .arg(db.driver()->lastError().text());
                return false;
            }
            QObject::connect(db.driver(), &QSqlDriver::notification, this,
                             [this](const QString &, QSqlDriver::NotificationSource,
                                    const QVariant &payload) { notified(payload.toString()); });
        }
        m_listening = true;
        return true;
    }

    void disconnectNow()
    {
        m_listening = false;
        if (!QSqlDatabase::contains(m_connectionName))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    // A dead listener must not silently stop fan-out: probe it, reopen it when it is gone.
    void check()
    {
        if (m_listening) {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            QSqlQuery probe(db);
            if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
                return;
            qCWarning(lcStorage).noquote()
                << "PostgreSQL: the listening connection is lost:" << probe.lastError().text();
        }
        QString error;
        if (!listen(&error)) {
            qCWarning(lcStorage).noquote() << "PostgreSQL: listening again failed:" << error;
            return;
        }
        qCInfo(lcStorage).noquote() << "PostgreSQL: listening again";
        // Whatever was committed while nobody listened is found by reading the heads.
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner] { owner->m_resubscribed(); }, Qt::QueuedConnection);
    }

    void notified(const QString &payload)
    {
        QHash<qint64, quint64> heads = ClusterListener::parsePayload(payload, m_nodeId);
        if (heads.isEmpty())
            return;
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, heads = std::move(heads)] { owner->m_heads(heads); },
            Qt::QueuedConnection);
    }

    ClusterListener *m_owner;
    QString m_conninfo;
    QString m_password;
    QString m_nodeId;
    QString m_connectionName;
    QTimer m_check;
    bool m_listening = false;
};

ClusterListener::ClusterListener(HeadsCallback heads, ResubscribedCallback resubscribed,
                                 QObject *parent)
    : QObject(parent)
    , m_heads(std::move(heads))
    , m_resubscribed(std::move(resubscribed))
{}

ClusterListener::~ClusterListener()
{
    stop();
}

bool ClusterListener::start(const QString &conninfo, const QString &password, const QString &nodeId,
                            std::chrono::milliseconds checkInterval, QString *error)
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("syncscope-listener"));
    m_worker = new ClusterListenerWorker(this, conninfo, password, nodeId, checkInterval);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    bool listening = false;
    QString why;
    QMetaObject::invokeMethod(
        m_worker, [this, &listening, &why] { listening = m_worker->begin(&why); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        *error = why;
        return false;
    }
    return true;
}

void ClusterListener::stop()
{
    if (!m_thread)
        return;
    // Deleted on its own thread: its connection and timer belong there.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    // Hints not delivered yet are dropped: the server that would use them is stopping.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

QHash<qint64, quint64> ClusterListener::parsePayload(const QString &payload, const QString &ownNode)
{
    QHash<qint64, quint64> heads;
    const QStringList items = payload.split(u' ', Qt::SkipEmptyParts);
    if (items.isEmpty() || items.first() == ownNode)
        return heads;
    for (qsizetype i = 1; i < items.size(); ++i) {
        const qsizetype colon = items.at(i).indexOf(u':');
        bool realmOk = false;
        bool headOk = false;
        const qint64 realm = items.at(i).left(colon).toLongLong(&realmOk);
        const quint64 head = items.at(i).mid(colon + 1).toULongLong(&headOk);
        if (colon > 0 && realmOk && headOk)
            heads.insert(realm, std::max(head, heads.value(realm)));
    }
    return heads;
}

} // namespace syncscope::server
