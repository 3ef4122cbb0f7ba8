#include "TraditionalChinese.h"

#include <opencc/opencc.h>

#include <QByteArray>
#include <QHash>
#include <QStringEncoder>
#include <bitset>
#include <mutex>

namespace rectrack {

namespace {

// One converter for the process: loading the t2s dictionaries takes a few milliseconds, and
// OpenCC's converter is not documented as safe to share between threads, hence the mutex.
class T2sConverter {
public:
    static T2sConverter& instance() {
        static T2sConverter converter;
        return converter;
    }

    bool convert(const QByteArray& in, QByteArray* out) {
        const std::lock_guard lock(m_mutex);
        if (m_handle == reinterpret_cast<opencc_t>(-1))
            return false;
        char* converted = opencc_convert_utf8(m_handle, in.constData(), static_cast<size_t>(in.size()));
        if (!converted)
            return false;
        *out = QByteArray(converted);
        opencc_convert_utf8_free(converted);
        return true;
    }

private:
    T2sConverter()
        : m_handle(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)) {}
    ~T2sConverter() {
        if (m_handle != reinterpret_cast<opencc_t>(-1))
            opencc_close(m_handle);
    }

    std::mutex m_mutex;
    opencc_t m_handle;
};

bool isHan(char16_t u) {
    return u >= 0x4E00 && u <= 0x9FFF;
}

} // namespace

bool looksTraditional(const QString& text) {
    // A sample is enough: the first 4,000 Chinese characters.
    QString sample;
    for (QChar c : text) {
        if (isHan(c.unicode()))
            sample.append(c);
        if (sample.size() >= 4000)
            break;
    }
    if (sample.size() < 20)
        return false;
    bool ok = false;
    const QString simplified = traditionalToSimplified(sample, &ok);
    if (!ok || simplified.size() != sample.size())
        return ok && simplified != sample;
    qsizetype changed = 0;
    for (qsizetype i = 0; i < sample.size(); ++i)
        changed += sample[i] != simplified[i];
    // Simplified prose changes in well under 1% of its characters (乾, 著, 於 in names); text in
    // Traditional characters in 15-30%.
    return changed >= 5 && changed * 100 >= sample.size() * 4;
}

QString traditionalToSimplified(const QString& text, bool* ok) {
    QByteArray out;
    const bool converted = T2sConverter::instance().convert(text.toUtf8(), &out);
    if (ok)
        *ok = converted;
    return converted ? QString::fromUtf8(out) : text;
}

namespace {

// Which unified ideographs (U+4E00–U+9FFF) GB 2312, the Simplified character set, has: worked
// out once, one encoding per character.
class Gb2312Table {
public:
    static const Gb2312Table& instance() {
        static const Gb2312Table table;
        return table;
    }
    bool has(char16_t u) const { return u < First || u > Last || m_bits.test(u - First); }

private:
    static constexpr char16_t First = 0x4E00, Last = 0x9FFF;
    Gb2312Table() {
        QStringEncoder gb2312("GB2312");
        for (char16_t u = First; u <= Last; ++u) {
            if (!gb2312.isValid()) { // without the table, every character counts as Simplified
                m_bits.set(u - First);
                continue;
            }
            const QChar c(u);
            const QByteArray bytes = gb2312.encode(QStringView(&c, 1)); // the encoding runs here
            m_bits.set(u - First, !bytes.isEmpty() && !gb2312.hasError());
            gb2312.resetState();
        }
    }
    std::bitset<Last - First + 1> m_bits;
};

} // namespace

int simplifyStrayTraditional(QString& text) {
    // Only characters GB 2312 lacks can be Traditional strays: found first, without OpenCC, so
    // that an ordinary Simplified text costs one pass over its characters.
    const Gb2312Table& gb2312 = Gb2312Table::instance();
    QHash<QChar, QChar> converted;
    int changed = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (gb2312.has(c.unicode()))
            continue;
        auto it = converted.constFind(c);
        if (it == converted.constEnd()) {
            bool ok = false;
            const QString simple = traditionalToSimplified(QString(c), &ok);
            it = converted.insert(c, ok && simple.size() == 1 ? simple.front() : c);
        }
        if (*it != c) {
            text[i] = *it;
            ++changed;
        }
    }
    return changed;
}

} // namespace rectrack
