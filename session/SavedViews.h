#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// A named set of the case list's filters and its order (a "saved view"): what the filter bar,
// the search field and the list's header hold. Empty lists mean "any".
struct SavedView
{
    QString name;
    QStringList statuses; // the provider's status values
    bool openOnly = false; // only statuses the provider's words count as open
    QStringList types;
    QStringList priorities;
    QStringList serviceIds;
    QString text; // the search field
    bool unreadOnly = false;
    int sortColumn = -1; // CaseListModel::Column; -1 keeps the list's order
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    QJsonObject toJson() const;
    static SavedView fromJson(const QJsonObject &json);
    bool operator==(const SavedView &other) const = default;
};

// The engineer's saved views, in the order they were saved (the first nine get shortcuts), kept
// in the settings (SettingsKeys::SavedViews) and written at every change, so a new window has
// them. Global, not per profile: views are how the engineer works (urgent ones, waiting for the
// customer), which does not change with the account, and the filter bar they fill is global too.
// Names are trimmed and compared case-insensitively.
class SavedViews : public QObject
{
    Q_OBJECT

public:
    explicit SavedViews(QObject *parent = nullptr);

    // Why `name` cannot name a view, in words; empty when it can.
    static QString nameProblem(const QString &name);
    static int maxNameLength() { return 80; }

    const QList<SavedView> &views() const { return m_views; }
    // The index of the view called `name`, or -1.
    int find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) >= 0; }
    // Adds the view, or replaces the one with its name in place. False for a bad name.
    bool save(SavedView view);
    bool rename(const QString &name, const QString &newName);
    bool remove(const QString &name);

signals:
    void changed();

private:
    void write() const;

    QList<SavedView> m_views;
};
