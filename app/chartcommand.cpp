#include "chartcommand.h"

#include "charts/chartcatalog.h"
#include "commanddatabase.h"
#include "commandfailure.h"
#include "export/chartexport.h"
#include "export/tableexport.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorbenchmarkmodel.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementgridmodel.h"
#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

const QString exportOption = QStringLiteral("export-chart");
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
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(exportOption);
}

int run(const QCommandLineParser &parser, const CommandDatabase &database)
{
    const QString &databasePath = database.path;
    const QString output = parser.value(exportOption);
    if (!parser.isSet(authorityOption))
        return commandFailure(
            2, QStringLiteral("--export-chart needs --authority NAME.\n%1").arg(parser.helpText()));
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
    std::unique_ptr<Store> store = database.open(CommandDatabase::Need::Existing, &problem);
    if (!store)
        return commandFailure(1, problem);
    const std::optional<Authority> authority =
        store->authorities().byName(parser.value(authorityOption));
    if (!authority)
        return commandFailure(
            1, QStringLiteral("There is no authority called '%1' in %2.")
                   .arg(parser.value(authorityOption), QDir::toNativeSeparators(databasePath)));
    if (table)
        return writeTable(*store, *authority, parser, output);
    QChart *chart = nullptr;
    if (chartName == QLatin1String("grades")) {
        chart = ChartCatalog::grades(*store, authority->id);
    } else if (chartName == QLatin1String("rag-now")) {
        chart = ChartCatalog::ragNow(*store, authority->id, false);
    } else if (chartName == QLatin1String("rag-over-time")) {
        chart = ChartCatalog::ragOverTime(*store, authority->id);
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
        chart = ChartCatalog::indicator(*store, authority->id, indicator->id);
    }
    options.caption = ChartCatalog::caption(*store, authority->id);
    const Status written = ChartExport::write(chart, output, options);
    if (!written.ok())
        return commandFailure(1, written.error());
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
    return 0;
}

} // namespace ChartCommand
