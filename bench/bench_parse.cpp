// How long a RetrieveUpdatedCases answer takes to become value types, beside the time of
// QJsonDocument::fromJson alone on the same bytes: through QJsonDocument + CaseJson ("typed") and
// through CaseStreamReader ("stream", whose ratio is also to the bare fromJson). The answers are
// generated here in the provider's shape (5 communications a case, .NET dates), 1k, 10k and 100k
// cases by default. Target: typed parsing at most 1.5x the bare JSON parse; 10k cases under 150 ms.
//
//   bench_parse [N ...]

#include "api/CaseJson.h"
#include "api/CaseStreamReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

template<typename... Args>
QByteArray format(const char *pattern, Args... args)
{
    const int size = std::snprintf(nullptr, 0, pattern, args...);
    QByteArray out(size, Qt::Uninitialized);
    std::snprintf(out.data(), size_t(size) + 1, pattern, args...);
    return out;
}

QByteArray makeAnswer(int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * 1500);
    out += R"({"data":{"viewer":{"account":{"cases":[)";
    const auto date = [](int minutes, int ticks) {
        const int day = 1 + (minutes / 1440) % 28;
        const int hour = (minutes / 60) % 24;
        const int minute = minutes % 60;
        return format(
            "2026-10-%02dT%02d:%02d:07.%07d+00:00", day, hour, minute, ticks % 10'000'000);
    };
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ',';
        const int base = 60 + (i * 37) % 38'000;
        out += format(
            R"({"id":"CS-%07d","subject":"%s","type":"%s","priority":"P%d","status":"InProgress",)"
            R"("origin":"Portal","createdDate":"%s","customerReference":%s,"lastModifiedDate":"%s",)"
            R"("startOfIncident":"%s","endOfIncident":null,"communications":[)",
            4'000'000 + i, i % 2 ? "ServiceDown" : "ChangeRequest",
            i % 2 ? "Incident" : "NonIncident", 1 + i % 5, date(base, i).constData(),
            i % 3 ? "null" : format("\"INC%07d\"", i).constData(),
            date(base + 400, i + 5).constData(), date(base + 10, i).constData());
        for (int m = 0; m < 5; ++m) {
            if (m)
                out += ',';
            out += format(R"({"message":"Update %d on case %d: packet loss on the access circuit, )"
                          R"(traceroute attached, please check the CPE at the site.","type":"%s",)"
                          R"("timestamp":"%s","sentBy":"%s"})",
                m, i, m % 2 ? "ProviderMessage" : "CustomerMessage",
                date(base + m * 60, i * 7 + m).constData(), m % 2 ? "Provider NOC" : "Ann Smit");
        }
        out += format(R"(],"site":{"siteId":"SITE-%d","name":"Rotterdam DC"},)"
                      R"("service":{"serviceId":"SVC-%d","serviceName":"Internet 500M"}})",
            i % 8, i % 10);
    }
    out += "]}}}}";
    return out;
}

// Best of `runs`, in milliseconds.
template<typename F>
double bestOf(int runs, F f)
{
    double best = 1e18;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        f();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QByteArray(argv[i]).toInt());
    if (sizes.empty())
        sizes = {1'000, 10'000, 100'000};

    std::printf("%8s %9s %12s %10s %12s %10s %7s %12s %10s %7s\n", "cases", "MiB", "fromJson ms",
        "MB/s", "typed ms", "MB/s", "ratio", "stream ms", "MB/s", "ratio");
    for (const int n : sizes) {
        const QByteArray bytes = makeAnswer(n);
        const double mb = double(bytes.size()) / 1e6;
        const int runs = n >= 100'000 ? 3 : 7;
        qsizetype sink = 0;
        const double jsonMs
            = bestOf(runs, [&] { sink += QJsonDocument::fromJson(bytes).object().size(); });
        const auto typed = [&] {
            const QJsonArray array = QJsonDocument::fromJson(bytes)
                                         .object()
                                         .value(QLatin1String("data"))
                                         .toObject()
                                         .value(QLatin1String("viewer"))
                                         .toObject()
                                         .value(QLatin1String("account"))
                                         .toObject()
                                         .value(QLatin1String("cases"))
                                         .toArray();
            QList<Case> cases = CaseJson::parseCases(array);
            if (cases.size() != n)
                qFatal("parse failed");
            return cases;
        };
        const auto stream = [&] {
            auto result = CaseStreamReader::read(bytes);
            if (!result.error.isEmpty() || !result.cases || result.cases->size() != n)
                qFatal("stream parse failed: %s", qPrintable(result.error));
            return std::move(*result.cases);
        };
        // Both readers must agree before their times mean anything.
        if (stream() != typed())
            qFatal("CaseStreamReader and CaseJson differ on %d cases", n);
        const double typedMs = bestOf(runs, [&] { sink += typed().size(); });
        const double streamMs = bestOf(runs, [&] { sink += stream().size(); });
        std::printf("%8d %9.1f %12.1f %10.1f %12.1f %10.1f %7.2f %12.1f %10.1f %7.2f\n", n,
            double(bytes.size()) / (1024.0 * 1024.0), jsonMs, mb / (jsonMs / 1000.0), typedMs,
            mb / (typedMs / 1000.0), typedMs / jsonMs, streamMs, mb / (streamMs / 1000.0),
            streamMs / jsonMs);
        if (sink == 0)
            std::printf("(nothing parsed)\n");
    }
    return 0;
}
