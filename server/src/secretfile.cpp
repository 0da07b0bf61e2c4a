#include <syncscope/server/secretfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <array>

namespace syncscope::server {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::SecretFile)
};

constexpr qint64 kMaxSecretBytes = 64 * 1024;

} // namespace

QByteArray loadOrCreateSecret(const QString &path, QString *error, bool *created)
{
    if (created)
        *created = false;
    QString ignored;
    QString &why = error ? *error : ignored;
    if (path.isEmpty()) {
        why = Text::tr("no secret file given");
        return {};
    }

    QFile file(path);
    if (!file.exists()) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            why = Text::tr("cannot create the directory \"%1\" for the secret file").arg(dir);
            return {};
        }
        // NewOnly + permissions at creation: the secret is never readable by others, not even
        // for a moment, and a concurrently created file is not overwritten.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (!file.exists()) {
                why = Text::tr("cannot create the secret file \"%1\": %2")
                          .arg(path, file.errorString());
                return {};
            }
            // Lost a race with another process creating it: read theirs below.
        } else {
            std::array<quint32, kGeneratedSecretBytes / sizeof(quint32)> words;
            QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
            const QByteArray secret(reinterpret_cast<const char *>(words.data()),
                                    kGeneratedSecretBytes);
            if (file.write(secret) != secret.size() || !file.flush()) {
                why = Text::tr("cannot write the secret file \"%1\": %2")
                          .arg(path, file.errorString());
                file.close();
                file.remove();
                return {};
            }
            file.close();
            if (created)
                *created = true;
            return secret;
        }
    }

    if (QFileInfo(path).isDir()) {
        why = Text::tr("the secret file \"%1\" is a directory").arg(path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        why = Text::tr("cannot read the secret file \"%1\": %2").arg(path, file.errorString());
        return {};
    }
    // Only the owner may read the secret: anyone else who can could mint tokens for any user.
    // A symlink is followed, and its target's permissions are what counts.
    constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (QFileInfo(path).permissions() & kOthers) {
        why = Text::tr("the secret file \"%1\" may be read or changed by other users; allow only "
                       "its owner (chmod 600 \"%1\")")
                  .arg(path);
        return {};
    }
    if (file.size() > kMaxSecretBytes) {
        why = Text::tr("the secret file \"%1\" is larger than %2 bytes")
                  .arg(path)
                  .arg(kMaxSecretBytes);
        return {};
    }
    const QByteArray secret = file.readAll();
    if (secret.isEmpty()) {
        why = Text::tr("the secret file \"%1\" is empty").arg(path);
        return {};
    }
    if (secret.size() < kMinSecretBytes) {
        why = Text::tr("the secret in \"%1\" has %2 bytes; at least %3 are needed (delete the "
                       "file to have a random one created)")
                  .arg(path)
                  .arg(secret.size())
                  .arg(kMinSecretBytes);
        return {};
    }
    return secret;
}

} // namespace syncscope::server
