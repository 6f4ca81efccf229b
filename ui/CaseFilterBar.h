#pragma once

#include <QWidget>

class CaseSession;
class MultiChoiceButton;
class QCheckBox;
class QComboBox;
class QSettings;
struct SavedView;

// The filters over the case list (statuses and services, each several at once; type, priority;
// and "unread only", which the window puts in its toolbar), applied to the session's filtered
// cases, and kept across runs. A status or service that was chosen stays chosen while no case
// is in it.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(CaseSession *session, QWidget *parent = nullptr);

    QCheckBox *unreadOnly() const { return m_unreadOnly; }

    // The filters as a saved view holds them (the name, text and order are the window's).
    SavedView filters() const;
    // Shows and applies `view`'s filters.
    void setFilters(const SavedView &view);

    void restore(const QSettings &settings);
    void save(QSettings &settings) const;

signals:
    // The filters changed: the list shows other cases.
    void applied();

private:
    void fillServiceFilter();
    void fillStatusFilter();
    void applyFilters();

    CaseSession *m_session;
    QCheckBox *m_unreadOnly;
    MultiChoiceButton *m_statusFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_priorityFilter;
    MultiChoiceButton *m_serviceFilter;
    bool m_applying = false;
};
