#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The provider's case-type matrix: which priorities and subjects each case type allows and
// whether it needs the incident dates. Loaded from data (resources/case-types.json, shared
// with the sandbox server), never written out in code.
class CaseTypeMatrix
{
public:
    struct Subject
    {
        QString id;
        QString label;
    };

    struct Type
    {
        QString id;
        QString label;
        QStringList priorities;
        QString defaultPriority;
        QList<Subject> subjects;
        bool requiresIncidentDates = false;
    };

    static std::optional<CaseTypeMatrix> fromJson(const QByteArray &json, QString *error = nullptr);
    // The matrix shipped in the resources.
    static const CaseTypeMatrix &builtIn();

    const QList<Type> &types() const { return m_types; }
    const Type *type(const QString &typeId) const;
    bool allowsPriority(const QString &typeId, const QString &priority) const;
    bool allowsSubject(const QString &typeId, const QString &subjectId) const;
    // A readable name for a subject id ("ServiceDown" -> "Service down"); the id when unknown.
    QString subjectLabel(const QString &subjectId) const;
    QString typeLabel(const QString &typeId) const;

private:
    QList<Type> m_types;
};
