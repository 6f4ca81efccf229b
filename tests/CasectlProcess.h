#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The casectl binary run as a user would, for the casectl tests: settings and data in
// `configDir` (never the user's), no secret or password from the caller's environment.
struct CasectlResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

// Starts casectl without waiting for it (set up as for runCasectl); the caller owns the process.
class QProcess;
QProcess *startCasectl(
    const QString &configDir, const QStringList &arguments, const QProcessEnvironment &extra = {});

CasectlResult runCasectl(const QString &configDir, const QStringList &arguments,
    const QByteArray &input = {}, const QProcessEnvironment &extra = {});
