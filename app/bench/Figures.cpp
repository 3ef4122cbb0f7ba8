#include "Figures.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rectrack::bench {

double quantile(const QList<double>& sorted, double q) {
    if (sorted.isEmpty())
        return 0;
    const auto i = static_cast<qsizetype>(std::ceil(q * static_cast<double>(sorted.size()))) - 1;
    return sorted[std::clamp<qsizetype>(i, 0, sorted.size() - 1)];
}

const Figure& Figures::time(const QString& name, int runs, const std::function<void()>& work) {
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    return add(name, QStringLiteral("ms"), ms);
}

const Figure& Figures::add(const QString& name, const QString& unit, QList<double> samples, const QString& note) {
    std::sort(samples.begin(), samples.end());
    Figure f{name, unit, quantile(samples, 0.5), samples.value(0), samples.isEmpty() ? 0 : samples.last(),
             static_cast<int>(samples.size()), note};
    m_figures.append(f);
    return print(m_figures.last());
}

void Figures::skip(const QString& name, const QString& why) {
    m_figures.append({name, QString(), 0, 0, 0, 0, why});
    std::printf("%-52s skipped: %s\n", name.toUtf8().constData(), why.toUtf8().constData());
    std::fflush(stdout);
}

const Figure& Figures::print(const Figure& f) {
    // Chinese characters take two columns: pad by display width.
    int width = 0;
    for (const QChar c : f.name)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    const QByteArray pad(std::max(0, 52 - width), ' ');
    if (f.runs > 1)
        std::printf("%s%s %10.2f %-4s (min %.2f, max %.2f, n=%d)", f.name.toUtf8().constData(), pad.constData(),
                    f.median, f.unit.toUtf8().constData(), f.min, f.max, f.runs);
    else
        std::printf("%s%s %10.2f %-4s", f.name.toUtf8().constData(), pad.constData(), f.median,
                    f.unit.toUtf8().constData());
    if (!f.note.isEmpty())
        std::printf("  %s", f.note.toUtf8().constData());
    std::printf("\n");
    std::fflush(stdout);
    return f;
}

QJsonArray Figures::toJson() const {
    QJsonArray rows;
    for (const Figure& f : m_figures) {
        QJsonObject row{{QStringLiteral("name"), f.name}, {QStringLiteral("runs"), f.runs}};
        if (f.runs > 0) {
            row.insert(QStringLiteral("unit"), f.unit);
            row.insert(QStringLiteral("median"), f.median);
            row.insert(QStringLiteral("min"), f.min);
            row.insert(QStringLiteral("max"), f.max);
        }
        if (!f.note.isEmpty())
            row.insert(QStringLiteral("note"), f.note);
        rows.append(row);
    }
    return rows;
}

} // namespace rectrack::bench
