#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>

class StoreThread;
struct OutboxItem;

// What the engineer typed and has not sent, saved as typed, by key: createDraftKey() or
// replyDraftKey(caseId). Kept in memory and written to the store; the drafts of an earlier run
// join them once the store is open (storeOpened()), without bringing back what this run already
// changed or removed.
class Drafts : public QObject
{
    Q_OBJECT

public:
    explicit Drafts(StoreThread *store, QObject *parent = nullptr);

    static QString createDraftKey() { return QStringLiteral("create-case"); }
    static QString replyDraftKey(const QString &caseId)
    {
        return QStringLiteral("reply/") + caseId;
    }

    QByteArray draft(const QString &key) const { return m_drafts.value(key); }
    void save(const QString &key, const QByteArray &payload);
    void remove(const QString &key);

    // The drafts the store holds from an earlier run; emits ready().
    void storeOpened(const QHash<QString, QByteArray> &stored);
    bool isReady() const { return m_ready; }

    // A sent item is confirmed: the create-case draft it was sent from is done, unless the
    // engineer has started another one meanwhile.
    void forgetDraftOf(const OutboxItem &done);

signals:
    // The drafts saved by an earlier run are known.
    void ready();

private:
    StoreThread *m_store;
    QHash<QString, QByteArray> m_drafts;
    // Removed before the store said what it holds: what it then says of them is older.
    QSet<QString> m_removedEarly;
    bool m_ready = false;
};
