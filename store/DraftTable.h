#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The drafts table: text the engineer is typing, saved as it is typed, by key.
class DraftTable
{
public:
    explicit DraftTable(Database &db);

    bool saveDraft(const QString &key, const QByteArray &payload);
    std::optional<QByteArray> draft(const QString &key);
    bool removeDraft(const QString &key);
    QStringList draftKeys();

private:
    Database &m_db;
};
