#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <span>
#include <string>
#include <vector>

namespace syncscope::server {

// Writes compact JSON text straight into a byte array. The operator stream sends the facts of
// every session several times a minute: building QJsonObjects for 10,000 sessions and then
// serialising them took the server's event loop ~10 µs a session, blocking acknowledgements
// for ~15 ms a page; this writer takes a fraction of that. Callers keep keys unique.
// The text grows in a std::string, whose appends are inline: Qt 6.4's QByteArray sends each
// append through its general insert(), and a page of 500 sessions makes ~40,000 of them.
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
    void raw(QByteArrayView json);

    QByteArray text() const { return QByteArray(m_text.data(), qsizetype(m_text.size())); }
    // As UTF-16, what QWebSocket::sendTextMessage() takes, without a QByteArray in between.
    QString toString() const;
    // The same into `out`, reusing its memory when the text is all ASCII (nearly always; it is
    // then widened as Latin-1, faster than decoding UTF-8): a page of 500 sessions is ~280 KiB
    // as UTF-16, and a fresh block of that size for every page cost more than the widening.
    void toString(QString &out) const;
    qsizetype size() const { return qsizetype(m_text.size()); }
    // Starts again, keeping the memory: a writer reused for every page allocates once.
    void clear();
    void reserve(qsizetype bytes) { m_text.reserve(size_t(bytes)); }

private:
    void separate();
    void appendString(QByteArrayView utf8);
    void open(char bracket);
    void close(char bracket);

    std::string m_text;
    std::vector<bool> m_first{true}; // per open container: no element written yet
    bool m_afterKey = false;
    bool m_ascii = true; // no byte above 0x7f written yet
};

// Qt's toString(Qt::ISODateWithMs) of a UTC time, without its locale-free but slow path.
QByteArray isoUtcMs(const QDateTime &time);
// The same into `out` (24 characters) for the years 0 to 9999, without allocating; false for
// other years, which are left to Qt's rules.
bool writeIsoUtcMs(const QDateTime &time, std::span<char, 24> out);

} // namespace syncscope::server
