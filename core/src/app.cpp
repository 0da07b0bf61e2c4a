#include <syncscope/app.h>

#include "connectionpool.h"
#include "inspectorserver.h"
#include "localstore.h"
#include "logging.h"
#include "realm_p.h"
#include "syncsession_p.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/realmpath.h>
#include <syncscope/realm.h>
#include <syncscope/user.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace syncscope {

namespace {

// Whether the application's event loop has ended (QCoreApplication::aboutToQuit was emitted):
// a deleteLater() posted after exec() returned never runs.
bool applicationEventLoopEnded()
{
    static QPointer<QCoreApplication> watched;
    static bool ended = false;
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return true;
    if (watched != application) {
        watched = application;
        ended = false;
        QObject::connect(application, &QCoreApplication::aboutToQuit, application,
                         [] { ended = true; });
    }
    return ended;
}

// QObjects handed out in shared_ptrs may lose their last reference inside one of their own
// signals; deleting them later keeps that safe while an event loop runs. Once the
// application's loop has ended (the shared_ptrs of main() go out of scope after
// `return app.exec();`) nothing would run the deferred deletion, so they are deleted at once:
// sessions and realms close their local files and SQLite removes its -wal and -shm files.
template <typename T> std::shared_ptr<T> makeShared(T *object)
{
    applicationEventLoopEnded(); // starts watching while the loop may still run
    return std::shared_ptr<T>(object, [](T *o) {
        if (applicationEventLoopEnded() && QThread::currentThread()->loopLevel() == 0)
            delete o;
        else
            o->deleteLater();
    });
}

} // namespace

class AppPrivate final
{
public:
    struct OpenSession
    {
        QString canonicalPath;
        std::shared_ptr<SyncSession> session;
        std::weak_ptr<Realm> realm;
    };

    AppPrivate(App *q, const ClientConfig &config)
        : q(q)
        , config(config)
        , pool(new detail::ConnectionPool(config, q))
    {}

    std::shared_ptr<Realm> openRealm(const std::shared_ptr<User> &user, const SyncConfig &sync);
    void removeSession(SyncSession *session);
    bool fail(const QString &error)
    {
        lastError = error;
        return false;
    }
    bool validate(const std::shared_ptr<User> &user, const SyncConfig &sync);

    App *q;
    ClientConfig config;
    detail::ConnectionPool *pool;
    std::vector<OpenSession> sessions; // in the order they were opened (allSessions())
    // The same sessions by canonical local path: openRealm() looks every new path up, and a
    // scan of `sessions` comparing paths made opening n realms cost O(n²) string comparisons
    // (a quarter of the client's time while opening 10,000).
    QHash<QString, SyncSession *> sessionsByPath;
    // One User per subject, as in Realm: logging in again revives the same object.
    QHash<QString, std::weak_ptr<User>> users;
    QString lastError;
    detail::InspectorServer *inspector = nullptr; // only while the inspector is on
};

bool AppPrivate::validate(const std::shared_ptr<User> &user, const SyncConfig &sync)
{
    if (!user)
        return fail(App::tr("No user given."));
    if (!user->isLoggedIn())
        return fail(App::tr("The user %1 is logged out.").arg(user->id()));
    // serverUrl is checked even when empty; every further node like it.
    for (const QUrl &url : QList<QUrl>{sync.serverUrl} + sync.additionalServerUrls) {
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != u"ws"_s && scheme != u"wss"_s))
            return fail(App::tr("The server URL must be ws:// or wss://, not \"%1\".")
                            .arg(url.toDisplayString()));
    }
    if (const QString error = protocol::realmPathError(sync.realmPath); !error.isEmpty())
        return fail(App::tr("Invalid realm path \"%1\": %2").arg(sync.realmPath, error));
    if (sync.localPath.isEmpty())
        return fail(App::tr("No local file path given."));
    return true;
}

std::shared_ptr<Realm> AppPrivate::openRealm(const std::shared_ptr<User> &user,
                                             const SyncConfig &sync)
{
    if (!validate(user, sync))
        return nullptr;
    const QFileInfo info(sync.localPath);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(App::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        return nullptr;
    }
    const QString canonical = info.absoluteFilePath();

    auto existing = sessions.end();
    if (SyncSession *open = sessionsByPath.value(canonical)) {
        existing = std::find_if(sessions.begin(), sessions.end(),
                                [&](const OpenSession &s) { return s.session.get() == open; });
    }
    if (existing != sessions.end()) {
        const SyncConfig current = existing->session->config();
        if (current.realmPath != sync.realmPath || current.serverUrls() != sync.serverUrls() ||
            existing->session->user()->id() != user->id()) {
            fail(App::tr("The local file %1 is already open for another realm or user.")
                     .arg(canonical));
            return nullptr;
        }
        auto *session = SyncSessionPrivate::get(existing->session.get());
        lastError.clear();
        if (auto realm = existing->realm.lock(); realm && !realm->isClosed()) {
            session->handleReopen(); // e.g. a session left inactive by a logout
            return realm;
        }
        // Reopened while the session is still uploading what the closed Realm left behind.
        auto d = std::make_unique<RealmPrivate>();
        d->store = session->m_store;
        d->session = existing->session;
        auto realm = makeShared(new Realm(std::move(d)));
        existing->realm = realm;
        session->handleReopen();
        return realm;
    }

    QString error;
    std::shared_ptr<detail::LocalStore> store =
        detail::LocalStore::open(canonical, sync.realmPath, &error);
    if (!store) {
        fail(error);
        return nullptr;
    }
    SyncConfig effective = sync;
    effective.localPath = canonical;
    auto sessionD = std::unique_ptr<SyncSessionPrivate>(
        new SyncSessionPrivate(effective, user, store, config, pool));
    SyncSessionPrivate *sd = sessionD.get();
    auto *rawSession = new SyncSession(std::move(sessionD));
    sd->setPublic(rawSession);
    auto session = makeShared(rawSession);

    auto realmD = std::make_unique<RealmPrivate>();
    realmD->store = store;
    realmD->session = session;
    auto realm = makeShared(new Realm(std::move(realmD)));

    sd->onFinished = [this, rawSession] { removeSession(rawSession); };
    sessions.push_back({canonical, session, realm});
    sessionsByPath.insert(canonical, rawSession);
    lastError.clear();
    Q_EMIT q->sessionAdded(rawSession);
    sd->handleOpen();
    return realm;
}

void AppPrivate::removeSession(SyncSession *session)
{
    auto it = std::find_if(sessions.begin(), sessions.end(),
                           [&](const OpenSession &s) { return s.session.get() == session; });
    if (it == sessions.end())
        return;
    std::shared_ptr<SyncSession> keep = it->session; // alive until the signal was delivered
    sessionsByPath.remove(it->canonicalPath);
    sessions.erase(it);
    Q_EMIT q->sessionRemoved(session);
}

App::App(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<AppPrivate>(this, config))
{
    applicationEventLoopEnded(); // watch for the end of exec() from now on
    if (config.inspectorEnabled || qEnvironmentVariable("SYNCSCOPE_INSPECT") == u"1"_s)
        setInspectorEnabled(true);
}

App::~App()
{
    setInspectorEnabled(false); // undoes what a client set while the sessions still exist
    for (auto &open : d->sessions) {
        auto *session = SyncSessionPrivate::get(open.session.get());
        session->onFinished = nullptr;
        session->handleAppDestroyed();
    }
    d->sessions.clear();
    d->sessionsByPath.clear();
}

ClientConfig App::config() const
{
    return d->config;
}

std::shared_ptr<User> App::logIn(const QString &accessToken)
{
    const auto claims = protocol::peekAccessToken(accessToken);
    if (!claims || claims->subject.isEmpty()) {
        d->lastError = tr("The access token is malformed.");
        return nullptr;
    }
    d->lastError.clear();
    if (std::shared_ptr<User> known = d->users.value(claims->subject).lock()) {
        known->logInAgain(accessToken);
        return known;
    }
    d->users.removeIf([](const auto &entry) { return entry.value().expired(); });
    auto user = makeShared(new User(claims->subject, accessToken));
    d->users.insert(claims->subject, user);
    return user;
}

std::shared_ptr<Realm> App::openRealm(const std::shared_ptr<User> &user, const SyncConfig &config)
{
    return d->openRealm(user, config);
}

QList<SyncSession *> App::allSessions() const
{
    QList<SyncSession *> result;
    for (const auto &open : d->sessions)
        result.append(open.session.get());
    return result;
}

QString App::lastError() const
{
    return d->lastError;
}

bool App::setInspectorEnabled(bool enabled)
{
    if (!enabled) {
        delete std::exchange(d->inspector, nullptr);
        return false;
    }
    if (d->inspector)
        return true;
    auto *inspector = new detail::InspectorServer(
        this,
        [this] {
            QList<std::shared_ptr<User>> users;
            for (const auto &weak : std::as_const(d->users)) {
                if (auto user = weak.lock())
                    users.append(user);
            }
            return users;
        },
        this);
    if (!inspector->start()) {
        d->lastError = inspector->errorString();
        qWarning().noquote() << "syncscope: the inspector did not start:" << d->lastError;
        delete inspector;
        return false;
    }
    d->inspector = inspector;
    return true;
}

bool App::isInspectorEnabled() const
{
    return d->inspector != nullptr;
}

QString App::inspectorSocketPath() const
{
    return d->inspector ? d->inspector->socketPath() : QString();
}

} // namespace syncscope
