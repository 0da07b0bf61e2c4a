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

QString SessionError::localizedMessage() const
{
    return ServerReason::localized(code, message);
}

} // namespace syncscope::monitor
