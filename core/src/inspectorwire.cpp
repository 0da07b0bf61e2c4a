#include "inspectorwire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace syncscope::detail::inspectorwire {

QByteArray encode(const QJsonObject &message)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(kHeaderSize, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), frame.data());
    frame.append(body);
    return frame;
}

QString folder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QString() : runtime + u"/syncscope-inspector"_s;
}

qsizetype FrameReader::room() const
{
    if (m_buffer.size() < kHeaderSize)
        return kHeaderSize + m_limit - m_buffer.size();
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    return std::max<qsizetype>(0, kHeaderSize + qsizetype(length) - m_buffer.size());
}

std::optional<QJsonObject> FrameReader::next()
{
    if (hasFailed() || m_buffer.size() < kHeaderSize)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (qsizetype(length) > m_limit) {
        m_error = QCoreApplication::translate("syncscope::Inspector",
                                              "Message of %1 bytes exceeds the limit of %2 bytes")
                      .arg(length)
                      .arg(m_limit);
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < kHeaderSize + qsizetype(length))
        return std::nullopt;
    const QByteArray body = m_buffer.mid(kHeaderSize, length);
    m_buffer.remove(0, kHeaderSize + length);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_error =
            QCoreApplication::translate("syncscope::Inspector", "Message is not a JSON object: %1")
                .arg(parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("syncscope::Inspector", "not an object"));
        m_buffer.clear();
        return std::nullopt;
    }
    return document.object();
}

QJsonObject errorToJson(const SyncError &error)
{
    return {
        {u"code"_s, error.code()}, {u"message"_s, error.message()}, {u"fatal"_s, error.isFatal()}};
}

SyncError errorFromJson(const QJsonObject &object)
{
    return SyncError(object.value(u"code"_s).toInt(), object.value(u"message"_s).toString(),
                     object.value(u"fatal"_s).toBool());
}

QJsonObject conditionsToJson(const NetworkConditions &conditions)
{
    return {{u"uploadBytesPerSecond"_s, double(conditions.uploadBytesPerSecond)},
            {u"downloadBytesPerSecond"_s, double(conditions.downloadBytesPerSecond)},
            {u"addedLatencyMs"_s, double(conditions.addedLatency.count())},
            {u"offline"_s, conditions.offline}};
}

std::optional<NetworkConditions> conditionsFromJson(const QJsonObject &object, QString *why)
{
    // Up to 10 GB/s and an hour of latency: beyond that a value is a mistake, not a network.
    constexpr double kMaxRate = 1e10;
    constexpr double kMaxLatencyMs = 3'600'000;
    const double up = object.value(u"uploadBytesPerSecond"_s).toDouble(0);
    const double down = object.value(u"downloadBytesPerSecond"_s).toDouble(0);
    const double latency = object.value(u"addedLatencyMs"_s).toDouble(0);
    if (!(up >= 0 && up <= kMaxRate) || !(down >= 0 && down <= kMaxRate) ||
        !(latency >= 0 && latency <= kMaxLatencyMs)) {
        *why = QCoreApplication::translate(
            "syncscope::Inspector",
            "Network conditions out of range (rates 0–10 GB/s, latency 0–3,600,000 ms)");
        return std::nullopt;
    }
    NetworkConditions conditions;
    conditions.uploadBytesPerSecond = quint64(up);
    conditions.downloadBytesPerSecond = quint64(down);
    conditions.addedLatency = std::chrono::milliseconds(qint64(latency));
    conditions.offline = object.value(u"offline"_s).toBool(false);
    return conditions;
}

QString timeToJson(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace syncscope::detail::inspectorwire
