// upload / download throughput at each realm size, against the lower of two same-run limits:
// the raw QWebSocket transfer of the same bytes in the same message size between two processes,
// and durable writes of the same bytes (1 MiB + fdatasync) on the data directories' file system.
//   upload:   S MiB written while paused, then resume() until uploadAllLocalChanges completes
//             (the server acknowledges only what it stored durably).
//   download: a fresh client opens the same realm and waits for downloadAllServerChanges.
#include "groups.h"
#include "syncfixture.h"

#include "baselines/durablefile.h"
#include "baselines/rawwebsocket.h"
#include "harness/context.h"
#include "harness/figurenames.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

// The durable-file baseline writes 1 MiB at a time: large enough that the disk, not the
// system call, sets the pace.
constexpr qint64 kDurableChunkBytes = 1024 * 1024;

struct TransferSizes
{
    qint64 totalBytes = 0;
    qint64 valueBytes = 0;
    // Bytes per WebSocket message the SDK and the server send for this data, which the raw
    // baseline copies (see docs/performance.md: how the message size was chosen).
    qint64 uploadMessageBytes = 0;
    qint64 downloadMessageBytes = 0;
};

// The SDK packs pending changesets into UPLOAD frames of at most 1 MiB of operations
// (kMaxUploadBytes in core/src/protocolsession.cpp, one oversized changeset goes alone); the
// server puts at most 256 KiB of changesets in a DOWNLOAD (ServerLimits::downloadBatchBytes,
// docs/protocol.md section 6.1: one larger changeset goes alone).
// The raw baseline sends messages of the sizes those rules give for our values.
TransferSizes sizesFor(const BenchOptions &options, int mib)
{
    constexpr qint64 kSdkUploadFrameBytes = 1024 * 1024;
    constexpr qint64 kServerDownloadBatchBytes = 256 * 1024;
    constexpr qint64 kOperationOverhead = 1 + 4 + 12 + 4; // kind, key size, "value-NNNNNN", size
    TransferSizes sizes;
    sizes.totalBytes = qint64(mib) * 1024 * 1024;
    sizes.valueBytes =
        std::min<qint64>(qint64(options.throughputValueKiB) * 1024, sizes.totalBytes);
    const qint64 changeset = sizes.valueBytes + kOperationOverhead;
    const qint64 perUpload = std::max<qint64>(1, kSdkUploadFrameBytes / changeset);
    const qint64 perDownload = std::max<qint64>(1, kServerDownloadBatchBytes / changeset);
    sizes.uploadMessageBytes = std::min(sizes.totalBytes, perUpload * sizes.valueBytes);
    sizes.downloadMessageBytes = std::min(sizes.totalBytes, perDownload * sizes.valueBytes);
    return sizes;
}

// Writes the realm while paused (not timed), then times resume() → upload acknowledged.
std::optional<double> sdkUploadSeconds(BenchClient &client, const QString &realmPath,
                                       const TransferSizes &sizes)
{
    std::shared_ptr<Realm> realm = client.open(realmPath);
    if (!realm)
        return std::nullopt;
    SyncSession *session = realm->syncSession();
    session->pause();
    QByteArray value(sizes.valueBytes, 'd');
    int index = 0;
    for (qint64 written = 0; written < sizes.totalBytes; written += sizes.valueBytes, ++index) {
        value[0] = char(index);
        if (!realm->write(u"value-%1"_s.arg(index, 6, 10, QChar(u'0')),
                          written + sizes.valueBytes <= sizes.totalBytes
                              ? value
                              : value.left(sizes.totalBytes - written))) {
            qCWarning(lcBench) << "Realm::write failed:" << realm->lastError();
            return std::nullopt;
        }
    }
    QElapsedTimer clock;
    clock.start();
    session->resume();
    const FutureOutcome outcome = awaitFuture(session->uploadAllLocalChanges(), clock, 600s);
    if (outcome.result != FutureOutcome::Result::Succeeded) {
        qCWarning(lcBench) << "upload did not complete:" << outcome.error;
        return std::nullopt;
    }
    realm->close();
    return double(outcome.finishedAtNs) / 1e9;
}

// A fresh client (its own App, connection and local file) downloads the whole realm, from the
// last node (with several nodes: not the one the upload went to).
std::optional<double> sdkDownloadSeconds(BenchContext &context, const BenchServer &server,
                                         const QString &realmPath)
{
    const QString directory = context.newDirectory(u"download-client"_s);
    QElapsedTimer clock;
    std::optional<double> seconds;
    {
        BenchClient client(server.otherUrl(), server.token(), directory);
        clock.start();
        std::shared_ptr<Realm> realm = client.open(realmPath);
        if (!realm)
            return std::nullopt;
        const FutureOutcome outcome =
            awaitFuture(realm->syncSession()->downloadAllServerChanges(), clock, 600s);
        if (outcome.result != FutureOutcome::Result::Succeeded) {
            qCWarning(lcBench) << "download did not complete:" << outcome.error;
            return std::nullopt;
        }
        seconds = double(outcome.finishedAtNs) / 1e9;
        realm->close();
    }
    QDir(directory).removeRecursively();
    return seconds;
}

} // namespace

QList<Figure> measureThroughput(BenchContext &context)
{
    const BenchOptions &options = context.options();
    RawWebSocket *raw = context.rawWebSocket();
    BenchServer server(context, u"throughput"_s);
    if (!raw || !server.start()) {
        qCWarning(lcBench) << "throughput:" << server.errorString();
        return {};
    }
    QList<Figure> figures;
    for (int mib : options.throughputMiB) {
        const TransferSizes sizes = sizesFor(options, mib);
        QList<double> upload, download, rawUpload, rawDownload, durable;
        for (int repetition = 0; repetition < options.repetitions; ++repetition) {
            const QString realmPath = u"/bench/throughput/%1-mib/%2"_s.arg(mib).arg(repetition);
            const QString directory = context.newDirectory(u"upload-client"_s);
            std::optional<double> up;
            {
                BenchClient client(server.url(), server.token(), directory);
                up = sdkUploadSeconds(client, realmPath, sizes);
            }
            QDir(directory).removeRecursively();
            const std::optional<double> down = sdkDownloadSeconds(context, server, realmPath);
            const std::optional<double> rawUp =
                raw->upload(sizes.totalBytes, sizes.uploadMessageBytes);
            const std::optional<double> rawDown =
                raw->download(sizes.totalBytes, sizes.downloadMessageBytes);
            // Right after the raw transfers, on the file system of the data directories: the
            // pair of limits is taken back to back, as the disk's speed changes by the minute.
            QString durableError;
            const QString durableDirectory = context.newDirectory(u"durable-baseline"_s);
            const std::optional<double> durableSeconds = durableWriteSeconds(
                durableDirectory, sizes.totalBytes, kDurableChunkBytes, &durableError);
            QDir(durableDirectory).removeRecursively();
            if (!durableSeconds)
                qCWarning(lcBench) << "durable-file baseline:" << durableError;
            if (!up || !down || !rawUp || !rawDown || !durableSeconds) {
                qCWarning(lcBench) << "throughput at" << mib << "MiB failed";
                return figures;
            }
            upload.append(mib / *up);
            download.append(mib / *down);
            rawUpload.append(mib / *rawUp);
            rawDownload.append(mib / *rawDown);
            durable.append(mib / *durableSeconds);
            qCInfo(lcBench,
                   "throughput %d MiB %d/%d: upload %.1f MiB/s (raw %.1f), download %.1f MiB/s "
                   "(raw %.1f), durable file writes %.1f MiB/s",
                   mib, repetition + 1, options.repetitions, upload.last(), rawUpload.last(),
                   download.last(), rawDownload.last(), durable.last());
        }
        // Each direction is bounded by the network path and by the disk that must hold the
        // bytes durably (the server's store on upload, the client's file on download); the
        // baseline is whichever limit is lower in this run.
        const Limit durableLimit{u"durable file writes (1 MiB + fdatasync)"_s, durable};
        Figure up =
            makeFigureAgainstLowestLimit(names::uploadThroughput(mib), u"MiB/s"_s, upload,
                                         {{u"raw QWebSocket client→server, %1 KiB messages"_s.arg(
                                               sizes.uploadMessageBytes / 1024),
                                           rawUpload},
                                          durableLimit});
        up.goal = u"≥ 0.5× baseline"_s;
        Figure down =
            makeFigureAgainstLowestLimit(names::downloadThroughput(mib), u"MiB/s"_s, download,
                                         {{u"raw QWebSocket server→client, %1 KiB messages"_s.arg(
                                               sizes.downloadMessageBytes / 1024),
                                           rawDownload},
                                          durableLimit});
        down.goal = u"≥ 0.5× baseline"_s;
        figures << up << down;
    }
    return figures;
}

} // namespace syncscope::bench
