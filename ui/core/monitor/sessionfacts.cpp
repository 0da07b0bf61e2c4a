#include "monitor/sessionfacts.h"

#include "monitor/serverreason.h"

#include <QCoreApplication>

namespace syncscope::monitor {

QString SessionError::text() const
{
    if (isEmpty())
        return {};
    if (code == 0)
        return message;
    return QCoreApplication::translate("SessionError", "%1 (code %2)")
        .arg(localizedMessage())
        .arg(code);
}

QString SessionFacts::currentNodeText() const
{
    if (currentServerUrl.isEmpty())
        return {};
    const QString host = currentServerUrl.host();
    return currentServerUrl.port() > 0 ? host + u':' + QString::number(currentServerUrl.port())
                                       : host;
}

QString SessionFacts::nodesDescription() const
{
    QStringList nodes{serverUrl.toDisplayString()};
    for (const QUrl &url : additionalServerUrls)
        nodes.append(url.toDisplayString());
    const QString inUse = currentServerUrl.isEmpty()
                              ? QCoreApplication::translate("SessionFacts", "none (not syncing)")
                              : currentServerUrl.toDisplayString();
    return QCoreApplication::translate("SessionFacts", "Server nodes: %1\nIn use: %2")
        .arg(nodes.join(QStringLiteral(", ")), inUse);
}

QString SessionError::localizedMessage() const
{
    return ServerReason::localized(code, message);
}

} // namespace syncscope::monitor
