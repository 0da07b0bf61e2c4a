#include "storedoperations.h"

#include <QDataStream>
#include <QIODevice>

namespace syncscope::detail {

std::optional<QList<protocol::Operation>> decodeFormat1Operations(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    in >> count;
    // Each operation takes at least 9 bytes (kind + two length prefixes): reject absurd counts
    // before reserving anything.
    if (in.status() != QDataStream::Ok || count > quint32(bytes.size() / 9 + 1))
        return std::nullopt;
    QList<protocol::Operation> operations;
    operations.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint8 kind = 0;
        protocol::Operation op;
        in >> kind >> op.key >> op.value;
        if (kind != quint8(protocol::Operation::Kind::Set) &&
            kind != quint8(protocol::Operation::Kind::Remove))
            return std::nullopt;
        op.kind = protocol::Operation::Kind(kind);
        operations.append(op);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return operations;
}

} // namespace syncscope::detail
