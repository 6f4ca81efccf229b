#pragma once

// The words of the full-text index, so that a word typed as a prefix is searched as the words
// it begins. FTS5 answers a prefix query ("tracer"*) by merging the whole doclist of every
// word it begins before the first row comes back: for a word in half of all messages that is
// most of the index (over 1 s at 100k cases). The same hits through an OR of the words
// themselves stream newest first and stop with the page. The words are FTS5's own tokens
// (its unicode61 tokenizer, called through fts5_api), kept in `search_terms` as the writer
// indexes text, in the same transaction. Internal to store/.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_set>

class SearchTerms
{
public:
    // More words than this for one prefix (a letter or two typed) and the prefix query is
    // used as it is: an OR of hundreds of words costs more than the merge.
    static constexpr int MaxExpansion = 128;

    // The tokenizer of `db`'s FTS5, configured as the search table's.
    explicit SearchTerms(sqlite3 *db);
    ~SearchTerms();
    SearchTerms(const SearchTerms &) = delete;
    SearchTerms &operator=(const SearchTerms &) = delete;

    // False when the connection has no FTS5 or its unicode61 tokenizer.
    bool isValid() const { return m_tokenizer != nullptr; }
    // The connection the words are read from and written to.
    sqlite3 *connection() const { return m_db; }

    // The tokens FTS5 makes of `text` in a query (folded, diacritics removed), in order.
    QList<QByteArray> queryTokens(const QString &text) const;

    // Remembers the words of `text` (as indexed) for the next flush().
    void collect(const QString &text);
    // Adds the remembered words not yet in `search_terms`; runs in the caller's transaction.
    bool flush();

    // The known words that begin with `prefix`, in order; nullopt when there are more than
    // MaxExpansion (or the table cannot be read).
    std::optional<QList<QByteArray>> expand(const QByteArray &prefix) const;

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    using Words = std::unordered_set<std::string, Hash, std::equal_to<>>;

    sqlite3 *m_db = nullptr;
    struct Tokenizer;
    Tokenizer *m_tokenizer = nullptr;
    Words m_pending;
};
