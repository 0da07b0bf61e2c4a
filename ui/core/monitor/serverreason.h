#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace syncscope::monitor {

// The reason of an ERROR a server sent (codes 100–299 of docs/protocol.md) in the monitor's
// language. The wire carries the server's own text, in the server's language (English for a
// server started without a locale): the same version's reasons are recognised by their English
// or translated wording and translated again here with their details ("the access token of
// "bob" does not grant…"); anything else gets the translated meaning of its code, followed by
// the server's words.
class ServerReason final
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::monitor::ServerReason)

public:
    static bool isServerCode(int code) { return code >= 100 && code < 300; }
    // The text to show for `reason` of `code`; other codes' messages come back unchanged.
    static QString localized(int code, const QString &reason);
    // What a code means, translated ("the server refused the access token"); empty when the
    // code is not one of docs/protocol.md.
    static QString meaning(int code);

    // The server's and protocol's messages recognised on the wire: their translation context
    // and English source. tst_serverreasons keeps it in step with the catalogues.
    struct Template
    {
        const char *context;
        const char *source;
    };
    static QList<Template> templates();
    // The codes of docs/protocol.md.
    static QList<int> knownCodes();

private:
    static QString describe(int code, const QString &reason);
};

} // namespace syncscope::monitor
