#include "workspace/jsonlinelocator.h"

namespace syncscope::monitor {

JsonLineLocator::JsonLineLocator(const QByteArray &json)
    : m_json(json)
{
    skipWhitespace();
    if (m_pos < m_json.size())
        parseValue(QString());
}

int JsonLineLocator::lineOf(const QString &path) const
{
    QString current = path;
    while (true) {
        const auto it = m_lines.constFind(current);
        if (it != m_lines.constEnd())
            return *it;
        if (current.isEmpty())
            return 1;
        // Walk up one level: "a[2].b" -> "a[2]" -> "a" -> "".
        const qsizetype cut = qMax(current.lastIndexOf(u'.'), current.lastIndexOf(u'['));
        current = cut < 0 ? QString() : current.left(cut);
    }
}

std::pair<int, int> JsonLineLocator::lineAndColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = qBound<qsizetype>(0, offset, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void JsonLineLocator::skipWhitespace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLineLocator::parseValue(const QString &path)
{
    skipWhitespace();
    if (m_pos >= m_json.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_json.at(m_pos);
    if (c == '{')
        parseObject(path);
    else if (c == '[')
        parseArray(path);
    else if (c == '"')
        parseString();
    else
        skipScalar();
}

void JsonLineLocator::parseObject(const QString &path)
{
    ++m_pos; // '{'
    while (true) {
        skipWhitespace();
        if (m_pos >= m_json.size())
            return;
        if (m_json.at(m_pos) == '}') {
            ++m_pos;
            return;
        }
        if (m_json.at(m_pos) == ',') {
            ++m_pos;
            continue;
        }
        const int keyLine = m_line;
        const QString key = parseString();
        skipWhitespace();
        if (m_pos < m_json.size() && m_json.at(m_pos) == ':')
            ++m_pos;
        const QString child = path.isEmpty() ? key : path + u'.' + key;
        parseValue(child);
        // A field is reported where its name is written, not where a long value starts.
        m_lines.insert(child, keyLine);
    }
}

void JsonLineLocator::parseArray(const QString &path)
{
    ++m_pos; // '['
    int index = 0;
    while (true) {
        skipWhitespace();
        if (m_pos >= m_json.size())
            return;
        const char c = m_json.at(m_pos);
        if (c == ']') {
            ++m_pos;
            return;
        }
        if (c == ',') {
            ++m_pos;
            continue;
        }
        parseValue(path + u'[' + QString::number(index++) + u']');
    }
}

QString JsonLineLocator::parseString()
{
    if (m_pos >= m_json.size() || m_json.at(m_pos) != '"')
        return {};
    ++m_pos;
    const qsizetype start = m_pos;
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
        if (m_json.at(m_pos) == '\\')
            ++m_pos; // the escaped character cannot end the string
        ++m_pos;
    }
    // Keys in our format are plain ASCII, so the raw bytes are the key.
    const QString text = QString::fromUtf8(m_json.mid(start, m_pos - start));
    ++m_pos; // closing quote
    return text;
}

void JsonLineLocator::skipScalar()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r')
            return;
        ++m_pos;
    }
}

} // namespace syncscope::monitor
