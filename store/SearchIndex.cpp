#include "store/SearchIndex.h"

#include "models/CaseTypeMatrix.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

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

QList<Store::SearchHit> SearchIndex::search(const QString &input, int limit, bool *shortened)
{
    QList<Store::SearchHit> hits;
    const QString expression = searchExpression(input, shortened);
    if (expression.isEmpty())
        return hits;
    QSqlDatabase db = m_db.connection();
    // Best row per case; snippets only for the cases returned.
    QSqlQuery ranked(db);
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral(
        "SELECT case_id, rowid, rank FROM search WHERE search MATCH ? ORDER BY rank"));
    ranked.addBindValue(expression);
    if (!m_db.exec(ranked))
        return hits;
    QSet<QString> seen;
    QList<qint64> rows;
    while (ranked.next() && hits.size() < limit) {
        const QString caseId = ranked.value(0).toString();
        if (seen.contains(caseId))
            continue;
        seen.insert(caseId);
        hits.append({caseId, {}, ranked.value(2).toDouble()});
        rows.append(ranked.value(1).toLongLong());
    }
    ranked.finish();
    QSqlQuery snippet(db);
    snippet.prepare(QStringLiteral("SELECT snippet(search, 1, char(2), char(3), '…', 12) "
                                   "FROM search WHERE search MATCH ? AND rowid = ?"));
    const int withSnippet = qMin<int>(int(hits.size()), 50);
    for (int i = 0; i < withSnippet; ++i) {
        snippet.addBindValue(expression);
        snippet.addBindValue(rows.at(i));
        if (m_db.exec(snippet) && snippet.next())
            hits[i].snippet = snippet.value(0).toString();
        snippet.finish();
    }
    return hits;
}
