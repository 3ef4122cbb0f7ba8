#pragma once
// Other programs rectrack-bench starts and times: the desktop program (cold start to the
// first painted ledger page; scrolling the whole 任务清单) and LibreOffice, when installed.

#include <QString>
#include <optional>

namespace rectrack::bench {

struct DesktopRun {
    double firstPaintMs = 0; // from starting the process to its "first-paint" line
    double scrollMs = 0;     // scroll mode: the table scrolled to its last row
    int rows = 0;
    qint64 peakResidentKiB = 0;
};

// Starts the desktop program (offscreen, with a fresh settings folder) on the 任务清单 of
// `database`. Empty, with `error` set, when it failed or took longer than `timeoutMs`.
std::optional<DesktopRun> runDesktop(const QString& program, const QString& database, const QString& today,
                                     bool scroll, int timeoutMs, QString* error);

// soffice --headless --convert-to `format` of `input` into `outDir`; milliseconds, or
// empty with `error` set.
std::optional<double> libreOfficeConvert(const QString& input, const QString& format, const QString& outDir,
                                         QString* error);
QString libreOfficeProgram(); // empty when not installed

} // namespace rectrack::bench
