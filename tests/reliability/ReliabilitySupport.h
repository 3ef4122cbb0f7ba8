#pragma once
// What the reliability harnesses share: where the project's fixtures are, and the figures
// they print for docs/reliability.md.

#include <QString>

namespace rectrack::test {

// A file under tests/fixtures.
QString fixturePath(const QString& relative);

// Rounds survived by the crash harness.
class CrashFigures {
public:
    void add(int commits, bool killedInTransaction);
    void print(int rounds) const; // one line on standard output

private:
    qint64 m_commits = 0;
    int m_inFlight = 0;
    int m_fewest = -1;
    int m_most = 0;
};

} // namespace rectrack::test
