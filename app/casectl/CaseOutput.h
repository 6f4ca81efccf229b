#pragma once

#include "models/Case.h"

#include <QCoreApplication>

class Output;
class ProfileData;

// The provider's cases as a person reads them: a table of cases, or one case with its thread,
// their status and sides in the provider's words.
class CaseOutput
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CaseOutput(Output &output, ProfileData &profile);

    void printTable(const QList<Case> &cases);
    void printCase(const Case &c);
    // The status as the engineer reads it, "(closed)" when the provider's words say so.
    QString statusText(const Case &c);

private:
    void printCommunication(const Communication &m);

    Output &m_output;
    ProfileData &m_profile;
};
