// Parses a large provider answer and merges it into the case list model twice (a first sync,
// then a poll returning every case again), printing the figures. Input: the JSON answer of
// RetrieveUpdatedCases from the sandbox's `--seed large:N` (scripts/bench produces it).

#include "api/CaseJson.h"
#include "models/CaseListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_caselist <RetrieveUpdatedCases answer.json>\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    const QByteArray bytes = file.readAll();

    QElapsedTimer timer;
    timer.start();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const qint64 jsonMs = timer.restart();
    const QJsonArray array = document.object()
                                 .value(QLatin1String("data"))
                                 .toObject()
                                 .value(QLatin1String("viewer"))
                                 .toObject()
                                 .value(QLatin1String("account"))
                                 .toObject()
                                 .value(QLatin1String("cases"))
                                 .toArray();
    QString error;
    const auto cases = CaseJson::parseCases(array, &error);
    if (!cases) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 parseMs = timer.restart();
    qsizetype messages = 0;
    for (const Case &c : *cases)
        messages += c.communications.size();

    CaseListModel model;
    model.upsert(*cases);
    const qint64 firstMergeMs = timer.restart();
    const int changed = model.upsert(*cases);
    const qint64 repeatMergeMs = timer.restart();

    std::printf("cases: %lld, communications: %lld, answer: %.1f MiB\n",
        static_cast<long long>(cases->size()), static_cast<long long>(messages),
        double(bytes.size()) / (1024.0 * 1024.0));
    std::printf("json parse: %lld ms\n", static_cast<long long>(jsonMs));
    std::printf("case parse: %lld ms\n", static_cast<long long>(parseMs));
    std::printf("first merge into model: %lld ms\n", static_cast<long long>(firstMergeMs));
    std::printf("repeat merge (nothing changed, %d rows touched): %lld ms\n", changed,
        static_cast<long long>(repeatMergeMs));
    return 0;
}
