#include "store/SearchTerms.h"

#include "store/Sqlite.h"

#include <memory>

namespace {

// The search table's tokenizer arguments (Migrations, version 1): unicode61 remove_diacritics 2.
const char *const TokenizerArguments[] = {"remove_diacritics", "2"};

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api && api->iVersion >= 2 ? api : nullptr;
}

// The first byte sequence after every string that begins with `prefix` (UTF-8 never holds
// 0xF5..0xFF).
QByteArray upperBound(const QByteArray &prefix)
{
    return prefix + "\xF5";
}

} // namespace

struct SearchTerms::Tokenizer
{
    fts5_tokenizer api {};
    Fts5Tokenizer *instance = nullptr;

    ~Tokenizer()
    {
        if (instance)
            api.xDelete(instance);
    }

    template<typename Each>
    void tokenize(const QString &text, int flags, Each each) const
    {
        const QByteArray utf8 = text.toUtf8();
        api.xTokenize(instance, &each, flags, utf8.constData(), int(utf8.size()),
            [](void *context, int, const char *token, int length, int, int) {
                (*static_cast<Each *>(context))(std::string_view(token, size_t(length)));
                return SQLITE_OK;
            });
    }
};

SearchTerms::SearchTerms(sqlite3 *db)
    : m_db(db)
{
    // A file opened at an older schema (tests do) has no word table: prefix queries as before.
    fts5_api *fts5 = db ? fts5Of(db) : nullptr;
    if (!fts5
        || sqlite3_table_column_metadata(
               db, "main", "search_terms", "term", nullptr, nullptr, nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return;
    auto tokenizer = std::make_unique<Tokenizer>();
    void *userData = nullptr;
    if (fts5->xFindTokenizer(fts5, "unicode61", &userData, &tokenizer->api) != SQLITE_OK)
        return;
    if (tokenizer->api.xCreate(
            userData, const_cast<const char **>(TokenizerArguments), 2, &tokenizer->instance)
        != SQLITE_OK)
        return;
    m_tokenizer = tokenizer.release();
}

SearchTerms::~SearchTerms()
{
    delete m_tokenizer;
}

QList<QByteArray> SearchTerms::queryTokens(const QString &text) const
{
    QList<QByteArray> tokens;
    if (m_tokenizer) {
        m_tokenizer->tokenize(text, FTS5_TOKENIZE_QUERY, [&tokens](std::string_view token) {
            tokens.append(QByteArray(token.data(), qsizetype(token.size())));
        });
    }
    return tokens;
}

void SearchTerms::collect(const QString &text)
{
    if (!m_tokenizer)
        return;
    m_tokenizer->tokenize(text, FTS5_TOKENIZE_DOCUMENT, [this](std::string_view token) {
        if (m_pending.find(token) == m_pending.end())
            m_pending.emplace(token);
    });
}

bool SearchTerms::flush()
{
    if (m_pending.empty())
        return true;
    Sqlite::Statement insert(m_db, "INSERT OR IGNORE INTO search_terms (term) VALUES (?1)");
    bool ok = insert.isValid();
    for (auto word = m_pending.cbegin(); ok && word != m_pending.cend(); ++word) {
        insert.bindUtf8(1, word->data(), qsizetype(word->size()));
        ok = insert.run();
    }
    m_pending.clear();
    return ok;
}

std::optional<QList<QByteArray>> SearchTerms::expand(const QByteArray &prefix) const
{
    Sqlite::Statement select(m_db,
        "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3");
    if (!select.isValid())
        return std::nullopt;
    const QByteArray bound = upperBound(prefix);
    select.bindUtf8(1, prefix.constData(), prefix.size());
    select.bindUtf8(2, bound.constData(), bound.size());
    select.bind(3, MaxExpansion + 1);
    QList<QByteArray> words;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW)
        words.append(QByteArray(select.utf8(0), select.bytes(0)));
    if (rc != SQLITE_DONE || words.size() > MaxExpansion)
        return std::nullopt;
    return words;
}
