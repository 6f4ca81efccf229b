#include "api/GraphQLDocuments.h"

#include "api/Logging.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

#include <functional>

namespace {

// One file of resources/graphql/parts.
struct Piece
{
    QString name;
    std::optional<ProviderCapabilities::Part> capability; // none: an include only
    std::optional<ProviderCapabilities::Part> needs;
    QString body; // the text outside any section, for "#@ include"
    QMap<QString, QString> sections; // by slot
};

QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

std::optional<ProviderCapabilities::Part> partNamed(const QString &key, const QString &file)
{
    const auto part = ProviderCapabilities::fromKey(key);
    if (!part)
        qCWarning(lcApi) << file << "names an unknown capability" << key;
    return part;
}

Piece parsePiece(const QString &name, const QString &text)
{
    Piece piece;
    piece.name = name;
    QString *into = &piece.body;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("#@ capability ")))
            piece.capability = partNamed(trimmed.mid(14).trimmed(), name);
        else if (trimmed.startsWith(QLatin1String("#@ needs ")))
            piece.needs = partNamed(trimmed.mid(9).trimmed(), name);
        else if (trimmed.startsWith(QLatin1String("#@ into ")))
            into = &piece.sections[trimmed.mid(8).trimmed()];
        else if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            *into += line + u'\n';
    }
    return piece;
}

// Every part, read once: the documents are compiled in and never change.
const QList<Piece> &pieces()
{
    static const QList<Piece> all = [] {
        QList<Piece> list;
        const QStringList files
            = QDir(QStringLiteral(":/graphql/parts"))
                  .entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            list.append(
                parsePiece(file.chopped(8), read(QStringLiteral(":/graphql/parts/") + file)));
        }
        return list;
    }();
    return all;
}

const Piece *pieceNamed(const QString &name)
{
    for (const Piece &p : pieces()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString indented(const QString &text, const QString &indent)
{
    QString out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        out += indent + line + u'\n';
    return out;
}

bool wanted(const Piece &piece, const ProviderCapabilities &caps)
{
    return piece.capability && caps.has(*piece.capability)
        && (!piece.needs || caps.has(*piece.needs));
}

// `text` with its markers replaced; `chosen` says which parts fill the slotNames.
QString fill(const QString &text, const std::function<bool(const Piece &)> &chosen)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        const QString indent = trimmed.isEmpty() ? QString() : line.left(line.indexOf(trimmed));
        if (trimmed.startsWith(QLatin1String("#@ include "))) {
            if (const Piece *piece = pieceNamed(trimmed.mid(11).trimmed()))
                out += indented(piece->body, indent);
            else
                qCWarning(lcApi) << "no part" << trimmed.mid(11);
        } else if (trimmed.startsWith(QLatin1String("#@ slot "))) {
            const QString slot = trimmed.mid(8).trimmed();
            for (const Piece &piece : pieces()) {
                if (chosen(piece))
                    out += indented(piece.sections.value(slot), indent);
            }
        } else {
            out += line;
            if (i + 1 < lines.size())
                out += u'\n';
        }
    }
    return out;
}

QStringList slotsOf(const QString &text)
{
    QStringList slotNames;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("#@ slot ")))
            slotNames << trimmed.mid(8).trimmed();
    }
    return slotNames;
}

} // namespace

QString GraphQLDocuments::compose(const QString &operation, const ProviderCapabilities &caps)
{
    const QString text = read(QStringLiteral(":/graphql/%1.graphql").arg(operation));
    if (text.isEmpty())
        return {};
    return fill(text, [&caps](const Piece &piece) { return wanted(piece, caps); });
}

QList<ProviderCapabilities::Part> GraphQLDocuments::partsOf(const QString &operation)
{
    const QStringList slotNames
        = slotsOf(read(QStringLiteral(":/graphql/%1.graphql").arg(operation)));
    QList<ProviderCapabilities::Part> parts;
    for (const Piece &piece : pieces()) {
        if (!piece.capability || parts.contains(*piece.capability))
            continue;
        for (const QString &slot : slotNames) {
            if (piece.sections.contains(slot)) {
                parts.append(*piece.capability);
                break;
            }
        }
    }
    return parts;
}

QStringList GraphQLDocuments::operations()
{
    QStringList names;
    const QStringList files
        = QDir(QStringLiteral(":/graphql"))
              .entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(8);
    return names;
}

QString GraphQLDocuments::probe(ProviderCapabilities::Part part)
{
    using P = ProviderCapabilities::Part;
    QString skeleton;
    switch (part) {
    case P::CasePriority:
    case P::CaseEndOfIncident:
    case P::CaseSiteName:
    case P::CaseServiceName:
        skeleton = QStringLiteral("ProbeCase");
        break;
    case P::CreateCasePriority:
        skeleton = QStringLiteral("ProbeCreateCase");
        break;
    case P::AccountId:
    case P::AccountName:
    case P::AccountServices:
    case P::AccountServiceDetails:
    case P::AccountSites:
    case P::AccountSiteLocations:
        skeleton = QStringLiteral("ProbeAccount");
        break;
    }
    // This part alone, whatever it needs elsewhere.
    return fill(read(QStringLiteral(":/graphql/discovery/%1.graphql").arg(skeleton)),
        [part](const Piece &piece) { return piece.capability == part; });
}

QString GraphQLDocuments::introspection()
{
    return read(QStringLiteral(":/graphql/discovery/ProviderSchema.graphql"));
}
