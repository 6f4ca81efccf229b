#pragma once

#include "Command.h"
#include "models/Case.h"

#include <QDateTime>

#include <functional>

// casectl export CASE [CASE...] --format pdf|json -o FILE
// casectl export --service ID --from DATE --to DATE [--format pdf|json] -o FILE
// The case dossier (docs/dossier.md) of the cases named, or of the service's incidents that
// started in the period, fetched from the provider (from the profile's store when the network
// is down), as one file with a summary table when there are several.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    ExportCommand();
    int run(CommandContext &context) override;

private:
    // Fetches m_ids one after another into m_cases, then writes.
    void fetchNext(CommandContext &context);
    void fetchService(CommandContext &context, const QString &serviceId);
    int write(CommandContext &context);

    QStringList m_ids;
    QList<Case> m_cases;
    QString m_path;
    int m_format = 0; // DossierFile::Format
    bool m_fromCache = false; // every case (--service) read from the local store
    QStringList m_cachedIds; // the named cases read from the local store
    Timestamp m_from;
    Timestamp m_to;
};
