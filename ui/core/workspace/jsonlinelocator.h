#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace syncscope::monitor {

// QJsonDocument forgets where things were; error messages should not. This walks a JSON text
// that QJsonDocument already accepted and remembers the line of every value, keyed by a path
// like "sessions[2].realmPath" (the root is "").
class JsonLineLocator final
{
public:
    explicit JsonLineLocator(const QByteArray &json);

    // 1-based line of the value at path, or of its closest recorded ancestor.
    int lineOf(const QString &path) const;

    // 1-based line and column of a byte offset (for QJsonParseError::offset).
    static std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset);

private:
    void parseValue(const QString &path);
    void parseObject(const QString &path);
    void parseArray(const QString &path);
    QString parseString();
    void skipWhitespace();
    void skipScalar();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace syncscope::monitor
