#include "PageNumberFooter.h"

#include "WordXml.h"

namespace rectrack::word {

QByteArray pageNumberFooter(FooterSide side, int inset, const QString& style) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("ftr"));
    w.start(QStringLiteral("p"));
    w.start(QStringLiteral("pPr"));
    w.value(QStringLiteral("pStyle"), style);
    const QString margin = side == FooterSide::Left ? QStringLiteral("left") : QStringLiteral("right");
    w.empty(QStringLiteral("ind"), {{margin, QString::number(side == FooterSide::Centre ? 0 : inset)},
                                    {QStringLiteral("firstLine"), QStringLiteral("0")}});
    w.value(QStringLiteral("jc"), side == FooterSide::Left    ? QStringLiteral("left")
                                  : side == FooterSide::Right ? QStringLiteral("right")
                                                              : QStringLiteral("center"));
    w.end();
    w.run(QStringLiteral("— "));
    w.start(QStringLiteral("fldSimple"), {{QStringLiteral("instr"), QStringLiteral(" PAGE ")}});
    w.run(QStringLiteral("1"));
    w.end();
    w.run(QStringLiteral(" —"));
    w.end();
    w.finish();
    return out;
}

QByteArray emptyFooter() {
    QByteArray out;
    WordXml w(&out, QStringLiteral("ftr"));
    w.start(QStringLiteral("p"));
    w.end();
    w.finish();
    return out;
}

} // namespace rectrack::word
