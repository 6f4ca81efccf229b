#include "models/CaseTypeMatrix.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<CaseTypeMatrix> CaseTypeMatrix::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonArray types = document.object().value(QLatin1String("types")).toArray();
    if (types.isEmpty())
        return fail(QStringLiteral("no case types"));

    CaseTypeMatrix matrix;
    for (const QJsonValue &value : types) {
        const QJsonObject o = value.toObject();
        Type type;
        type.id = o.value(QLatin1String("id")).toString();
        type.label = o.value(QLatin1String("label")).toString(type.id);
        for (const QJsonValue &p : o.value(QLatin1String("priorities")).toArray())
            type.priorities.append(p.toString());
        type.defaultPriority = o.value(QLatin1String("defaultPriority")).toString();
        for (const QJsonValue &s : o.value(QLatin1String("subjects")).toArray()) {
            const QJsonObject so = s.toObject();
            const QString id = so.value(QLatin1String("id")).toString();
            type.subjects.append({id, so.value(QLatin1String("label")).toString(id)});
        }
        type.requiresIncidentDates = o.value(QLatin1String("requiresIncidentDates")).toBool();
        if (type.id.isEmpty() || type.priorities.isEmpty() || type.subjects.isEmpty())
            return fail(
                QStringLiteral("case type “%1” lacks an id, priorities or subjects").arg(type.id));
        if (!type.defaultPriority.isEmpty() && !type.priorities.contains(type.defaultPriority))
            return fail(QStringLiteral("case type “%1”: default priority %2 is not allowed")
                            .arg(type.id, type.defaultPriority));
        matrix.m_types.append(std::move(type));
    }
    return matrix;
}

const CaseTypeMatrix &CaseTypeMatrix::builtIn()
{
    static const CaseTypeMatrix matrix = [] {
        QFile file(QStringLiteral(":/case-types.json"));
        QString error;
        std::optional<CaseTypeMatrix> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        // The file is compiled in; failing to read it is a build defect, not a user error.
        if (!loaded)
            qFatal("the built-in case-type matrix is unreadable: %s", qPrintable(error));
        return *loaded;
    }();
    return matrix;
}

const CaseTypeMatrix::Type *CaseTypeMatrix::type(const QString &typeId) const
{
    for (const Type &t : m_types) {
        if (t.id == typeId)
            return &t;
    }
    return nullptr;
}

bool CaseTypeMatrix::allowsPriority(const QString &typeId, const QString &priority) const
{
    const Type *t = type(typeId);
    return t && t->priorities.contains(priority);
}

bool CaseTypeMatrix::allowsSubject(const QString &typeId, const QString &subjectId) const
{
    const Type *t = type(typeId);
    if (!t)
        return false;
    return std::any_of(t->subjects.cbegin(), t->subjects.cend(),
        [&](const Subject &s) { return s.id == subjectId; });
}

QString CaseTypeMatrix::subjectLabel(const QString &subjectId) const
{
    for (const Type &t : m_types) {
        for (const Subject &s : t.subjects) {
            if (s.id == subjectId)
                return QCoreApplication::translate("CaseTypeMatrix", s.label.toUtf8().constData());
        }
    }
    return subjectId;
}

QString CaseTypeMatrix::typeLabel(const QString &typeId) const
{
    const Type *t = type(typeId);
    return t ? QCoreApplication::translate("CaseTypeMatrix", t->label.toUtf8().constData())
             : typeId;
}
