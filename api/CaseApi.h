#pragma once

#include "api/ApiError.h"
#include "models/Case.h"

#include <QList>
#include <QObject>

// The result of one case query. Emits finished() once; then either error() is set or cases()
// holds what the server sent.
class CasesReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    QList<Case> cases() const { return m_cases; }
    ApiError error() const { return m_error; }

    void setResult(const QList<Case> &cases, const ApiError &error);

signals:
    void finished();

private:
    QList<Case> m_cases;
    ApiError m_error;
};

// The provider's case API as the rest of the console sees it, independent of how it is spoken
// (GraphQL today, a REST "V2" perhaps tomorrow).
class CaseApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Cases modified in the last `lastModifiedMinutes` minutes; 0 asks for every case.
    virtual CasesReply *fetchUpdatedCases(int lastModifiedMinutes) = 0;
};
