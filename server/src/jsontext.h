#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace syncscope::server {

// Writes compact JSON text straight into a byte array. The operator stream sends the facts of
// every session several times a minute: building QJsonObjects for 10,000 sessions and then
// serialising them took the server's event loop ~10 µs a session, blocking acknowledgements
// for ~15 ms a page; this writer takes a fraction of that. Callers keep keys unique.
class JsonText
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // Starts a member of the enclosing object; its value follows.
    void key(QLatin1StringView name);

    void value(const QString &text);
    void value(QLatin1StringView text); // ASCII only
    void value(quint64 number);
    void value(qint64 number);
    void value(bool flag);
    void null();
    // A time as ISO 8601 in UTC with milliseconds ("2026-12-06T09:05:00.120Z"); an invalid
    // time as null, or as "" when `emptyIfInvalid`.
    void time(const QDateTime &time, bool emptyIfInvalid = false);
    // Already rendered JSON (an array or object from elsewhere) as the next value.
    void raw(const QByteArray &json);

    const QByteArray &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

private:
    void separate();
    void appendString(QByteArrayView utf8);
    void open(char bracket);
    void close(char bracket);

    QByteArray m_text;
    std::vector<bool> m_first{true}; // per open container: no element written yet
    bool m_afterKey = false;
};

// Qt's toString(Qt::ISODateWithMs) of a UTC time, without its locale-free but slow path.
QByteArray isoUtcMs(const QDateTime &time);

} // namespace syncscope::server
