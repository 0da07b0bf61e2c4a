#include <syncscope/protocol/realmpath.h>

#include <QCoreApplication>

namespace syncscope::protocol {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::protocol::RealmPath)
};

// Punctuation allowed inside a segment besides letters and digits. '%' (encodings that could
// hide "..") , '*' (grant wildcard), '\\' and whitespace are deliberately absent.
bool isAllowedPunctuation(char16_t c)
{
    return c == u'-' || c == u'_' || c == u'.' || c == u'~' || c == u'@' || c == u'+' ||
           c == u'=' || c == u',';
}

} // namespace

QString realmPathError(QStringView path)
{
    if (path.isEmpty())
        return Text::tr("the realm path is empty");
    if (path.front() != u'/')
        return Text::tr("the realm path must start with '/'");
    // Every UTF-16 unit takes at least one UTF-8 byte, so the cheap check first keeps a huge
    // input from being converted at all.
    if (path.size() > kMaxRealmPathBytes || path.toUtf8().size() > kMaxRealmPathBytes)
        return Text::tr("the realm path is longer than %1 bytes").arg(kMaxRealmPathBytes);

    const auto segments = path.sliced(1).split(u'/');
    for (QStringView segment : segments) {
        if (segment.isEmpty())
            return Text::tr("the realm path has an empty segment");
        if (segment == u"." || segment == u"..")
            return Text::tr("the realm path may not contain '.' or '..' segments");
        for (qsizetype i = 0; i < segment.size(); ++i) {
            const QChar c = segment[i];
            if (c.isHighSurrogate() && i + 1 < segment.size() && segment[i + 1].isLowSurrogate()) {
                const char32_t ucs4 = QChar::surrogateToUcs4(c, segment[i + 1]);
                if (!QChar::isLetterOrNumber(ucs4))
                    return Text::tr("the realm path contains the character U+%1")
                        .arg(quint32(ucs4), 4, 16, QLatin1Char('0'));
                ++i;
                continue;
            }
            if (c.isSurrogate())
                return Text::tr("the realm path contains an unpaired surrogate");
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return Text::tr("the realm path contains a control character");
            if (c == u'%')
                return Text::tr("the realm path may not contain '%' (no percent-encoding)");
            if (!c.isLetterOrNumber() && !isAllowedPunctuation(c.unicode()))
                return Text::tr("the realm path contains the character '%1'").arg(c);
        }
    }
    return {};
}

} // namespace syncscope::protocol
