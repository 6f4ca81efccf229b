#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A disagreement or a broken promise: print what and on which input, then abort, which
// libFuzzer reports as a crash and saves the input.
[[noreturn]] inline void fuzzFail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fuzzFail("check failed: " #condition, detail);                                         \
    } while (false)
