#include <syncscope/protocol/realmpath.h>

#include <QCoreApplication>

namespace syncscope::protocol {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::protocol::RealmPath)
};

// Punctuation allowed inside a segment besides letters, marks and numbers. '%' (encodings that
// could hide ".."), '*' (grant wildcard), '\\' and whitespace are deliberately absent.
bool isAllowedPunctuation(char32_t c)
{
    return c == U'-' || c == U'_' || c == U'.' || c == U'~' || c == U'@' || c == U'+' ||
           c == U'=' || c == U',';
}

bool isMark(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

// Letters (L*), marks (M*) and numbers (N*) of any script. Marks are what most Indic and many
// other scripts need for their vowel signs and viramas; unassigned code points (Cn) are not
// among them, which keeps the NFC check below stable across Unicode versions.
bool isWordCharacter(QChar::Category category)
{
    switch (category) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString segmentError(QStringView segment)
{
    if (segment.isEmpty())
        return Text::tr("the realm path has an empty segment");
    if (segment == u"." || segment == u"..")
        return Text::tr("the realm path may not contain '.' or '..' segments");
    bool first = true;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar unit = segment[i];
        char32_t c = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < segment.size() && segment[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, segment[i + 1]);
            ++i;
        } else if (unit.isSurrogate()) {
            return Text::tr("the realm path contains an unpaired surrogate");
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return Text::tr("the realm path contains a control character");
        if (c == U'%')
            return Text::tr("the realm path may not contain '%' (no percent-encoding)");
        if (!isWordCharacter(category) && !isAllowedPunctuation(c))
            return Text::tr("the realm path contains the character %1 ('%2')")
                .arg(codePointName(c), QString::fromUcs4(&c, 1));
        // A mark combines with what precedes it, which must not be the '/'.
        if (first && isMark(category))
            return Text::tr("a segment of the realm path starts with the combining mark %1")
                .arg(codePointName(c));
        first = false;
    }
    return {};
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

    for (QStringView segment : path.sliced(1).split(u'/')) {
        if (QString why = segmentError(segment); !why.isEmpty())
            return why;
    }
    // Paths are compared byte for byte, so each realm must have exactly one spelling: the
    // composed one (NFC). A decomposed "café" is refused rather than silently renamed.
    const QString text = path.toString();
    if (text != text.normalized(QString::NormalizationForm_C))
        return Text::tr("the realm path is not in Unicode normalization form C (NFC); compose "
                        "it before binding");
    return {};
}

} // namespace syncscope::protocol
