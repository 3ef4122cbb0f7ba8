#include "ReliabilitySupport.h"

#include <QDir>
#include <cstdio>

namespace rectrack::test {

QString fixturePath(const QString& relative) {
    return QDir(QStringLiteral(RECTRACK_FIXTURES)).filePath(relative);
}

void CrashFigures::add(int commits, bool killedInTransaction) {
    m_commits += commits;
    m_inFlight += killedInTransaction ? 1 : 0;
    m_fewest = m_fewest < 0 ? commits : qMin(m_fewest, commits);
    m_most = qMax(m_most, commits);
}

void CrashFigures::print(int rounds) const {
    std::printf("crash harness: %d rounds survived; %lld commits confirmed by the writer (%d to %d per round), "
                "all present; %d kills came while an edit was under way (begun, not confirmed), each found whole or not at all\n",
                rounds, static_cast<long long>(m_commits), m_fewest, m_most, m_inFlight);
    std::fflush(stdout);
}

} // namespace rectrack::test
