#pragma once

#include "workspace/workspace.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <optional>

namespace syncscope::monitor {

// Why a workspace file was refused: where, which field, and what is wrong with it.
struct WorkspaceError
{
    int line = 0;    // 1-based, 0 when the file could not be read at all
    int column = 0;  // 1-based for syntax errors, else 0
    QString field;   // e.g. "sessions[2].realmPath", empty for syntax errors
    QString message; // translated

    QString toString() const; // "line 7, field sessions[2].realmPath: ..."
};

// Reads and writes the workspace JSON documented in docs/monitor.md. Reading never changes the
// file; writing goes through QSaveFile, so a failed save leaves the old file as it was. The file
// holds bearer tokens, so it is written readable by its owner only (0600).
class WorkspaceFile final
{
public:
    static constexpr QFileDevice::Permissions kPrivatePermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // baseDirectory resolves relative local paths (the folder of the file).
    static std::optional<Workspace> parse(const QByteArray &json, const QString &baseDirectory,
                                          WorkspaceError *error);
    static std::optional<Workspace> load(const QString &path, WorkspaceError *error);

    // Local paths inside baseDirectory are written relative to it.
    static QByteArray serialize(const Workspace &workspace, const QString &baseDirectory);
    static bool save(const Workspace &workspace, const QString &path, QString *error);
    // A translated warning when users other than the owner can read the file at `path` (its
    // tokens are exposed); empty when only the owner can.
    static QString permissionWarning(const QString &path);

    // What is wrong with a session typed into the Add session dialog; empty when it is fine.
    static QString definitionError(const SessionDefinition &definition);
    // What is wrong with a server to attach to (URL, exactly one of token file and token);
    // empty when it is fine.
    static QString attachmentError(const ServerAttachment &server);
    // Which field definitionError() is about, so a form can put the focus there.
    enum class Field { None, Name, Server, Nodes, Token, Realm };
    // A ws:// or wss:// URL with a host: what serverUrl and every further node must be.
    static bool isServerUrl(const QUrl &url);
    // Further nodes per session: a bound on what a file can make the monitor try.
    static constexpr int kMaxAdditionalServerUrls = 16;
    static Field definitionErrorField(const SessionDefinition &definition);
};

} // namespace syncscope::monitor
