#include "session/SavedViews.h"

#include "models/SettingsKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list << item.toString();
    }
    return list;
}

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name},
        {QStringLiteral("statuses"), toArray(statuses)}, {QStringLiteral("openOnly"), openOnly},
        {QStringLiteral("types"), toArray(types)},
        {QStringLiteral("priorities"), toArray(priorities)},
        {QStringLiteral("services"), toArray(serviceIds)}, {QStringLiteral("text"), text},
        {QStringLiteral("unreadOnly"), unreadOnly}};
    if (sortColumn >= 0) {
        json.insert(QStringLiteral("sortColumn"), sortColumn);
        json.insert(QStringLiteral("sortOrder"),
            sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending")
                                            : QStringLiteral("descending"));
    }
    return json;
}

SavedView SavedView::fromJson(const QJsonObject &json)
{
    SavedView view;
    view.name = json.value(QStringLiteral("name")).toString();
    view.statuses = toList(json.value(QStringLiteral("statuses")));
    view.openOnly = json.value(QStringLiteral("openOnly")).toBool();
    view.types = toList(json.value(QStringLiteral("types")));
    view.priorities = toList(json.value(QStringLiteral("priorities")));
    view.serviceIds = toList(json.value(QStringLiteral("services")));
    view.text = json.value(QStringLiteral("text")).toString();
    view.unreadOnly = json.value(QStringLiteral("unreadOnly")).toBool();
    view.sortColumn = json.value(QStringLiteral("sortColumn")).toInt(-1);
    view.sortOrder = json.value(QStringLiteral("sortOrder")).toString() == u"ascending"
        ? Qt::AscendingOrder
        : Qt::DescendingOrder;
    return view;
}

SavedViews::SavedViews(QObject *parent)
    : QObject(parent)
{
    const QByteArray saved = QSettings().value(SettingsKeys::SavedViews).toByteArray();
    for (const QJsonValue &value : QJsonDocument::fromJson(saved).array()) {
        SavedView view = SavedView::fromJson(value.toObject());
        view.name = view.name.trimmed();
        if (nameProblem(view.name).isEmpty() && !contains(view.name))
            m_views.append(view);
    }
}

QString SavedViews::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the view a name.");
    if (trimmed.size() > maxNameLength())
        return tr("The name is too long: at most %1 characters.").arg(maxNameLength());
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return tr("The name must be on one line.");
    }
    return {};
}

int SavedViews::find(const QString &name) const
{
    const QString trimmed = name.trimmed();
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool SavedViews::save(SavedView view)
{
    if (!nameProblem(view.name).isEmpty())
        return false;
    view.name = view.name.trimmed();
    if (const int at = find(view.name); at >= 0)
        m_views[at] = view;
    else
        m_views.append(view);
    write();
    emit changed();
    return true;
}

bool SavedViews::rename(const QString &name, const QString &newName)
{
    const int at = find(name);
    const int taken = find(newName);
    if (at < 0 || !nameProblem(newName).isEmpty() || (taken >= 0 && taken != at))
        return false;
    m_views[at].name = newName.trimmed();
    write();
    emit changed();
    return true;
}

bool SavedViews::remove(const QString &name)
{
    const int at = find(name);
    if (at < 0)
        return false;
    m_views.removeAt(at);
    write();
    emit changed();
    return true;
}

void SavedViews::write() const
{
    QJsonArray array;
    for (const SavedView &view : m_views)
        array.append(view.toJson());
    QSettings().setValue(
        SettingsKeys::SavedViews, QJsonDocument(array).toJson(QJsonDocument::Compact));
}
