#include "chartcommand.h"

#include "charts/chartcatalog.h"
#include "charts/charttable.h"
#include "commanddatabase.h"
#include "commandfailure.h"
#include "export/chartexport.h"
#include "export/tableexport.h"

#include "authorities/authoritystore.h"
#include "csv/csvwriter.h"
#include "files/atomicfile.h"
#include "indicators/indicatorbenchmarkmodel.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementgridmodel.h"
#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QBuffer>
#include <QChart>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <functional>

#include <cstdio>

namespace {

const QString exportOption = QStringLiteral("export-chart");
const QString exportAllOption = QStringLiteral("export-charts");
const QString formatOption = QStringLiteral("format");
const QString indicatorsOption = QStringLiteral("indicators"); // shared with --board-pack
const QString chartOption = QStringLiteral("chart");
const QString indicatorOption = QStringLiteral("indicator");
const QString widthOption = QStringLiteral("width-cm");
const QString dpiOption = QStringLiteral("dpi");
const QString forceOption = QStringLiteral("force");
const QString authorityOption = QStringLiteral("authority");

// The table behind a chart, as the window shows it: the grid of grades, or an indicator's
// figures beside England, the region and neighbours with rank and quartile.
int writeTable(Store &store, const Authority &authority, const QCommandLineParser &parser,
               const QString &output)
{
    if (QFileInfo::exists(output) && !parser.isSet(forceOption))
        return commandFailure(1, QStringLiteral("%1 already exists; add --force to replace it.")
                                     .arg(QDir::toNativeSeparators(output)));
    std::unique_ptr<QAbstractItemModel> model;
    QString title;
    if (parser.value(chartOption) == QLatin1String("grades")) {
        auto grid = std::make_unique<JudgementGridModel>(store.judgements(), store.sources());
        grid->setAuthority(authority.id);
        title = QStringLiteral("Judgements");
        model = std::move(grid);
    } else {
        const std::optional<Indicator> indicator =
            store.indicators().indicator(parser.value(indicatorOption));
        if (!indicator)
            return commandFailure(1,
                                  parser.isSet(indicatorOption)
                                      ? QStringLiteral("There is no indicator '%1'.")
                                            .arg(parser.value(indicatorOption))
                                      : QStringLiteral("--chart indicator needs --indicator KEY."));
        auto rows = std::make_unique<IndicatorBenchmarkModel>(store);
        rows->setSelection(authority.id, indicator->id);
        title = indicator->key;
        model = std::move(rows);
    }
    const Status written = QFileInfo(output).suffix().toLower() == QLatin1String("csv")
                               ? TableExport::writeCsv(*model, output)
                               : TableExport::writeXlsx(*model, output, title);
    if (!written.ok())
        return commandFailure(1, written.error());
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
    return 0;
}

// Every chart the board pack would hold for an authority, one file each, and charts.csv
// listing them: for officers dropping charts into a committee paper.
int exportAll(const QCommandLineParser &parser, const CommandDatabase &database,
              const ChartExport::Options &given)
{
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("png") && format != QLatin1String("svg") &&
        format != QLatin1String("pdf"))
        return commandFailure(
            2, QStringLiteral("--format takes png, svg or pdf, not '%1'.").arg(format));
    QString problem;
    Authority authority;
    std::unique_ptr<Store> store =
        database.openFor(parser.value(authorityOption), &authority, &problem);
    if (!store)
        return commandFailure(1, problem);

    // Which indicators: those named, or every one the authority has figures for.
    QList<Indicator> indicators;
    if (parser.isSet(indicatorsOption)) {
        for (const QString &key :
             parser.value(indicatorsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<Indicator> indicator = store->indicators().indicator(key.trimmed());
            if (!indicator)
                return commandFailure(
                    1, QStringLiteral("There is no indicator '%1'.").arg(key.trimmed()));
            indicators << *indicator;
        }
    } else {
        indicators = store->indicators().indicatorsWithValues(authority.id);
    }

    struct Planned
    {
        QString name;
        std::function<QChart *()> draw;
    };
    const qint64 id = authority.id;
    Store &data = *store;
    QList<Planned> planned = {
        {QStringLiteral("grades"), [&] { return ChartCatalog::grades(data, id); }},
        {QStringLiteral("rag-now"), [&] { return ChartCatalog::ragNow(data, id, false); }},
        {QStringLiteral("rag-over-time"), [&] { return ChartCatalog::ragOverTime(data, id); }},
    };
    for (const Indicator &indicator : std::as_const(indicators)) {
        const qint64 indicatorId = indicator.id;
        planned.append(
            {QStringLiteral("indicator-%1").arg(indicator.key),
             [&data, id, indicatorId] { return ChartCatalog::indicator(data, id, indicatorId); }});
    }

    // Nothing is written when any target is there already, unless --force: a folder of a
    // paper in progress is not half replaced.
    const QDir folder(parser.value(exportAllOption));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return commandFailure(1, QStringLiteral("The folder %1 cannot be made.")
                                     .arg(QDir::toNativeSeparators(folder.path())));
    const QString listName = folder.filePath(QStringLiteral("charts.csv"));
    const bool force = parser.isSet(forceOption);
    QStringList taken;
    for (const Planned &p : std::as_const(planned)) {
        const QString target = folder.filePath(p.name + QLatin1Char('.') + format);
        if (QFileInfo::exists(target))
            taken << QFileInfo(target).fileName();
    }
    if (QFileInfo::exists(listName))
        taken << QFileInfo(listName).fileName();
    if (!taken.isEmpty() && !force)
        return commandFailure(
            1, QStringLiteral("%1 already holds %2; nothing was written. Add "
                              "--force to replace them (other files in the "
                              "folder are left alone).")
                   .arg(QDir::toNativeSeparators(folder.path()), taken.join(QStringLiteral(", "))));

    ChartExport::Options options = given;
    options.overwrite = force;
    options.caption = ChartCatalog::caption(*store, id);
    // charts.csv as spreadsheets expect it (UTF-8 with a byte order mark, CRLF, quoting).
    QByteArray list;
    QBuffer listBuffer(&list);
    listBuffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&listBuffer);
    csv.writeRow({QStringLiteral("file"), QStringLiteral("title"),
                  QStringLiteral("alternative_text"), QStringLiteral("source")});
    for (const Planned &p : std::as_const(planned)) {
        const QString fileName = p.name + QLatin1Char('.') + format;
        const QString target = folder.filePath(fileName);
        QChart *chart = p.draw();
        const QString title = chart->title();
        const QString alternative = ChartTable::alternativeText(chart);
        // Each file whole or not at all; a failure stops here, before charts.csv.
        const Status written = ChartExport::write(chart, target, options);
        if (!written.ok())
            return commandFailure(1, QStringLiteral("%1: %2 (charts.csv was not written)")
                                         .arg(fileName, written.error()));
        csv.writeRow({fileName, title, alternative, options.caption});
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(target)));
    }
    // Last, so that a listing always names files that are all there.
    listBuffer.close();
    const QString listed = AtomicFile::write(listName, list);
    if (!listed.isEmpty())
        return commandFailure(1, listed);
    std::printf("%s\n%lld charts of %s written to %s\n",
                qPrintable(QDir::toNativeSeparators(listName)),
                static_cast<long long>(planned.size()), qPrintable(authority.name),
                qPrintable(QDir::toNativeSeparators(folder.absolutePath())));
    return 0;
}

} // namespace

namespace ChartCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {exportOption,
         QStringLiteral(
             "Write a chart to FILE (.png, .svg or .pdf) without opening a window, then exit. "
             "Needs --authority; see --chart."),
         QStringLiteral("FILE")});
    parser.addOption(
        {chartOption,
         QStringLiteral(
             "Which chart to export: grades (default), rag-now, rag-over-time or indicator "
             "(with --indicator)."),
         QStringLiteral("NAME"), QStringLiteral("grades")});
    parser.addOption({indicatorOption,
                      QStringLiteral("The indicator key for --chart indicator, e.g. cla_rate."),
                      QStringLiteral("KEY")});
    parser.addOption({widthOption,
                      QStringLiteral("Width of the exported chart in cm (default 16)."),
                      QStringLiteral("CM"), QStringLiteral("16")});
    parser.addOption({dpiOption, QStringLiteral("Resolution of an exported PNG (default 300)."),
                      QStringLiteral("DPI"), QStringLiteral("300")});
    parser.addOption({forceOption, QStringLiteral("Replace an existing export file.")});
    parser.addOption(
        {exportAllOption,
         QStringLiteral("Write every chart the board pack would hold for --authority (grades, "
                        "RAG now and over time, each indicator with figures, or those of "
                        "--indicators) into folder DIR, one file each, and charts.csv listing "
                        "them, then exit. Nothing is written if a file is there already, "
                        "unless --force."),
         QStringLiteral("DIR")});
    parser.addOption({formatOption,
                      QStringLiteral("The file type for --export-charts: png (default), svg or "
                                     "pdf."),
                      QStringLiteral("TYPE"), QStringLiteral("png")});
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(exportOption) || parser.isSet(exportAllOption);
}

int run(const QCommandLineParser &parser, const CommandDatabase &database)
{
    const QString output = parser.value(exportOption);
    const QString command = parser.isSet(exportAllOption) ? exportAllOption : exportOption;
    if (!parser.isSet(authorityOption))
        return commandFailure(
            2, QStringLiteral("--%1 needs --authority NAME.\n%2").arg(command, parser.helpText()));
    if (parser.isSet(exportOption) && parser.isSet(exportAllOption))
        return commandFailure(
            2, QStringLiteral("Give --export-chart FILE for one chart or --export-charts DIR for "
                              "all of them, not both."));
    bool ok = false;
    ChartExport::Options options;
    options.widthCm = parser.value(widthOption).toDouble(&ok);
    if (!ok)
        return commandFailure(2,
                              QStringLiteral("--width-cm takes a number of centimetres, not '%1'.")
                                  .arg(parser.value(widthOption)));
    options.dpi = parser.value(dpiOption).toInt(&ok);
    if (!ok)
        return commandFailure(
            2,
            QStringLiteral("--dpi takes a whole number, not '%1'.").arg(parser.value(dpiOption)));
    options.overwrite = parser.isSet(forceOption);
    if (parser.isSet(exportAllOption))
        return exportAll(parser, database, options);
    const QString chartName = parser.value(chartOption);
    const QStringList charts = {QStringLiteral("grades"), QStringLiteral("rag-now"),
                                QStringLiteral("rag-over-time"), QStringLiteral("indicator")};
    if (!charts.contains(chartName))
        return commandFailure(2, QStringLiteral("--chart must be one of %1, not '%2'.")
                                     .arg(charts.join(QStringLiteral(", ")), chartName));
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool table = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
    if (!table && !ChartExport::formatFor(output))
        return commandFailure(
            2, QStringLiteral("%1: the export file must end in .png, .svg or .pdf for the chart, "
                              "or .csv or .xlsx for its table.")
                   .arg(output));
    if (table && chartName != QLatin1String("indicator") && chartName != QLatin1String("grades"))
        return commandFailure(2, QStringLiteral("--chart %1 is exported as a picture (.png, .svg "
                                                "or .pdf); tables come with the grades and "
                                                "indicator charts.")
                                     .arg(chartName));
    QString problem;
    Authority authority;
    std::unique_ptr<Store> store =
        database.openFor(parser.value(authorityOption), &authority, &problem);
    if (!store)
        return commandFailure(1, problem);
    if (table)
        return writeTable(*store, authority, parser, output);
    QChart *chart = nullptr;
    if (chartName == QLatin1String("grades")) {
        chart = ChartCatalog::grades(*store, authority.id);
    } else if (chartName == QLatin1String("rag-now")) {
        chart = ChartCatalog::ragNow(*store, authority.id, false);
    } else if (chartName == QLatin1String("rag-over-time")) {
        chart = ChartCatalog::ragOverTime(*store, authority.id);
    } else {
        const std::optional<Indicator> indicator =
            store->indicators().indicator(parser.value(indicatorOption));
        if (!indicator) {
            return commandFailure(1,
                                  parser.isSet(indicatorOption)
                                      ? QStringLiteral("There is no indicator '%1'.")
                                            .arg(parser.value(indicatorOption))
                                      : QStringLiteral("--chart indicator needs --indicator KEY."));
        }
        chart = ChartCatalog::indicator(*store, authority.id, indicator->id);
    }
    options.caption = ChartCatalog::caption(*store, authority.id);
    const Status written = ChartExport::write(chart, output, options);
    if (!written.ok())
        return commandFailure(1, written.error());
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
    return 0;
}

} // namespace ChartCommand
