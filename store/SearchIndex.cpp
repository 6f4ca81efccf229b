#include "store/SearchIndex.h"

#include "models/CaseTypeMatrix.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{ }

QString SearchIndex::headerText(const CaseHeader &c)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    return QStringList {c.id, matrix.subjectLabel(c.subject), c.subject, matrix.typeLabel(c.type),
        c.customerReference, c.serviceName, c.siteName}
        .join(u' ');
}

QString SearchIndex::messageText(const Communication &m)
{
    return m.sentBy.isEmpty() ? m.message : m.sentBy + u'\n' + m.message;
}

QString SearchIndex::searchExpression(const QString &input, bool *shortened) const
{
    // Every word must occur, each as a prefix; FTS5 syntax in the input is taken literally.
    // Each word is a pass over the index: a pasted page kept the store busy for minutes, so
    // only the first words are searched for.
    const QStringList words
        = input.left(Store::MaxSearchLength)
              .split(QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts);
    if (shortened)
        *shortened = input.size() > Store::MaxSearchLength || words.size() > Store::MaxSearchWords;
    QStringList terms;
    for (QString word : words.mid(0, Store::MaxSearchWords))
        terms << u'"' + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    return terms.join(u' ');
}

Store::SearchPage SearchIndex::searchPage(
    const QString &input, const Store::SearchCursor &after, int limit)
{
    Store::SearchPage page;
    const QString expression = searchExpression(input, &page.shortened);
    page.next = after;
    if (expression.isEmpty() || limit <= 0)
        return page;
    // FTS5 walks its doclists in rowid order and stops with the page: no hit is scored, and
    // a word in every message reads a page's worth of rows, not every hit.
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT rowid, case_id FROM search WHERE search MATCH ? "
                                "AND rowid < ? ORDER BY rowid DESC"));
    rows.addBindValue(expression);
    rows.addBindValue(after.below);
    if (!m_db.exec(rows))
        return page;
    QList<qint64> hitRows;
    while (rows.next()) {
        const QString caseId = rows.value(1).toString();
        if (page.next.seen.contains(caseId))
            continue;
        const qint64 rowid = rows.value(0).toLongLong();
        if (page.hits.size() == limit) {
            // A case for the next page: it starts at this row.
            page.more = true;
            page.next.below = rowid + 1;
            break;
        }
        page.next.seen.insert(caseId);
        page.hits.append({caseId, {}, 0});
        hitRows.append(rowid);
    }
    rows.finish();
    if (!page.more)
        page.next.below = std::numeric_limits<qint64>::min();
    addSnippets(expression, page, hitRows);
    return page;
}

void SearchIndex::addSnippets(
    const QString &expression, Store::SearchPage &page, const QList<qint64> &rows)
{
    QSqlQuery snippet(m_db.connection());
    snippet.prepare(QStringLiteral("SELECT snippet(search, 1, char(2), char(3), '…', 12) "
                                   "FROM search WHERE search MATCH ? AND rowid = ?"));
    for (int i = 0; i < rows.size(); ++i) {
        snippet.addBindValue(expression);
        snippet.addBindValue(rows.at(i));
        if (m_db.exec(snippet) && snippet.next())
            page.hits[i].snippet = snippet.value(0).toString();
        snippet.finish();
    }
}
