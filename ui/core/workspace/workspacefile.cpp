#include "workspace/workspacefile.h"

#include "workspace/jsonlinelocator.h"

#include <syncscope/protocol/realmpath.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace syncscope::monitor {

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Collects the first error with its position; parsing stops there.
class Reader
{
public:
    Reader(const QByteArray &json, const QString &baseDirectory)
        : m_locator(json)
        , m_base(baseDirectory)
    {}

    bool fail(const QString &field, const QString &message)
    {
        m_error.line = m_locator.lineOf(field);
        m_error.field = field;
        m_error.message = message;
        return false;
    }

    bool readString(const QJsonObject &object, const QString &path, const QString &key,
                    bool required, QString *out)
    {
        const QJsonValue value = object.value(key);
        const QString field = join(path, key);
        if (value.isUndefined()) {
            if (required)
                return fail(field,
                            QCoreApplication::translate("WorkspaceFile", "this field is required"));
            return true;
        }
        if (!value.isString())
            return fail(field, QCoreApplication::translate("WorkspaceFile", "must be a string"));
        *out = value.toString();
        if (required && out->trimmed().isEmpty())
            return fail(field, QCoreApplication::translate("WorkspaceFile", "must not be empty"));
        return true;
    }

    // "additionalServerUrls": optional, a list of further node URLs (absent in older files).
    bool readNodeUrls(const QJsonObject &object, const QString &path, QList<QUrl> *out)
    {
        const QString key = QStringLiteral("additionalServerUrls");
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const QString field = join(path, key);
        if (!value.isArray())
            return fail(field, QCoreApplication::translate(
                                   "WorkspaceFile", "must be a list of ws:// or wss:// URLs"));
        const QJsonArray array = value.toArray();
        if (array.size() > WorkspaceFile::kMaxAdditionalServerUrls)
            return fail(field, QCoreApplication::translate("WorkspaceFile",
                                                           "must list at most %1 further nodes")
                                   .arg(WorkspaceFile::kMaxAdditionalServerUrls));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QUrl url(array.at(i).toString(), QUrl::StrictMode);
            if (!array.at(i).isString() || !WorkspaceFile::isServerUrl(url))
                return fail(QStringLiteral("%1[%2]").arg(field).arg(i),
                            QCoreApplication::translate("WorkspaceFile",
                                                        "must be a ws:// or wss:// URL with a "
                                                        "host, e.g. ws://127.0.0.1:7800"));
            out->append(url);
        }
        return true;
    }

    bool readBool(const QJsonObject &object, const QString &path, const QString &key, bool *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(join(path, key),
                        QCoreApplication::translate("WorkspaceFile", "must be true or false"));
        *out = value.toBool();
        return true;
    }

    bool readInt(const QJsonObject &object, const QString &path, const QString &key, qint64 minimum,
                 qint64 maximum, qint64 *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum) ||
            number > double(maximum)) {
            return fail(
                join(path, key),
                QCoreApplication::translate("WorkspaceFile", "must be a whole number from %1 to %2")
                    .arg(minimum)
                    .arg(maximum));
        }
        *out = qint64(number);
        return true;
    }

    bool readTraffic(const QJsonValue &value, const QString &path, TrafficSpec *out)
    {
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(path, QCoreApplication::translate("WorkspaceFile", "must be an object"));
        const QJsonObject object = value.toObject();
        QString kind;
        if (!readString(object, path, QStringLiteral("kind"), true, &kind))
            return false;
        if (kind == u"none")
            out->kind = TrafficSpec::Kind::None;
        else if (kind == u"steady")
            out->kind = TrafficSpec::Kind::Steady;
        else if (kind == u"burst")
            out->kind = TrafficSpec::Kind::Burst;
        else if (kind == u"seed")
            out->kind = TrafficSpec::Kind::Seed;
        else
            return fail(
                path + u".kind",
                QCoreApplication::translate("WorkspaceFile",
                                            "must be \"none\", \"steady\", \"burst\" or \"seed\""));
        qint64 valueBytes = out->valueBytes;
        qint64 intervalMs = out->intervalMs;
        qint64 burstCount = out->burstCount;
        qint64 totalBytes = out->totalBytes;
        // Bounds keep a typo from writing gigabytes or spinning the event loop.
        if (!readInt(object, path, QStringLiteral("valueBytes"), 1, 4 << 20, &valueBytes) ||
            !readInt(object, path, QStringLiteral("intervalMs"), 10, 86'400'000, &intervalMs) ||
            !readInt(object, path, QStringLiteral("burstCount"), 1, 10'000, &burstCount) ||
            !readInt(object, path, QStringLiteral("totalBytes"), 0, qint64(4) << 30, &totalBytes)) {
            return false;
        }
        out->valueBytes = int(valueBytes);
        out->intervalMs = int(intervalMs);
        out->burstCount = int(burstCount);
        out->totalBytes = totalBytes;
        return true;
    }

    bool readSession(const QJsonValue &value, const QString &path, QSet<QString> *names,
                     SessionDefinition *out)
    {
        if (!value.isObject())
            return fail(path, QCoreApplication::translate("WorkspaceFile",
                                                          "each session must be an object"));
        const QJsonObject object = value.toObject();
        QString url;
        if (!readString(object, path, QStringLiteral("name"), true, &out->name) ||
            !readString(object, path, QStringLiteral("serverUrl"), true, &url) ||
            !readString(object, path, QStringLiteral("token"), true, &out->token) ||
            !readString(object, path, QStringLiteral("realmPath"), true, &out->realmPath) ||
            !readString(object, path, QStringLiteral("localPath"), false, &out->localPath) ||
            !readNodeUrls(object, path, &out->additionalServerUrls) ||
            !readBool(object, path, QStringLiteral("expectedToFail"), &out->expectedToFail) ||
            !readBool(object, path, QStringLiteral("freshLocalFile"), &out->freshLocalFile) ||
            !readTraffic(object.value(QStringLiteral("traffic")), path + u".traffic",
                         &out->traffic)) {
            return false;
        }
        if (names->contains(out->name))
            return fail(path + u".name",
                        QCoreApplication::translate("WorkspaceFile",
                                                    "another session already has the name \"%1\"")
                            .arg(out->name));
        names->insert(out->name);
        out->serverUrl = QUrl(url, QUrl::StrictMode);
        if (!WorkspaceFile::isServerUrl(out->serverUrl)) {
            return fail(path + u".serverUrl",
                        QCoreApplication::translate(
                            "WorkspaceFile",
                            "must be a ws:// or wss:// URL with a host, e.g. ws://127.0.0.1:7800"));
        }
        const QString realmError = protocol::realmPathError(out->realmPath);
        if (!realmError.isEmpty())
            return fail(path + u".realmPath", QCoreApplication::translate(
                                                  "WorkspaceFile", "is not a valid realm path: %1")
                                                  .arg(realmError));
        if (!out->localPath.isEmpty() && QDir::isRelativePath(out->localPath))
            out->localPath = QDir(m_base).absoluteFilePath(out->localPath);
        return true;
    }

    std::optional<Workspace> read(const QJsonDocument &document)
    {
        if (!document.isObject()) {
            fail(QString(), QCoreApplication::translate("WorkspaceFile",
                                                        "the file must contain a JSON object"));
            return std::nullopt;
        }
        const QJsonObject root = document.object();
        const QJsonValue version = root.value(QStringLiteral("syncscopeWorkspace"));
        if (version.isUndefined()) {
            fail(QStringLiteral("syncscopeWorkspace"),
                 QCoreApplication::translate("WorkspaceFile",
                                             "this field is required (the format version, %1)")
                     .arg(Workspace::kFormatVersion));
            return std::nullopt;
        }
        if (version.toInt(-1) != Workspace::kFormatVersion) {
            fail(QStringLiteral("syncscopeWorkspace"),
                 QCoreApplication::translate(
                     "WorkspaceFile", "unsupported format version (this monitor reads version %1)")
                     .arg(Workspace::kFormatVersion));
            return std::nullopt;
        }
        Workspace workspace;
        if (!readString(root, QString(), QStringLiteral("title"), false, &workspace.title))
            return std::nullopt;
        const QJsonValue sessions = root.value(QStringLiteral("sessions"));
        if (!sessions.isArray()) {
            fail(QStringLiteral("sessions"),
                 sessions.isUndefined()
                     ? QCoreApplication::translate("WorkspaceFile", "this field is required")
                     : QCoreApplication::translate("WorkspaceFile", "must be a list of sessions"));
            return std::nullopt;
        }
        QSet<QString> names;
        const QJsonArray array = sessions.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            SessionDefinition definition;
            const QString path = QStringLiteral("sessions[%1]").arg(i);
            if (!readSession(array.at(i), path, &names, &definition))
                return std::nullopt;
            workspace.sessions.append(definition);
        }
        return readServers(root, &workspace) ? std::optional(workspace) : std::nullopt;
    }

    // "servers": the syncscope-servers the monitor attaches to (docs/monitor.md).
    bool readServers(const QJsonObject &root, Workspace *workspace)
    {
        const QJsonValue servers = root.value(QStringLiteral("servers"));
        if (servers.isUndefined())
            return true;
        if (!servers.isArray())
            return fail(QStringLiteral("servers"),
                        QCoreApplication::translate("WorkspaceFile", "must be a list of servers"));
        const QJsonArray array = servers.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("servers[%1]").arg(i);
            if (!array.at(i).isObject())
                return fail(path,
                            QCoreApplication::translate("WorkspaceFile", "must be an object"));
            const QJsonObject object = array.at(i).toObject();
            ServerAttachment server;
            QString url;
            if (!readString(object, path, QStringLiteral("url"), true, &url) ||
                !readString(object, path, QStringLiteral("tokenFile"), false, &server.tokenFile) ||
                !readString(object, path, QStringLiteral("token"), false, &server.token))
                return false;
            server.url = QUrl(url);
            if (const QString why = WorkspaceFile::attachmentError(server); !why.isEmpty()) {
                // The URL is checked first: with a good one, the token is what is wrong.
                const bool urlIsBad =
                    !WorkspaceFile::attachmentError({server.url, QStringLiteral("f"), {}})
                         .isEmpty();
                return fail(path + (urlIsBad ? QStringLiteral(".url") : QStringLiteral(".token")),
                            why);
            }
            if (!server.tokenFile.isEmpty() && QFileInfo(server.tokenFile).isRelative())
                server.tokenFile = QDir(m_base).absoluteFilePath(server.tokenFile);
            workspace->servers.append(server);
        }
        return true;
    }

    WorkspaceError error() const { return m_error; }

private:
    JsonLineLocator m_locator;
    QString m_base;
    WorkspaceError m_error;
};

// "field" paths are built as ".name" from an empty root; drop that leading dot.
WorkspaceError tidy(WorkspaceError error)
{
    if (error.field.startsWith(u'.'))
        error.field.remove(0, 1);
    return error;
}

} // namespace

QString trafficKindKey(TrafficSpec::Kind kind)
{
    switch (kind) {
    case TrafficSpec::Kind::None:
        return QStringLiteral("none");
    case TrafficSpec::Kind::Steady:
        return QStringLiteral("steady");
    case TrafficSpec::Kind::Burst:
        return QStringLiteral("burst");
    case TrafficSpec::Kind::Seed:
        return QStringLiteral("seed");
    }
    return {};
}

QString WorkspaceError::toString() const
{
    if (line == 0)
        return message;
    if (field.isEmpty() && column > 0)
        return QCoreApplication::translate("WorkspaceFile", "line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(message);
    if (field.isEmpty())
        return QCoreApplication::translate("WorkspaceFile", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("WorkspaceFile", "line %1, field %2: %3")
        .arg(line)
        .arg(field, message);
}

std::optional<Workspace> WorkspaceFile::parse(const QByteArray &json, const QString &baseDirectory,
                                              WorkspaceError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            const auto [line, column] = JsonLineLocator::lineAndColumn(json, parseError.offset);
            *error =
                WorkspaceError{line, column, QString(),
                               QCoreApplication::translate("WorkspaceFile", "not valid JSON (%1)")
                                   .arg(parseError.errorString())};
        }
        return std::nullopt;
    }
    Reader reader(json, baseDirectory);
    std::optional<Workspace> workspace = reader.read(document);
    if (!workspace && error) {
        // QJsonObject paths come out as ".x" at the root; lineOf handles both forms.
        *error = tidy(reader.error());
    }
    return workspace;
}

std::optional<Workspace> WorkspaceFile::load(const QString &path, WorkspaceError *error)
{
    QFile file(path);
    // Bigger than any list of sessions a person writes; refuse before reading it into memory.
    constexpr qint64 kMaxWorkspaceBytes = 16 << 20;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                WorkspaceError{0, 0, QString(),
                               QCoreApplication::translate("WorkspaceFile", "cannot read %1: %2")
                                   .arg(path, file.errorString())};
        return std::nullopt;
    }
    if (file.size() > kMaxWorkspaceBytes) {
        if (error)
            *error = WorkspaceError{
                0, 0, QString(),
                QCoreApplication::translate("WorkspaceFile",
                                            "%1 is larger than %2 MiB, which no workspace needs")
                    .arg(path)
                    .arg(kMaxWorkspaceBytes >> 20)};
        return std::nullopt;
    }
    const QByteArray json = file.readAll();
    std::optional<Workspace> workspace = parse(json, QFileInfo(path).absolutePath(), error);
    // An operator token acts on every session of a server: unlike a user's token (a warning),
    // one in a file others can read is refused.
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    const bool othersRead = permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
    for (qsizetype i = 0; workspace && othersRead && i < workspace->servers.size(); ++i) {
        if (workspace->servers.at(i).token.isEmpty())
            continue;
        if (error) {
            const QString field = QStringLiteral("servers[%1].token").arg(i);
            *error = WorkspaceError{
                JsonLineLocator(json).lineOf(field), 0, field,
                QCoreApplication::translate(
                    "WorkspaceFile",
                    "an operator token is kept only in a file readable by its owner alone; "
                    "chmod 600 the file or give the token as tokenFile")};
        }
        return std::nullopt;
    }
    return workspace;
}

QByteArray WorkspaceFile::serialize(const Workspace &workspace, const QString &baseDirectory)
{
    const QDir base(baseDirectory);
    QJsonArray sessions;
    for (const SessionDefinition &definition : workspace.sessions) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), definition.name);
        object.insert(QStringLiteral("serverUrl"), definition.serverUrl.toString());
        if (!definition.additionalServerUrls.isEmpty()) { // absent: the format of older files
            QJsonArray nodes;
            for (const QUrl &url : definition.additionalServerUrls)
                nodes.append(url.toString());
            object.insert(QStringLiteral("additionalServerUrls"), nodes);
        }
        object.insert(QStringLiteral("token"), definition.token);
        object.insert(QStringLiteral("realmPath"), definition.realmPath);
        if (!definition.localPath.isEmpty()) {
            const QString relative = base.relativeFilePath(definition.localPath);
            object.insert(QStringLiteral("localPath"), relative.startsWith(QStringLiteral(".."))
                                                           ? definition.localPath
                                                           : relative);
        }
        if (definition.expectedToFail)
            object.insert(QStringLiteral("expectedToFail"), true);
        if (definition.freshLocalFile)
            object.insert(QStringLiteral("freshLocalFile"), true);
        if (definition.traffic.kind != TrafficSpec::Kind::None) {
            const TrafficSpec &t = definition.traffic;
            QJsonObject traffic;
            traffic.insert(QStringLiteral("kind"), trafficKindKey(t.kind));
            traffic.insert(QStringLiteral("valueBytes"), t.valueBytes);
            if (t.kind != TrafficSpec::Kind::Seed)
                traffic.insert(QStringLiteral("intervalMs"), t.intervalMs);
            if (t.kind == TrafficSpec::Kind::Burst)
                traffic.insert(QStringLiteral("burstCount"), t.burstCount);
            if (t.kind == TrafficSpec::Kind::Seed)
                traffic.insert(QStringLiteral("totalBytes"), t.totalBytes);
            object.insert(QStringLiteral("traffic"), traffic);
        }
        sessions.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("syncscopeWorkspace"), Workspace::kFormatVersion);
    if (!workspace.title.isEmpty())
        root.insert(QStringLiteral("title"), workspace.title);
    root.insert(QStringLiteral("sessions"), sessions);
    if (!workspace.servers.isEmpty()) {
        QJsonArray servers;
        for (const ServerAttachment &server : workspace.servers) {
            QJsonObject object{{QStringLiteral("url"), server.url.toString()}};
            if (!server.tokenFile.isEmpty())
                object.insert(QStringLiteral("tokenFile"), server.tokenFile);
            else
                object.insert(QStringLiteral("token"), server.token);
            servers.append(object);
        }
        root.insert(QStringLiteral("servers"), servers);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool WorkspaceFile::save(const Workspace &workspace, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("WorkspaceFile", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    // The file holds bearer tokens: only its owner may read it, whatever the umask says (and
    // whatever the file it replaces allowed).
    if (!file.setPermissions(kPrivatePermissions)) {
        if (error)
            *error = QCoreApplication::translate("WorkspaceFile", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.write(serialize(workspace, QFileInfo(path).absolutePath()));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("WorkspaceFile", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString WorkspaceFile::permissionWarning(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    if (!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        return {};
    return QCoreApplication::translate("WorkspaceFile",
                                       "%1 holds access tokens but other users can read it; "
                                       "restrict it to yourself (chmod 600) or save it again.")
        .arg(QDir::toNativeSeparators(path));
}

QString WorkspaceFile::attachmentError(const ServerAttachment &server)
{
    const QString scheme = server.url.scheme();
    if (!server.url.isValid() || (scheme != u"ws" && scheme != u"wss") ||
        server.url.host().isEmpty())
        return QCoreApplication::translate("WorkspaceFile",
                                           "the server must be a ws:// or wss:// URL with a host, "
                                           "its --operator-listen address");
    if (server.tokenFile.isEmpty() == server.token.trimmed().isEmpty())
        return QCoreApplication::translate("WorkspaceFile",
                                           "give the operator token either as tokenFile or as "
                                           "token, not both or neither");
    return {};
}

bool WorkspaceFile::isServerUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"ws" || scheme == u"wss") && !url.host().isEmpty();
}

WorkspaceFile::Field WorkspaceFile::definitionErrorField(const SessionDefinition &d)
{
    // The same order of checks as definitionError().
    if (d.name.trimmed().isEmpty())
        return Field::Name;
    if (!isServerUrl(d.serverUrl))
        return Field::Server;
    if (d.additionalServerUrls.size() > kMaxAdditionalServerUrls ||
        !std::all_of(d.additionalServerUrls.cbegin(), d.additionalServerUrls.cend(), isServerUrl))
        return Field::Nodes;
    if (d.token.trimmed().isEmpty())
        return Field::Token;
    if (!protocol::realmPathError(d.realmPath).isEmpty())
        return Field::Realm;
    return Field::None;
}

QString WorkspaceFile::definitionError(const SessionDefinition &d)
{
    if (d.name.trimmed().isEmpty())
        return QCoreApplication::translate("WorkspaceFile", "The name must not be empty.");
    if (!isServerUrl(d.serverUrl))
        return QCoreApplication::translate("WorkspaceFile",
                                           "The server URL must be a ws:// or wss:// URL with a "
                                           "host, e.g. ws://127.0.0.1:7800.");
    if (d.additionalServerUrls.size() > kMaxAdditionalServerUrls)
        return QCoreApplication::translate("WorkspaceFile",
                                           "At most %1 further server nodes can be given.")
            .arg(kMaxAdditionalServerUrls);
    for (const QUrl &node : d.additionalServerUrls) {
        if (!isServerUrl(node))
            return QCoreApplication::translate("WorkspaceFile",
                                               "The further server node \"%1\" is not a ws:// or "
                                               "wss:// URL with a host.")
                .arg(node.toString());
    }
    if (d.token.trimmed().isEmpty())
        return QCoreApplication::translate("WorkspaceFile", "The access token must not be empty.");
    const QString realmError = protocol::realmPathError(d.realmPath);
    if (!realmError.isEmpty())
        return QCoreApplication::translate("WorkspaceFile", "The realm path is not valid: %1")
            .arg(realmError);
    return {};
}

} // namespace syncscope::monitor
