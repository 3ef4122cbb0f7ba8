#include "StartupProbe.h"

#include "views/LedgerListModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace rectrack::ui {

StartupProbe::StartupProbe(QTableView* view, Mode mode, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_model(qobject_cast<LedgerListModel*>(view->model()))
    , m_mode(mode) {
    m_view->viewport()->installEventFilter(this);
}

qint64 StartupProbe::peakResidentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event) {
    if (!m_painted && event->type() == QEvent::Paint && watched == m_view->viewport() && m_model &&
        m_model->rowCount() > 0) {
        m_painted = true;
        QTimer::singleShot(0, this, &StartupProbe::painted); // once this paint has finished
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::painted() {
    std::printf("first-paint rows=%d\n", m_model->rowCount());
    std::fflush(stdout);
    if (m_mode == Mode::FirstPaint) {
        QCoreApplication::quit();
        return;
    }
    m_scrolling.start();
    scrollStep();
}

void StartupProbe::scrollStep() {
    if (!m_model->isLoading()) {
        if (!m_model->canFetchMore({})) {
            std::printf("scrolled rows=%d ms=%lld peak_rss_kib=%lld\n", m_model->rowCount(),
                        static_cast<long long>(m_scrolling.elapsed()), static_cast<long long>(peakResidentKiB()));
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        m_model->fetchMore({});
    }
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    m_view->viewport()->repaint();
    QTimer::singleShot(1, this, &StartupProbe::scrollStep); // leaves the worker its core while a page loads
}

} // namespace rectrack::ui
