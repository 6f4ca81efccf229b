#include "store/StorePaths.h"

#include "models/Profile.h"

#include <QDir>
#include <QStandardPaths>

namespace StorePaths {

namespace {

QString baseDirectory()
{
    QString base = qEnvironmentVariable("CASECONSOLE_DATA_DIR");
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/CaseConsole");
    return base;
}

} // namespace

QString databaseFor(const Profile &profile)
{
    return databaseNamed(profile.storageKey());
}

QString databaseNamed(const QString &name)
{
    return QDir(baseDirectory()).filePath(QStringLiteral("profiles/%1/cases.db").arg(name));
}

QString sandboxStateFile()
{
    return QDir(baseDirectory()).filePath(QStringLiteral("sandbox/state.json"));
}

} // namespace StorePaths
