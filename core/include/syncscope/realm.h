#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace syncscope {

class SyncSession;
class RealmPrivate;

// The local file. Its session lives while it is open.
class Realm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Realm)

public:
    ~Realm() override;

    bool write(const QString &key, const QByteArray &value); // durable on disk when it returns
    bool remove(const QString &key);
    std::optional<QByteArray> value(const QString &key) const;
    QStringList keys() const;
    SyncSession *syncSession() const;
    void close(); // the session uploads what is outstanding, then becomes Inactive
    bool isClosed() const;
    QString lastError() const; // why the last write() or remove() failed

Q_SIGNALS:
    void changed(const QStringList &keys); // after downloaded changes were applied

private:
    friend class AppPrivate;
    explicit Realm(std::unique_ptr<RealmPrivate> d);
    std::unique_ptr<RealmPrivate> d;
};

} // namespace syncscope
