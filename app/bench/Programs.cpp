#include "Programs.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rectrack::bench {

std::optional<DesktopRun> runDesktop(const QString& program, const QString& database, const QString& today,
                                     bool scroll, int timeoutMs, QString* error) {
    QTemporaryDir home; // no saved window layout or settings from an earlier run
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {QStringLiteral("--db"), database, QStringLiteral("--today"), today,
                            QStringLiteral("--view"), QStringLiteral("measures"), QStringLiteral("--bench-exit"),
                            scroll ? QStringLiteral("scroll") : QStringLiteral("first-paint")});
    DesktopRun run;
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
            if (process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        out += process.readAllStandardOutput();
        if (run.firstPaintMs == 0 && out.contains("first-paint"))
            run.firstPaintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!scroll && run.firstPaintMs > 0)
            break;
        if (scroll && out.contains("scrolled"))
            break;
    }
    const bool done = run.firstPaintMs > 0 && (!scroll || out.contains("scrolled"));
    if (!done) {
        process.kill();
        process.waitForFinished();
        *error = deadline.hasExpired() ? QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000)
                                       : QStringLiteral("the program ended: %1")
                                             .arg(QString::fromUtf8(process.readAllStandardError()).trimmed().right(200));
        return std::nullopt;
    }
    process.waitForFinished(30'000);
    static const QRegularExpression scrolled(QStringLiteral("scrolled rows=(\\d+) ms=(\\d+) peak_rss_kib=(\\d+)"));
    if (const auto m = scrolled.match(QString::fromUtf8(out)); m.hasMatch()) {
        run.rows = m.captured(1).toInt();
        run.scrollMs = m.captured(2).toDouble();
        run.peakResidentKiB = m.captured(3).toLongLong();
    }
    return run;
}

QString libreOfficeProgram() {
    for (const char* name : {"soffice", "libreoffice"})
        if (const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name)); !path.isEmpty())
            return path;
    return {};
}

std::optional<double> libreOfficeConvert(const QString& input, const QString& format, const QString& outDir,
                                         QString* error) {
    const QString program = libreOfficeProgram();
    if (program.isEmpty()) {
        *error = QStringLiteral("LibreOffice is not installed (soffice not found)");
        return std::nullopt;
    }
    QTemporaryDir profile; // a fresh user profile: no first-start dialogs, no lock left by another run
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    // The CSV is UTF-8 (filter options: comma, double quote, UTF-8, first line).
    process.start(program, {QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                            QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"), format,
                            QStringLiteral("--outdir"), outDir, input});
    constexpr int TimeoutMs = 1'800'000;
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("soffice had not finished after %1 minutes").arg(TimeoutMs / 60'000);
        return std::nullopt;
    }
    if (process.exitCode() != 0) {
        *error = QStringLiteral("soffice failed: %1").arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace rectrack::bench
