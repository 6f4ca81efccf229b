#pragma once

#include <QWidget>

class CaseSession;
class QCheckBox;
class QComboBox;
class QSettings;

// The filters over the case list (status, type, priority, service, and "unread only", which the
// window puts in its toolbar), applied to the session's filtered cases, and kept across runs. A
// status or service that was chosen waits for the cases or the account that bring it.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(CaseSession *session, QWidget *parent = nullptr);

    QCheckBox *unreadOnly() const { return m_unreadOnly; }

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
    QComboBox *m_statusFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_priorityFilter;
    QComboBox *m_serviceFilter;
};
