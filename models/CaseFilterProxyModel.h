#pragma once

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>

#include <optional>

// Filters and sorts the case list: by statuses (or open ones, in the list's ProviderWords), type,
// priority, services, unread, a quick text filter over the visible fields, and the case ids a
// full-text search found. Empty filters let everything through; filters combine with AND.
#include "models/CaseListModel.h"

class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Any of these statuses (the provider's values) or services (ids); empty: any. A set: the
    // order does not matter, and the same set again changes nothing.
    void setStatuses(const QStringList &statuses);
    // Only cases whose status the provider's words count as open.
    void setOpenOnly(bool openOnly);
    void setTypes(const QStringList &types);
    void setPriorities(const QStringList &priorities);
    // What a case without a priority (a provider that reports none) counts as in the priority
    // filter: this priority, or, when empty, the case-type matrix's default for its type.
    void setDefaultPriority(const QString &priority);
    QString defaultPriority() const { return m_defaultPriority; }
    // The case's priority, or what it counts as without one.
    QString effectivePriority(const CaseSummary &c) const;
    void setServiceIds(const QStringList &serviceIds);
    void setUnreadOnly(bool unreadOnly);
    // Case-insensitive substring of id, subject, reference, service or site.
    void setText(const QString &text);
    // Only these cases (a full-text search's hits); nullopt ends the search.
    void setSearchHits(const std::optional<QSet<QString>> &caseIds);
    // A search's next page: these cases too.
    void addSearchHits(const QSet<QString> &caseIds);
    // Whether the search has more hits than those given (canFetchMore()); fetchMore() asks
    // for them with moreSearchHitsWanted(). Ending or starting a search says no.
    void setMoreSearchHits(bool more);

    // While searching, the view's scroll to the end asks for the search's next page.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The case the engineer opened. Read now, it stays in an "Unread only" list until another
    // case is opened or a filter changes: it does not vanish under the pointer as it is read.
    void setOpenCase(const QString &caseId);
    // Held while the engineer points at the list or types in it (CaseListOrderHold): a poll's
    // changes then neither re-sort nor re-filter the rows shown (new cases are added at the
    // end), so nothing moves under the pointer. Released, the new order and filtering are
    // applied at once.
    void setOrderHeld(bool held);
    bool isOrderHeld() const { return m_held; }

    QStringList statuses() const { return m_statuses.values(); }
    bool openOnly() const { return m_openOnly; }
    QStringList types() const { return m_types; }
    QStringList priorities() const { return m_priorities; }
    QStringList serviceIds() const { return m_serviceIds.values(); }
    bool unreadOnly() const { return m_unreadOnly; }
    QString text() const { return m_text; }
    bool isSearching() const { return m_searchHits.has_value(); }

signals:
    // The view scrolled to the last of a search's hits and the search has more.
    void moreSearchHitsWanted();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    // The source when it is a CaseListModel (read directly: no QVariant per row and role).
    QPointer<const CaseListModel> m_list;
    QSet<QString> m_statuses;
    QStringList m_types;
    QStringList m_priorities;
    QString m_defaultPriority;
    QSet<QString> m_serviceIds;
    QString m_text;
    // m_text case-folded, searched for in CaseListModel::searchKey().
    QStringMatcher m_textMatcher;
    bool m_unreadOnly = false;
    bool m_openOnly = false;
    std::optional<QSet<QString>> m_searchHits;
    bool m_moreSearchHits = false;
    // The open case, let through "Unread only" until a filter changes (setOpenCase()).
    QString m_keptOpen;
    bool m_held = false;
    bool m_changedWhileHeld = false;
    QMetaObject::Connection m_heldChanges;
};
