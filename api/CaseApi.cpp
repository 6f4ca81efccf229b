#include "api/CaseApi.h"

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}
