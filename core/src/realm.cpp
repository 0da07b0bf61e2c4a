#include "realm_p.h"

#include "localstore.h"
#include "syncsession_p.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>

namespace syncscope {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::Realm)
};

} // namespace

Realm::Realm(std::unique_ptr<RealmPrivate> dd)
    : d(std::move(dd))
{
    SyncSessionPrivate::get(d->session.get())->onDataChanged = [this](const QStringList &keys) {
        Q_EMIT changed(keys);
    };
}

Realm::~Realm()
{
    close();
}

static bool commit(RealmPrivate &d, const protocol::Operation &operation)
{
    if (d.closed) {
        d.lastError = Text::tr("The realm is closed.");
        return false;
    }
    // Within the bounds every server accepts (its default message limit is 8 MiB): refusing
    // here keeps an unacceptable change from ever reaching the upload queue.
    struct
    {
        qsizetype maxKeyBytes = protocol::DecodeLimits().maxKeyBytes;
        qsizetype maxValueBytes = 4 * 1024 * 1024;
    } limits;
    if (operation.key.isEmpty()) {
        d.lastError = Text::tr("A key must not be empty.");
        return false;
    }
    if (operation.key.toUtf8().size() > limits.maxKeyBytes) {
        d.lastError = Text::tr("The key is longer than %1 bytes.").arg(limits.maxKeyBytes);
        return false;
    }
    if (operation.value.size() > limits.maxValueBytes) {
        d.lastError = Text::tr("The value is larger than %1 bytes.").arg(limits.maxValueBytes);
        return false;
    }
    QString error;
    if (!d.store->commitLocal({operation}, &error)) {
        d.lastError = error;
        return false;
    }
    d.lastError.clear();
    SyncSessionPrivate::get(d.session.get())->localChangesCommitted();
    return true;
}

bool Realm::write(const QString &key, const QByteArray &value)
{
    return commit(*d, protocol::Operation{protocol::Operation::Kind::Set, key, value});
}

bool Realm::remove(const QString &key)
{
    return commit(*d, protocol::Operation{protocol::Operation::Kind::Remove, key, {}});
}

std::optional<QByteArray> Realm::value(const QString &key) const
{
    return d->store->value(key);
}

QStringList Realm::keys() const
{
    return d->store->keys();
}

SyncSession *Realm::syncSession() const
{
    return d->session.get();
}

void Realm::close()
{
    if (d->closed)
        return;
    d->closed = true;
    auto *session = SyncSessionPrivate::get(d->session.get());
    session->onDataChanged = nullptr;
    session->handleClose();
}

bool Realm::isClosed() const
{
    return d->closed;
}

QString Realm::lastError() const
{
    return d->lastError;
}

} // namespace syncscope
