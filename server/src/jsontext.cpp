#include "jsontext.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <span>

namespace syncscope::server {

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.back())
        m_text += ',';
    m_first.back() = false;
}

void JsonText::clear()
{
    m_text.clear();
    m_first.assign(1, true);
    m_afterKey = false;
    m_ascii = true;
}

QString JsonText::toString() const
{
    QString text;
    toString(text);
    return text;
}

void JsonText::toString(QString &out) const
{
    const qsizetype bytes = size();
    if (!m_ascii) {
        out = QString::fromUtf8(m_text.data(), bytes);
        return;
    }
    out.resize(0); // keeps the capacity of an unshared string
    out.append(QLatin1StringView(m_text.data(), bytes));
}

void JsonText::open(char bracket)
{
    separate();
    m_text += bracket;
    m_first.push_back(true);
}

void JsonText::close(char bracket)
{
    m_text += bracket;
    if (m_first.size() > 1)
        m_first.pop_back();
}

void JsonText::key(QLatin1StringView name)
{
    separate();
    // Our own member names: nothing to escape.
    m_text += '"';
    m_text.append(name.data(), size_t(name.size()));
    m_text.append("\":", 2);
    m_afterKey = true;
}

void JsonText::value(const QString &text)
{
    separate();
    // Paths and ids are mostly plain ASCII: those are copied as they are, without a UTF-8
    // conversion or an escaping pass.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (!plain) {
        appendString(text.toUtf8());
        return;
    }
    const size_t start = m_text.size();
    m_text.resize(start + size_t(text.size()) + 2);
    char *out = m_text.data() + start;
    *out++ = '"';
    for (const QChar c : text)
        *out++ = char(c.unicode());
    *out = '"';
}

void JsonText::appendString(QByteArrayView utf8)
{
    m_text += '"';
    // Runs without anything to escape are appended whole.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x80) {
            m_ascii = false;
            continue; // UTF-8 passes through as it is
        }
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_text.append(utf8.data() + runStart, size_t(i - runStart));
        runStart = i + 1;
        switch (byte) {
        case '"':
            m_text.append("\\\"", 2);
            break;
        case '\\':
            m_text.append("\\\\", 2);
            break;
        case '\b':
            m_text.append("\\b", 2);
            break;
        case '\f':
            m_text.append("\\f", 2);
            break;
        case '\n':
            m_text.append("\\n", 2);
            break;
        case '\r':
            m_text.append("\\r", 2);
            break;
        case '\t':
            m_text.append("\\t", 2);
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xf]};
            m_text.append(escaped, sizeof escaped);
        }
        }
    }
    m_text.append(utf8.data() + runStart, size_t(utf8.size() - runStart));
    m_text += '"';
}

void JsonText::value(QLatin1StringView text)
{
    separate();
    appendString(QByteArrayView(text.data(), text.size())); // Latin-1 below 0x80: our names
}

void JsonText::value(quint64 number)
{
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    m_text.append(buffer, size_t(end - buffer));
}

void JsonText::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
    m_text.append(buffer, size_t(end - buffer));
}

void JsonText::value(bool flag)
{
    separate();
    m_text.append(flag ? "true" : "false");
}

void JsonText::null()
{
    separate();
    m_text.append("null");
}

void JsonText::time(const QDateTime &time, bool emptyIfInvalid)
{
    if (!time.isValid()) {
        if (emptyIfInvalid) {
            separate();
            m_text.append("\"\"");
        } else {
            null();
        }
        return;
    }
    separate();
    char quoted[26];
    if (!writeIsoUtcMs(time, std::span<char, 24>(quoted + 1, 24))) {
        appendString(isoUtcMs(time));
        return;
    }
    quoted[0] = '"';
    quoted[25] = '"';
    m_text.append(quoted, sizeof quoted);
}

void JsonText::raw(QByteArrayView json)
{
    separate();
    m_ascii = m_ascii && std::all_of(json.begin(), json.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    m_text.append(json.data(), size_t(json.size()));
}

QByteArray isoUtcMs(const QDateTime &time)
{
    char buffer[24];
    if (!writeIsoUtcMs(time, buffer)) // Qt's own rules for such years
        return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    return QByteArray(buffer, sizeof buffer);
}

bool writeIsoUtcMs(const QDateTime &time, std::span<char, 24> buffer)
{
    using namespace std::chrono;
    const qint64 msecs = time.toMSecsSinceEpoch();
    const sys_time<milliseconds> point{milliseconds(msecs)};
    const sys_days day = floor<days>(point);
    const year_month_day date{day};
    const int y = int(date.year());
    if (y < 0 || y > 9999)
        return false;
    const hh_mm_ss clock{point - day};
    const auto two = [&](int at, unsigned v) {
        buffer[at] = char('0' + v / 10);
        buffer[at + 1] = char('0' + v % 10);
    };
    two(0, unsigned(y / 100));
    two(2, unsigned(y % 100));
    buffer[4] = '-';
    two(5, unsigned(date.month()));
    buffer[7] = '-';
    two(8, unsigned(date.day()));
    buffer[10] = 'T';
    two(11, unsigned(clock.hours().count()));
    buffer[13] = ':';
    two(14, unsigned(clock.minutes().count()));
    buffer[16] = ':';
    two(17, unsigned(clock.seconds().count()));
    buffer[19] = '.';
    const auto ms = unsigned(clock.subseconds().count());
    buffer[20] = char('0' + ms / 100);
    two(21, ms % 100);
    buffer[23] = 'Z';
    return true;
}

} // namespace syncscope::server
