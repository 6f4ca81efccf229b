// casectl and the provider's words: read from the profile's local store and learned into it, as
// the console does (ProviderWords, docs/provider-compatibility.md).

#include "Casectl.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "store/Store.h"

const ProviderWords &Casectl::words()
{
    if (!m_wordsLoaded) {
        m_wordsLoaded = true;
        Store *local = store();
        m_words = ProviderWords(
            m_connection->profile().words, local ? local->learnedWords() : LearnedWords());
    }
    return m_words;
}

void Casectl::learnWordsFrom(const QList<Case> &cases)
{
    LearnedWords learned = words().learned();
    if (learned.expected.isEmpty())
        return;
    bool changed = false;
    for (const Case &c : cases)
        changed = learned.learnFrom(c) || changed;
    if (changed)
        keepLearned(learned);
}

void Casectl::expectWordsFrom(const OutboxItem &confirmed)
{
    LearnedWords learned = words().learned();
    if (learned.expect(confirmed, QDateTime::currentDateTimeUtc()))
        keepLearned(learned);
}

void Casectl::keepLearned(const LearnedWords &learned)
{
    m_words = ProviderWords(m_connection->profile().words, learned);
    if (m_outbox)
        m_outbox->setProviderWords(m_words);
    if (Store *local = store())
        local->saveLearnedWords(learned);
}
