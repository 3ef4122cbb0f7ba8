#pragma once
// rectrack-bench's figures: one line a figure on standard output (median and spread over the
// runs), and the same as JSON.

#include <QJsonArray>
#include <QList>
#include <QString>
#include <functional>

namespace rectrack::bench {

struct Figure {
    QString name;
    QString unit; // ms, MB, MiB, ×, rows
    double median = 0, min = 0, max = 0;
    int runs = 1;
    QString note;
};

class Figures {
public:
    // Times `work` `runs` times (milliseconds).
    const Figure& time(const QString& name, int runs, const std::function<void()>& work);
    // Adds a figure from samples measured elsewhere.
    const Figure& add(const QString& name, const QString& unit, QList<double> samples, const QString& note = {});
    // A figure that could not be measured, and why.
    void skip(const QString& name, const QString& why);

    QJsonArray toJson() const;

private:
    const Figure& print(const Figure& f);
    QList<Figure> m_figures;
};

// The value at quantile q (0..1) of sorted samples.
double quantile(const QList<double>& sorted, double q);

} // namespace rectrack::bench
