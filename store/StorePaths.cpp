#include "store/StorePaths.h"

#include "models/Profile.h"

#include <QDir>
#include <QStandardPaths>

namespace StorePaths {

QString databaseFor(const Profile &profile)
{
    QString base = qEnvironmentVariable("CASECONSOLE_DATA_DIR");
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/CaseConsole");
    return QDir(base).filePath(QStringLiteral("profiles/%1/cases.db").arg(profile.storageKey()));
}

} // namespace StorePaths
