#pragma once
// What a C library writes to the process's standard error while this object lives, held back:
// for libxlsxwriter, which reports a failure ("[ERROR] workbook_close(): …") there and nowhere
// else. The caller puts the text into its own message or log instead of the user's terminal.
//
// It redirects file descriptor 2 for its lifetime, so it is meant for one short library call;
// one capture at a time (others wait; not re-entrant). What it holds and nobody takes is written
// back to stderr when it ends; the xlsx writer takes its text and writes back the lines that are
// not libxlsxwriter's own (another thread's).

#include <QString>

#include <cstdio>

namespace rectrack {

class StderrCapture {
public:
    StderrCapture();  // starts capturing; when it cannot, nothing is held back
    ~StderrCapture(); // ends it; text not taken goes to stderr after all
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    // Ends the capture and returns what was written meanwhile.
    QString take();

private:
    void end();

    int m_saved = -1;
    std::FILE* m_file = nullptr;
    bool m_locked = false;
};

} // namespace rectrack
