#include "StderrCapture.h"

#include <QByteArray>

#include <mutex>
#include <unistd.h>

namespace rectrack {

namespace {
std::mutex& captureMutex() {
    static std::mutex mutex;
    return mutex;
}
} // namespace

StderrCapture::StderrCapture() {
    captureMutex().lock();
    m_locked = true;
    std::fflush(stderr);
    m_file = std::tmpfile();
    if (!m_file)
        return;
    m_saved = ::dup(STDERR_FILENO);
    if (m_saved < 0 || ::dup2(::fileno(m_file), STDERR_FILENO) < 0) {
        if (m_saved >= 0)
            ::close(m_saved);
        m_saved = -1;
        std::fclose(m_file);
        m_file = nullptr;
    }
}

StderrCapture::~StderrCapture() {
    const QByteArray rest = take().toUtf8();
    if (!rest.isEmpty()) {
        std::fwrite(rest.constData(), 1, static_cast<size_t>(rest.size()), stderr);
        std::fflush(stderr);
    }
}

void StderrCapture::end() {
    std::fflush(stderr);
    if (m_saved >= 0) {
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        m_saved = -1;
    }
    if (m_locked) {
        m_locked = false;
        captureMutex().unlock();
    }
}

QString StderrCapture::take() {
    end();
    if (!m_file)
        return {};
    QByteArray text;
    std::rewind(m_file);
    char buffer[4096];
    size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, m_file)) > 0 && text.size() < 64 * 1024)
        text.append(buffer, static_cast<qsizetype>(read));
    std::fclose(m_file);
    m_file = nullptr;
    return QString::fromUtf8(text);
}

} // namespace rectrack
