#pragma once

#include "models/Case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <functional>

class ProviderWords;

// Something in a poll the engineer may want to be told about.
struct CaseNews
{
    enum class Kind {
        ProviderMessages, // new messages from the provider on a watched case
        UrgentIncident, // a new P1/P2 incident, or one whose status or priority changed
        SlaWarning, // an SLA clock of a watched case or a P1/P2 nears its target (SlaClocks)
    };
    Kind kind = Kind::ProviderMessages;
    QString caseId;
    QString title;
    QString text;
    // A case the console did not know before (an UrgentIncident): the P1 alarm is for these.
    bool newIncident = false;
    QString priority; // of an UrgentIncident
    // An UrgentIncident whose priority changed: the one it had before (a P2 now P1 alarms too).
    QString previousPriority;
    // An UrgentIncident's start of incident (its creation when the provider gave none).
    QDateTime incidentStart;
};

Q_DECLARE_METATYPE(CaseNews)

// What a poll brought that is news, compared with what the console last heard of each case:
// a new urgent incident, an urgent one whose status or priority changed, new provider messages
// on a watched case. Unchanged cases (overlapping poll windows) are no news, nor is a case the
// engineer created (`createdHere`), nor a message of ours.
class NewsDetector
{
    Q_DECLARE_TR_FUNCTIONS(NewsDetector)

public:
    // What the console last heard of a case, or null for a case it does not know.
    using LastReceived = std::function<const CaseSummary *(const QString &caseId)>;

    explicit NewsDetector(LastReceived lastReceived);

    QList<CaseNews> newsIn(const QList<Case> &received, const QSet<QString> &watched,
        const ProviderWords &words, const QSet<QString> &createdHere = {}) const;

private:
    void addUrgent(
        const Case &c, const CaseSummary *known, bool createdHere, QList<CaseNews> &items) const;
    void addMessages(const Case &c, const CaseSummary &known, const ProviderWords &words,
        QList<CaseNews> &items) const;

    LastReceived m_lastReceived;
};
