#include "monitor/sessionfacts.h"

#include <QCoreApplication>

namespace syncscope::monitor {

QString SessionError::text() const
{
    if (isEmpty())
        return {};
    if (code == 0)
        return message;
    return QCoreApplication::translate("SessionError", "%1 (code %2)").arg(message).arg(code);
}

} // namespace syncscope::monitor
