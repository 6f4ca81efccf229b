#pragma once

#include "models/Case.h"
#include "models/ProviderWords.h"

#include <QAbstractListModel>
#include <QSet>

// The open case's communication thread, oldest first. Showing another case resets the model;
// new messages of the same case are appended (rowsInserted), never a reset, so the reader keeps
// their place. Messages the engineer had not seen when the case was opened are flagged new.
class CommunicationThreadModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageRole = Qt::UserRole + 1, // QString: the text
        TypeRole, // QString: the provider's word (CustomerMessage, Customer, System...)
        TimestampRole, // QDateTime (UTC)
        SentByRole, // QString: the sender; may be empty
        IsFromProviderRole, // bool: the provider's side (including status updates), in words()
        IsStatusUpdateRole, // bool: a status change, not a message, in words()
        IsNewRole, // bool: the provider's, not seen before this case was opened
    };
    Q_ENUM(Role)

    explicit CommunicationThreadModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString caseId() const { return m_caseId; }
    // Shows `caseId`'s thread; the first `seenCount` messages count as already seen.
    void setThread(const QString &caseId, const QList<Communication> &thread, int seenCount);
    // Merges a newer copy of the same case's thread: appends what is new. Returns how many.
    int merge(const QString &caseId, const QList<Communication> &thread);
    void clear();
    const Communication *at(int row) const;
    // The provider's words our side and status updates are told apart in. A change updates
    // every row in place (dataChanged), never a reset.
    void setWords(const ProviderWords &words);
    const ProviderWords &words() const { return m_words; }

private:
    QString m_caseId;
    QList<Communication> m_thread;
    QSet<QString> m_keys;
    int m_seenCount = 0;
    ProviderWords m_words;
};
