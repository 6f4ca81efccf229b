#include "store/SearchIndex.h"

#include "models/CaseTypeMatrix.h"
#include "store/Database.h"
#include "store/SearchTerms.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

QString phrase(const QList<QByteArray> &tokens)
{
    QByteArray joined = tokens.isEmpty() ? QByteArray() : tokens.constFirst();
    for (qsizetype i = 1; i < tokens.size(); ++i)
        joined += ' ' + tokens.at(i);
    return u'"' + QString::fromUtf8(joined).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{ }

SearchIndex::~SearchIndex() = default;

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

QString SearchIndex::searchExpression(const QString &input, bool *shortened)
{
    // Every word must occur, each as a prefix; FTS5 syntax in the input is taken literally.
    // Each word is a pass over the index: a pasted page kept the store busy for minutes, so
    // only the first words are searched for.
    const QStringList words
        = input.left(Store::MaxSearchLength)
              .split(QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts);
    if (shortened)
        *shortened = input.size() > Store::MaxSearchLength || words.size() > Store::MaxSearchWords;
    if (!m_terms || m_terms->connection() != m_db.handle())
        m_terms = std::make_unique<SearchTerms>(m_db.handle());
    QStringList terms;
    for (const QString &word : words.mid(0, Store::MaxSearchWords)) {
        const QString term = wordExpression(word);
        if (!term.isEmpty())
            terms << term;
    }
    return terms.join(QStringLiteral(" AND "));
}

// A word as FTS5 tokenizes it, its last token a prefix: as the words of the index that
// token begins (an OR that streams newest first), or as FTS5's prefix query when there are
// too many of them (SearchTerms).
QString SearchIndex::wordExpression(const QString &word)
{
    if (!m_terms->isValid()) {
        QString quoted = word;
        return u'"' + quoted.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    }
    QList<QByteArray> tokens = m_terms->queryTokens(word);
    if (tokens.isEmpty())
        return {};
    const std::optional<QList<QByteArray>> words = m_terms->expand(tokens.constLast());
    // None known: the prefix query finds nothing as cheaply.
    if (!words || words->isEmpty())
        return phrase(tokens) + u'*';
    if (words->size() == 1) {
        tokens.last() = words->constFirst();
        return phrase(tokens);
    }
    QStringList alternatives;
    for (const QByteArray &w : *words) {
        tokens.last() = w;
        alternatives << phrase(tokens);
    }
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
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
    // a word in every message reads a page's worth of rows, not every hit. The snippet comes
    // with the row: asked for apart, each would run the query again (for a prefix of many
    // words, the whole merge again per hit).
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT rowid, case_id, snippet(search, 1, char(2), char(3), "
                                "'…', 12) FROM search WHERE search MATCH ? AND rowid < ? "
                                "ORDER BY rowid DESC"));
    rows.addBindValue(expression);
    rows.addBindValue(after.below);
    if (!m_db.exec(rows))
        return page;
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
        page.hits.append({caseId, rows.value(2).toString(), 0});
    }
    rows.finish();
    if (!page.more)
        page.next.below = std::numeric_limits<qint64>::min();
    return page;
}
