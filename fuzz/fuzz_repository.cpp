// The Case Repository client's readers (models/RepositoryEntry: an entry, a search page, a
// history, the status table, the repository's dates): any body, never a crash or a sanitizer
// report; an entry read is complete (caseId and status) and its own JSON reads back the same.

#include "FuzzSupport.h"
#include "models/RepositoryEntry.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {

void checkEntry(const RepositoryEntry &entry)
{
    FUZZ_CHECK(!entry.caseId.isEmpty() && !entry.status.isEmpty(), entry.caseId);
    FUZZ_CHECK(
        !entry.creationDate.isValid() || entry.creationDate.timeSpec() == Qt::UTC, entry.caseId);
    // Written and read again: the same entry, to the second (the wire has no fractions).
    const auto once = RepositoryEntry::fromJson(entry.toJson());
    FUZZ_CHECK(once.has_value(), entry.caseId);
    const auto twice = RepositoryEntry::fromJson(once->toJson());
    FUZZ_CHECK(twice.has_value() && *twice == *once, entry.caseId);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The whole input as a date, as the repository writes them.
    const QDateTime date = RepositoryEntry::parseDate(QString::fromUtf8(bytes));
    if (date.isValid()) {
        FUZZ_CHECK(date.timeSpec() == Qt::UTC, QString::fromUtf8(bytes));
        const QString written = RepositoryEntry::formatDate(date);
        // Whole seconds on the wire: the written form reads back and writes the same text.
        // (Not toSecsSinceEpoch(): it truncates towards zero, so before 1970 a fraction moves it.)
        const QDateTime again = RepositoryEntry::parseDate(written);
        FUZZ_CHECK(again.isValid() && RepositoryEntry::formatDate(again) == written
                && again.toMSecsSinceEpoch() % 1000 == 0
                && qAbs(date.toMSecsSinceEpoch() - again.toMSecsSinceEpoch()) < 1000,
            written);
    }

    RepositoryStatuses::fromJson(bytes);

    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (const auto entry = RepositoryEntry::fromJson(json))
        checkEntry(*entry);
    bool badEntry = false;
    if (const auto page = RepositoryPage::fromJson(json, &badEntry)) {
        FUZZ_CHECK(!badEntry, QString());
        for (const RepositoryEntry &entry : page->content)
            checkEntry(entry);
    }
    if (const auto history = RepositoryEntryChange::listFromJson(json)) {
        for (const RepositoryEntryChange &change : *history)
            FUZZ_CHECK(!change.time.isValid() || change.time.timeSpec() == Qt::UTC, QString());
    }
    return 0;
}
