#pragma once

#include "api/CaseApi.h"

#include <QHash>

// The sandbox as another provider would answer: its words for types and statuses ("plain":
// Customer/Provider/System, Open/In Progress/Solved...), and a provider that ignores the sender
// it is given and fills in "API" (when `defaultSender` is set). Writes go to the sandbox
// unchanged (without the sender when it is ignored); what is read back is translated.
class OtherProviderApi : public CaseApi
{
public:
    // `ourWord`: the type word of our messages when `plainWords` (a word in no default table
    // shows how the console learns it).
    OtherProviderApi(CaseApi *real, bool plainWords, bool defaultSender,
        const QString &ourWord = QStringLiteral("Customer"))
        : m_real(real)
        , m_plain(plainWords)
        , m_defaultSender(defaultSender)
        , m_ourWord(ourWord)
    { }

    CasesReply *fetchUpdatedCases(int minutes, const CaseFilter &filter = {}) override
    {
        return translated(m_real->fetchUpdatedCases(minutes, filter));
    }
    CasesReply *pollUpdatedCases(int minutes) override
    {
        return translated(m_real->pollUpdatedCases(minutes));
    }
    CasesReply *fetchCase(const QString &caseId) override
    {
        return translated(m_real->fetchCase(caseId));
    }
    CasesReply *fetchCases(const QStringList &caseIds, int concurrency = 4) override
    {
        return translated(m_real->fetchCases(caseIds, concurrency));
    }
    CreateCaseReply *createCase(const CaseDraft &draft) override
    {
        CaseDraft sent = draft;
        if (m_defaultSender)
            sent.sentBy.clear();
        return m_real->createCase(sent);
    }
    ApiReply *replyToCase(
        const QString &caseId, const QString &message, const QString &sentBy = {}) override
    {
        return m_real->replyToCase(caseId, message, m_defaultSender ? QString() : sentBy);
    }
    ApiReply *addCustomerReference(const QString &caseId, const QString &reference) override
    {
        return m_real->addCustomerReference(caseId, reference);
    }
    AccountReply *fetchAccount() override { return m_real->fetchAccount(); }
    ProviderCapabilities capabilities() const override { return m_real->capabilities(); }
    void setCapabilities(const ProviderCapabilities &capabilities) override
    {
        m_real->setCapabilities(capabilities);
    }
    ApiReply *discoverCapabilities() override { return m_real->discoverCapabilities(); }

private:
    CasesReply *translated(CasesReply *inner)
    {
        auto *outer = new CasesReply(this);
        QObject::connect(inner, &ApiReply::finished, outer, [this, inner, outer] {
            inner->deleteLater();
            QList<Case> cases = inner->cases();
            for (Case &c : cases) {
                if (m_plain)
                    c.status = plainStatus(c.status);
                for (Communication &m : c.communications) {
                    const bool ours = m.type == QLatin1String("CustomerMessage");
                    if (ours && m_defaultSender && m.sentBy.isEmpty())
                        m.sentBy = QStringLiteral("API");
                    if (m_plain)
                        m.type = ours                                 ? m_ourWord
                            : m.type == QLatin1String("StatusUpdate") ? QStringLiteral("System")
                                                                      : QStringLiteral("Provider");
                }
            }
            outer->setCases(cases);
            outer->finish(inner->error());
        });
        return outer;
    }
    static QString plainStatus(const QString &status)
    {
        static const QHash<QString, QString> plain {{QStringLiteral("New"), QStringLiteral("Open")},
            {QStringLiteral("InProgress"), QStringLiteral("In Progress")},
            {QStringLiteral("PendingCustomer"), QStringLiteral("Pending Customer")},
            {QStringLiteral("OnHold"), QStringLiteral("On Hold")},
            {QStringLiteral("Resolved"), QStringLiteral("Solved")},
            {QStringLiteral("Cancelled"), QStringLiteral("Canceled")}};
        return plain.value(status, status);
    }

    CaseApi *m_real;
    bool m_plain;
    bool m_defaultSender;
    QString m_ourWord;
};
