#pragma once

// Small helpers the tests share.

#include "api/CaseApi.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

// The child named `name` (from a .ui form); a test cannot go on without it.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Waits up to 15 s for `reply` to finish; the test fails when it does not. The reply stays
// alive: the caller may still read it after waiting for others.
template<typename Reply>
Reply *waitFor(Reply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(15'000))
        QTest::qFail("no answer from the sandbox within 15 s", __FILE__, __LINE__);
    return reply;
}
