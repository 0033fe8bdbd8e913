// Chart exports and the headless command line that writes them.
#include "support/tempdatabase.h"

#include "actions/actiontablemodel.h"
#include "actions/rag.h"
#include "charts/chartcatalog.h"
#include "charts/emptychart.h"
#include "demo/demodatabase.h"
#include "demo/syntheticdemo.h"
#include "export/boardpack.h"
#include "export/boardpackdialog.h"
#include "export/chartactions.h"
#include "export/chartexport.h"
#include "export/pngencoder.h"
#include "export/tableexport.h"
#include "indicators/indicatorbenchmarkmodel.h"
#include "meetings/changessince.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtEndian>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString output;
};

Run cstracker(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    // The program's own settings (where a reader's meetings are kept) go beside the files.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir(workingDirectory).filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CSTRACKER_BINARY), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

const QString demoStatistics =
    QStringLiteral(CSTRACKER_TEST_DATA "/../../resources/demo/dfe-statistics/"
                                       "cla_number_and_rate_per_10k_children.csv");
const QString aReport =
    QStringLiteral(CSTRACKER_TEST_DATA "/ofsted-reports/dudley-10-december-2018.pdf");
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pngHasTheSizeWidthAndDpiImply_data();
    void pngHasTheSizeWidthAndDpiImply();
    void pngKeepsEveryPixel();
    void pngStreamIsWholeAtEverySize_data();
    void pngStreamIsWholeAtEverySize();
    void svgLoads();
    void vectorFilesHoldShapesNotPictures();
    void svgKeepsHatchedBars();
    void longLegendNamesAreBrokenNotCut();
    void pdfHoldsTheAuthorityAsText();
    void neverOverwritesWithoutBeingTold();
    void unwritablePathIsAnError();
    void copyPutsImageAndSvgOnTheClipboard();
    void boardPackPagesAndText();
    void boardPackSaysWhetherTheFiguresMoved();
    void boardPackRefusesBadRequests();
    void boardPackOpensWithWhatChangedSince();
    void boardPackRanksTheLatestPeriodAsTheWindowDoes();
    void boardPackRemembersTheLastMeeting();
    void boardPackAsOpenDocument();
    void boardPackDialog();
    void tablesToXlsxAndCsv();
    void commandLine_data();
    void commandLine();
    void tableBehindAChart();
    void exportsEveryChartOfAnAuthority();
    void everyCommandTakesTheDatabaseOptions_data();
    void everyCommandTakesTheDatabaseOptions();
    void readOnlyCommands();
    void fullDiskLeavesTheOldFile_data();
    void fullDiskLeavesTheOldFile();
    void chartsWithNothingToDrawSaySo_data();
    void chartsWithNothingToDrawSaySo();

private:
    QChart *grades() const
    {
        return ChartCatalog::grades(*m_store,
                                    m_store->authorities().byName(QStringLiteral("Leicester"))->id);
    }
    QTemporaryDir m_dir;
    TempDatabase *m_temp = nullptr;
    std::unique_ptr<Store> m_store;
};

void TestExport::initTestCase()
{
    m_temp = new TempDatabase;
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
}

void TestExport::cleanupTestCase()
{
    m_store.reset();
    delete m_temp;
}

void TestExport::pngHasTheSizeWidthAndDpiImply_data()
{
    QTest::addColumn<double>("widthCm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("pixels");
    QTest::newRow("default 16 cm at 300 dpi") << 16.0 << 300 << 1890;
    QTest::newRow("8 cm at 150 dpi") << 8.0 << 150 << 472;
    QTest::newRow("25.4 cm at 96 dpi") << 25.4 << 96 << 960;
}

void TestExport::pngHasTheSizeWidthAndDpiImply()
{
    QFETCH(double, widthCm);
    QFETCH(int, dpi);
    QFETCH(int, pixels);
    const QString file = m_dir.filePath(QStringLiteral("g-%1-%2.png").arg(widthCm).arg(dpi));
    ChartExport::Options o;
    o.widthCm = widthCm;
    o.dpi = dpi;
    o.caption = QStringLiteral("Source: test");
    QVERIFY(ChartExport::write(grades(), file, o).ok());
    const QImage image(file);
    QCOMPARE(image.width(), pixels);
    QCOMPARE(image.height(), int(std::lround(pixels * o.aspect)));
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // print theme: white ground
}

void TestExport::pngKeepsEveryPixel()
{
    // A chart as painted, antialiased lines and text on white, read back pixel for pixel.
    ChartExport::Options o;
    o.widthCm = 8;
    o.dpi = 150;
    QImage painted = ChartExport::blankImage(o);
    {
        QPainter p(&painted);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), 3));
        p.drawLine(QPointF(3.5, 10.25), QPointF(painted.width() - 7, painted.height() - 3.5));
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(QPointF(100, 60), 40.5, 20.25);
        p.drawText(QPointF(20, painted.height() / 2.0), QStringLiteral("Children looked after"));
    }
    QString problem;
    const QByteArray bytes = PngEncoder::encode(painted, &problem);
    QVERIFY2(!bytes.isEmpty(), qPrintable(problem));
    QImage read;
    QVERIFY(read.loadFromData(bytes, "PNG"));
    QCOMPARE(read.size(), painted.size());
    QCOMPARE(read.dotsPerMeterX(), painted.dotsPerMeterX());
    QCOMPARE(read.dotsPerMeterY(), painted.dotsPerMeterY());
    QCOMPARE(read.convertToFormat(QImage::Format_RGB32),
             painted.convertToFormat(QImage::Format_RGB32));

    QVERIFY(PngEncoder::encode(QImage(), &problem).isEmpty());
    QVERIFY(!problem.isEmpty());
}

void TestExport::pngStreamIsWholeAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("one pixel") << QSize(1, 1);
    QTest::newRow("one band") << QSize(300, 63);
    QTest::newRow("bands of unequal rows") << QSize(257, 1001);
    QTest::newRow("wide and short") << QSize(4000, 130);
}

// The rows are deflated in bands on every core and joined into one stream: at any size the
// file's data is one zlib stream whose checksum holds (qUncompress checks it), and every
// row, each unlike the others, reads back as painted.
void TestExport::pngStreamIsWholeAtEverySize()
{
    QFETCH(QSize, size);
    QImage painted(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(painted.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            row[x] = qRgb((x * 7 + y) & 0xff, (y * 13) & 0xff, (x ^ y) & 0xff);
    }
    QString problem;
    const QByteArray png = PngEncoder::encode(painted, &problem);
    QVERIFY2(!png.isEmpty(), qPrintable(problem));

    QByteArray stream;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (png.mid(at + 4, 4) == "IDAT")
            stream += png.mid(at + 8, length);
        at += 12 + length;
    }
    const quint32 rawSize = quint32(size.height()) * quint32(size.width() * 3 + 1);
    QByteArray sized(4, Qt::Uninitialized);
    qToBigEndian(rawSize, sized.data());
    const QByteArray raw = qUncompress(sized + stream);
    QCOMPARE(raw.size(), qsizetype(rawSize));

    QImage read;
    QVERIFY(read.loadFromData(png, "PNG"));
    QCOMPARE(read.convertToFormat(QImage::Format_RGB32),
             painted.convertToFormat(QImage::Format_RGB32));
}

// Beside the plot Qt gives the legend at most 38% of the chart and cuts longer names short
// ("Statistical neighbours (mean o..."): an export breaks such a name over two lines.
void TestExport::longLegendNamesAreBrokenNotCut()
{
    auto *chart = new QChart;
    const QStringList names = {QStringLiteral("Leicester"), QStringLiteral("England"),
                               QStringLiteral("East Midlands"),
                               QStringLiteral("Statistical neighbours (mean of 10)")};
    for (const QString &name : names) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->append(0, 1);
        series->append(1, 2);
        chart->addSeries(series);
    }
    chart->createDefaultAxes();
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString file = m_dir.filePath(QStringLiteral("legend.svg"));
    QVERIFY(ChartExport::write(chart, file, {}).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.contains("East Midlands"));
    QVERIFY(svg.contains("Statistical neighbours"));
    QVERIFY(svg.contains("(mean of 10)"));
    QVERIFY(!svg.contains("..."));
    QVERIFY(!svg.contains("\xe2\x80\xa6")); // an ellipsis
}

void TestExport::svgLoads()
{
    const QString file = m_dir.filePath(QStringLiteral("g.svg"));
    QVERIFY(ChartExport::write(grades(), file, {}).ok());
    QSvgRenderer renderer(file);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.defaultSize().width() > 500);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("Leicester: grades over time"));
    QVERIFY(text.contains("Requires improvement"));
}

// Markers are shapes in SVG and PDF, not pictures (which blur when zoomed in a committee
// paper and weigh a document down); the SVG holds no empty groups.
void TestExport::vectorFilesHoldShapesNotPictures()
{
    const qint64 leicester = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    const qint64 cla = m_store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    const QString svgFile = m_dir.filePath(QStringLiteral("cla-vector.svg"));
    QVERIFY(
        ChartExport::write(ChartCatalog::indicator(*m_store, leicester, cla), svgFile, {}).ok());
    QFile f(svgFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(QSvgRenderer(svg).isValid());
    QVERIFY(!svg.contains("<image"));
    QVERIFY(
        !QString::fromUtf8(svg).contains(QRegularExpression(QStringLiteral("<g [^>]*>\\s*</g>"))));
    // Each figure's marker is there as a shape: circles for the authority's own line.
    QVERIFY2(svg.count("<circle") + svg.count("<path") >= 5, svg.constData());

    const QString pdfFile = m_dir.filePath(QStringLiteral("cla-vector.pdf"));
    QVERIFY(
        ChartExport::write(ChartCatalog::indicator(*m_store, leicester, cla), pdfFile, {}).ok());
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (pdfimages.isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
    QProcess p;
    p.start(pdfimages, {QStringLiteral("-list"), pdfFile});
    QVERIFY(p.waitForFinished(20000));
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the heading and its rule: no image
}

// Qt's SVG writer leaves out a fill drawn from a picture: the hatched green and blue bars
// of the RAG chart are there, in their colours.
void TestExport::svgKeepsHatchedBars()
{
    const qint64 example =
        m_store->authorities().byName(QStringLiteral("Example Borough (synthetic)"))->id;
    const QString file = m_dir.filePath(QStringLiteral("rag-now.svg"));
    QVERIFY(ChartExport::write(ChartCatalog::ragNow(*m_store, example, false), file, {}).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    for (const Rag rag : {Rag::Red, Rag::Green, Rag::Blue}) {
        const QByteArray fill = "fill=\"" + Rags::colour(rag).name().toLatin1() + '"';
        QVERIFY2(svg.count(fill) >= 2, fill.constData()); // the bar and its legend box
    }
}

void TestExport::pdfHoldsTheAuthorityAsText()
{
    const QString file = m_dir.filePath(QStringLiteral("g.pdf"));
    QVERIFY(ChartExport::write(grades(), file, {}).ok());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(pdftotext, {file, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QLatin1String("Leicester")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Inadequate")));
}

void TestExport::neverOverwritesWithoutBeingTold()
{
    const QString file = m_dir.filePath(QStringLiteral("once.png"));
    QVERIFY(ChartExport::write(grades(), file, {}).ok());
    const Status again = ChartExport::write(grades(), file, {});
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QLatin1String("already exists")));
    ChartExport::Options force;
    force.overwrite = true;
    QVERIFY(ChartExport::write(grades(), file, force).ok());
}

void TestExport::unwritablePathIsAnError()
{
    const Status s =
        ChartExport::write(grades(), m_dir.filePath(QStringLiteral("no/such/dir/x.png")), {});
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QLatin1String("cannot be written")));
    QVERIFY(!ChartExport::write(grades(), m_dir.filePath(QStringLiteral("x.gif")), {}).ok());
}

void TestExport::copyPutsImageAndSvgOnTheClipboard()
{
    QChartView view;
    view.setChart(grades());
    ChartActions::attach(
        &view, [this]() { return grades(); }, []() { return QStringLiteral("Source: test"); });
    QAction *copy = nullptr;
    for (QAction *a : view.actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Copy))
            copy = a;
    }
    QVERIFY(copy);
    QCOMPARE(view.actions().size(), 2); // Copy Chart, Save Chart As...
    copy->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    ChartExport::Options at150;
    at150.dpi = 150;
    QCOMPARE(qvariant_cast<QImage>(data->imageData()).width(),
             ChartExport::pixelSize(at150).width());
    QVERIFY(data->data(QStringLiteral("image/svg+xml")).contains("Leicester: grades over time"));
}

void TestExport::boardPackSaysWhetherTheFiguresMoved()
{
    // The synthetic borough's actions aim at its figures: the pack gives a page to where each
    // measure stands, in words (it reads in grey), in the PDF and in the OpenDocument text.
    BoardPack::Request request;
    request.authorityId = m_store->authorities().byName(SyntheticDemo::boroughName())->id;
    request.meeting = QStringLiteral("Children's Improvement Board (synthetic)");
    request.meetingDate = QDate(2026, 11, 30);
    const BoardPack pack(*m_store, request);
    const QString html = pack.measuresHtml(request.authorityId);
    QVERIFY(html.contains(QLatin1String("Impact measures: are the figures moving?")));
    QVERIFY(html.contains(QLatin1String("Care leavers aged 19 to 21 in education")));
    // The plan's own measure comes first, under the plan's name.
    const int whole = int(html.indexOf(QStringLiteral("Whole plan \u201C")));
    QVERIFY(whole > 0);
    QVERIFY(whole < html.indexOf(QLatin1String("Care leavers aged 19 to 21 in education")));
    QVERIFY(html.contains(QLatin1String("Off track")));
    QVERIFY(html.contains(QLatin1String("On track")) || html.contains(QLatin1String("Target met")));
    const QString file = m_dir.filePath(QStringLiteral("measures-pack.pdf"));
    QCOMPARE(pack.writePdf(file, true).error(), QString());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils is not installed");
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    // The PDF's text draws "fi" and "ff" as ligatures; they read back as one character.
    const QString words = QString::fromUtf8(text.readAllStandardOutput())
                              .replace(QChar(0xFB01), QLatin1String("fi"))
                              .replace(QChar(0xFB00), QLatin1String("ff"));
    QVERIFY2(words.contains(QLatin1String("Impact measures: are the figures moving?")),
             qPrintable(words.mid(words.indexOf(QLatin1String("Exceptions")), 4000)));
    QVERIFY(words.contains(QLatin1String("off track. On track means")));
    QVERIFY(words.contains(QLatin1String("Evidence behind the actions")));
    const QString evidence = pack.evidenceHtml(request.authorityId);
    QVERIFY2(evidence.contains(QLatin1String("https://example.org/synthetic/evidence/1")),
             qPrintable(evidence));
    QVERIFY(evidence.contains(QLatin1String("Case file audit")));
    // A real authority has no measures or evidence, and no such pages.
    const qint64 leicester = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    QVERIFY(pack.measuresHtml(leicester).isEmpty());
    QVERIFY(pack.evidenceHtml(leicester).isEmpty());
}

void TestExport::boardPackPagesAndText()
{
    BoardPack::Request request;
    request.authorityId = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    request.meeting = QStringLiteral("Health and Wellbeing Board");
    request.meetingDate = QDate(2017, 3, 16);
    request.indicators = {m_store->indicators().indicator(QStringLiteral("cla_rate"))->id,
                          m_store->indicators().indicator(QStringLiteral("cpp_rate"))->id,
                          m_store->indicators().indicator(QStringLiteral("cin_count"))->id};
    request.commentary.insert(request.indicators.first(),
                              QStringLiteral("Stable since the inspection."));
    const BoardPack pack(*m_store, request);
    // cover, judgements, action plan charts, exceptions, three pages of indicators (one a
    // chart), sources, and the charts described in words and figures
    QCOMPARE(pack.pageCount(), 9);
    const QString file = m_dir.filePath(QStringLiteral("pack.pdf"));
    const Status written = pack.writePdf(file, false);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(!pack.writePdf(file, false).ok()); // never replaced without being told
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils is not installed");
    QProcess info;
    info.start(pdfinfo, {file});
    QVERIFY(info.waitForFinished(20000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+9"))));
    QProcess text;
    text.start(pdftotext, {file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(words.contains(QLatin1String("Leicester")));
    QVERIFY(words.contains(QLatin1String("Health and Wellbeing Board, 16 March 2017")));
    QVERIFY(words.contains(QLatin1String("Requires improvement")));
    QVERIFY(words.contains(QLatin1String("Stable since the inspection.")));
    QVERIFY(words.contains(QLatin1String("Page 9 of 9")));
    // Each chart's alternative text and figures are in the document, as words.
    QVERIFY(words.contains(QLatin1String("The charts described")));
    QVERIFY(words.contains(QLatin1String("Figure 1. Leicester: grades over time")));
    // From the 2015 SIF to the 2024 short inspection.
    QVERIFY2(words.contains(QLatin1String("Leadership: Inadequate to Requires improvement.")),
             qPrintable(words));
    // Title, author and subject where PDF readers look for them.
    QProcess meta;
    meta.start(pdfinfo, {QStringLiteral("-meta"), file});
    QVERIFY(meta.waitForFinished(20000));
    const QString xmp = QString::fromUtf8(meta.readAllStandardOutput());
    QVERIFY2(xmp.contains(QLatin1String("Board pack: Leicester, Health and Wellbeing Board")),
             qPrintable(xmp));
    QVERIFY(xmp.contains(QLatin1String("<dc:creator><rdf:Seq><rdf:li>Leicester children")));
    QVERIFY(xmp.contains(QLatin1String("Ofsted judgements, action plan and key indicators")));
}

void TestExport::boardPackAsOpenDocument()
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed");
    const QString file = m_dir.filePath(QStringLiteral("pack.odt"));
    QFile::remove(file);
    // From the command line, as a clerk making committee papers would.
    const QString db = m_dir.filePath(QStringLiteral("odt.sqlite"));
    const Run run = cstracker({QStringLiteral("--database"), db, QStringLiteral("--demo"),
                               QStringLiteral("--authority"), QStringLiteral("Leicester"),
                               QStringLiteral("--board-pack"), file, QStringLiteral("--meeting"),
                               QStringLiteral("Corporate Parenting Board"),
                               QStringLiteral("--meeting-date"), QStringLiteral("2017-03-16"),
                               QStringLiteral("--indicators"), QStringLiteral("cla_rate")},
                              m_dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QFile odt(file);
    QVERIFY(odt.open(QIODevice::ReadOnly));
    QCOMPARE(odt.read(77).mid(30), QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
    auto entry = [&](const QString &name) {
        QProcess p;
        p.start(unzip, {QStringLiteral("-p"), file, name});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString content = entry(QStringLiteral("content.xml"));
    // Real headings, tables as tables, charts as pictures with their alternative text.
    QVERIFY(content.contains(
        QLatin1String("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">"
                      "Leicester</text:h>")));
    QVERIFY(content.contains(QLatin1String("text:outline-level=\"2\">Ofsted judgements</text:h>")));
    // latest judgements, inspections and visits, and the figures of the two charts drawn
    QCOMPARE(content.count(QLatin1String("<table:table ")), 4);
    QVERIFY(content.contains(QLatin1String("<table:table-header-rows>")));
    QCOMPARE(content.count(QLatin1String("<draw:frame ")), 4);
    QVERIFY(content.contains(QLatin1String("<svg:title>Leicester: grades over time</svg:title>")));
    QVERIFY(content.contains(QLatin1String("<svg:desc>Leicester: grades over time. A line chart")));
    QVERIFY(content.contains(QLatin1String("Requires improvement")));
    const QString meta = entry(QStringLiteral("meta.xml"));
    QVERIFY(meta.contains(
        QLatin1String("<dc:title>Board pack: Leicester, Corporate Parenting Board</dc:title>")));
    QVERIFY(meta.contains(QLatin1String("<meta:initial-creator>Leicester children")));
    QVERIFY(entry(QStringLiteral("META-INF/manifest.xml"))
                .contains(QLatin1String("Pictures/image1.png")));
    // Any other ending is refused rather than given a PDF by another name.
    BoardPack::Request request;
    request.authorityId = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    request.meeting = QStringLiteral("Board");
    request.meetingDate = QDate(2017, 3, 16);
    const Status refused =
        BoardPack(*m_store, request).write(m_dir.filePath(QStringLiteral("pack.docx")), true);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QLatin1String(".odt")));
}

void TestExport::boardPackRefusesBadRequests()
{
    BoardPack::Request request;
    QVERIFY(BoardPack(*m_store, request).validate().error().contains(QLatin1String("authority")));
    request.authorityId = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    QVERIFY(BoardPack(*m_store, request).validate().error().contains(QLatin1String("meeting")));
    request.meeting = QStringLiteral("Board");
    QVERIFY(BoardPack(*m_store, request).validate().error().contains(QLatin1String("date")));
    request.meetingDate = QDate(2017, 3, 16);
    request.judgements = false;
    request.actionPlan = false;
    QVERIFY(BoardPack(*m_store, request).validate().error().contains(QLatin1String("section")));
    request.judgements = true;
    QVERIFY(BoardPack(*m_store, request).validate().ok());
}

// A pack's line for an indicator reads its latest period alone, ranked alone: the same
// figures, rank and quartile as the last row of the table the window shows.
void TestExport::boardPackRanksTheLatestPeriodAsTheWindowDoes()
{
    const qint64 leicester = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    int ranked = 0;
    for (const char *key :
         {"referrals_repeat_pct", "sw_turnover_pct", "sw_caseload", "sw_agency_pct",
          "cla_three_placements_pct", "cla_missing_pct", "care_leavers_in_touch_pct", "cla_rate"}) {
        const qint64 id = m_store->indicators().indicator(QLatin1String(key))->id;
        IndicatorBenchmarkModel all(*m_store);
        all.setSelection(leicester, id);
        IndicatorBenchmarkModel latest(*m_store);
        latest.setLatestOnly(true);
        latest.setSelection(leicester, id);
        if (all.rowCount() < 2)
            continue; // not in the demo's files for Leicester
        QCOMPARE(latest.rowCount(), 1);
        for (int c = 0; c < IndicatorBenchmarkModel::ColumnCount; ++c)
            QCOMPARE(latest.index(0, c).data(), all.index(all.rowCount() - 1, c).data());
        ranked += latest.index(0, IndicatorBenchmarkModel::RankColumn).data().toString().isEmpty()
                      ? 0
                      : 1;
    }
    QVERIFY(ranked >= 4);
}

// The pack for the synthetic board's December meeting opens with what changed since its
// September one: an action completed, two fallen overdue, RAG moves from the history, and
// the figures recorded in October against the targets set for them.
void TestExport::boardPackOpensWithWhatChangedSince()
{
    BoardPack::Request request;
    request.authorityId = m_store->authorities().byName(SyntheticDemo::boroughName())->id;
    request.meeting = SyntheticDemo::boardName();
    request.meetingDate = QDate(2026, 12, 10);
    request.since = QDate(2026, 9, 17);
    const BoardPack pack(*m_store, request);
    QVERIFY(pack.validate().ok());
    const QString html = pack.sinceHtml(request.authorityId);
    for (const char *words :
         {"Since the last meeting (17 September 2026)", "Actions completed",
          "completed 30 September 2026", "Actions now overdue", "due 1 October 2026", "RAG moves",
          "Synthetic figures for 2024-25 (generated, not real), recorded 20 October "
          "2026",
          "toward the target of", "No inspection or visit."})
        QVERIFY2(html.contains(QLatin1String(words)), words);
    // Figures recorded before the last meeting are not news.
    QVERIFY(!html.contains(QLatin1String("Synthetic demonstration data")));

    const QString file = m_dir.filePath(QStringLiteral("since-pack.pdf"));
    QCOMPARE(pack.writePdf(file, true).error(), QString());
    QTextDocument flowing;
    pack.fillDocument(flowing);
    QVERIFY(flowing.toPlainText().contains(QLatin1String("Since the last meeting")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils is not installed");
    // It comes straight after the cover, and runs on to a second page rather than being cut.
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                           QStringLiteral("3"), file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    const QString words =
        QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0xFB01), QLatin1String("fi"));
    QVERIFY(words.startsWith(QLatin1String("Since the last meeting")));
    QVERIFY2(words.contains(QLatin1String("Social worker turnover")), qPrintable(words));
    // Each line once: none drawn at the foot of one page and again at the head of the next.
    QCOMPARE(words.count(QLatin1String("Average social worker caseload")), 1);

    // A date since after the meeting is refused, and says which.
    request.since = QDate(2026, 12, 11);
    const QString refused = BoardPack(*m_store, request).validate().error();
    QVERIFY2(refused.contains(QLatin1String("11 December 2026")) &&
                 refused.contains(QLatin1String("after the meeting")),
             qPrintable(refused));

    // Leicestershire's 2024 inspection supersedes its earlier recommendations, on real items.
    const qint64 leicestershire =
        m_store->authorities().byName(QStringLiteral("Leicestershire"))->id;
    const ChangesSince real =
        ChangesSince::between(*m_store, leicestershire, QDate(2024, 1, 1), QDate(2024, 12, 31));
    const QString said = real.html(QStringLiteral("Since"));
    QVERIFY2(said.contains(QLatin1String("superseded by ILACS")), qPrintable(said));
    QVERIFY(said.contains(QLatin1String("Inspection of local authority children")) ||
            said.contains(QLatin1String("ILACS")));
}

// Each pack written for a meeting is remembered, so the next pack for the same meeting starts
// there; a reader who cannot write to the database keeps the dates in their own settings.
void TestExport::boardPackRemembersTheLastMeeting()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils is not installed");
    auto firstPages = [&](const QString &file) {
        QProcess text;
        text.start(pdftotext,
                   {QStringLiteral("-l"), QStringLiteral("2"), file, QStringLiteral("-")});
        text.waitForFinished(20000);
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("meetings.sqlite"));
    const QStringList borough = {QStringLiteral("--authority"), SyntheticDemo::boroughName(),
                                 QStringLiteral("--meeting"), SyntheticDemo::boardName()};
    Run run =
        cstracker(QStringList{QStringLiteral("--database"), db, QStringLiteral("--demo"),
                              QStringLiteral("--board-pack"), QStringLiteral("dec.pdf"),
                              QStringLiteral("--meeting-date"), QStringLiteral("2026-12-10")} +
                      borough,
                  dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(firstPages(dir.filePath(QStringLiteral("dec.pdf")))
                .contains(QLatin1String("Since the last meeting (17 September 2026)")));
    run = cstracker(QStringList{QStringLiteral("--database"), db, QStringLiteral("--board-pack"),
                                QStringLiteral("mar.pdf"), QStringLiteral("--meeting-date"),
                                QStringLiteral("2027-03-11")} +
                        borough,
                    dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(firstPages(dir.filePath(QStringLiteral("mar.pdf")))
                .contains(QLatin1String("Since the last meeting (10 December 2026)")));
    // --since chooses another date; one after the meeting is refused and writes nothing.
    run = cstracker(QStringList{QStringLiteral("--database"), db, QStringLiteral("--board-pack"),
                                QStringLiteral("late.pdf"), QStringLiteral("--meeting-date"),
                                QStringLiteral("2027-03-11"), QStringLiteral("--since"),
                                QStringLiteral("2027-04-01")} +
                        borough,
                    dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(QLatin1String("after the meeting")), qPrintable(run.output));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("late.pdf"))));
    run = cstracker(QStringList{QStringLiteral("--database"), db, QStringLiteral("--board-pack"),
                                QStringLiteral("bad.pdf"), QStringLiteral("--meeting-date"),
                                QStringLiteral("2027-03-11"), QStringLiteral("--since"),
                                QStringLiteral("last June")} +
                        borough,
                    dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(QLatin1String("is not a date")), qPrintable(run.output));

    // A read-only reader: the database is left as it was, and their settings remember.
    const QStringList reader = {QStringLiteral("--database"),    db,
                                QStringLiteral("--read-only"),   QStringLiteral("--authority"),
                                SyntheticDemo::boroughName(),    QStringLiteral("--meeting"),
                                QStringLiteral("Scrutiny Panel")};
    run = cstracker(reader + QStringList{QStringLiteral("--board-pack"), QStringLiteral("s1.pdf"),
                                         QStringLiteral("--meeting-date"),
                                         QStringLiteral("2026-11-05")},
                    dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(!firstPages(dir.filePath(QStringLiteral("s1.pdf")))
                 .contains(QLatin1String("Since the last meeting")));
    run = cstracker(reader + QStringList{QStringLiteral("--board-pack"), QStringLiteral("s2.pdf"),
                                         QStringLiteral("--meeting-date"),
                                         QStringLiteral("2027-02-04")},
                    dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(firstPages(dir.filePath(QStringLiteral("s2.pdf")))
                .contains(QLatin1String("Since the last meeting (5 November 2026)")));
}

void TestExport::boardPackDialog()
{
    BoardPackDialog dialog(*m_store,
                           m_store->authorities().byName(QStringLiteral("Leicester"))->id);
    BoardPack::Request r = dialog.request();
    QCOMPARE(r.indicators.size(), 4);
    QVERIFY(dialog.problem().isEmpty());
    dialog.indicatorTable()->item(0, 1)->setText(QStringLiteral("Falling since 2016."));
    QCOMPARE(dialog.request().commentary.value(r.indicators.first()),
             QStringLiteral("Falling since 2016."));
    dialog.meetingEdit()->clear();
    QVERIFY(dialog.problem().contains(QLatin1String("meeting")));
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QLatin1String("PDF")))
            QVERIFY(!b->isEnabled());
    }
    dialog.meetingEdit()->setText(QStringLiteral("Corporate Parenting Panel"));
    const QString file = m_dir.filePath(QStringLiteral("dialog-pack.pdf"));
    QCOMPARE(dialog.save(file), QString());
    QVERIFY(QFileInfo(file).size() > 10000);

    // For a meeting held before, the pack opens with what changed since the last one; typing
    // another meeting's name follows it, until the user sets the date themselves.
    BoardPackDialog next(*m_store, m_store->authorities().byName(SyntheticDemo::boroughName())->id);
    next.dateEdit()->setDate(QDate(2026, 12, 10));
    next.meetingEdit()->setText(SyntheticDemo::boardName());
    QVERIFY(next.sinceCheck()->isChecked());
    QCOMPARE(next.sinceEdit()->date(), QDate(2026, 9, 17));
    QCOMPARE(next.request().since, std::optional(QDate(2026, 9, 17)));
    next.meetingEdit()->setText(QStringLiteral("A meeting never held"));
    QVERIFY(!next.sinceCheck()->isChecked());
    QCOMPARE(next.request().since, std::nullopt);
    // A date since after the meeting: refused in words, and nothing can be saved.
    next.sinceCheck()->setChecked(true);
    next.sinceEdit()->setDate(QDate(2026, 12, 20));
    QVERIFY2(next.problem().contains(QLatin1String("after the meeting")),
             qPrintable(next.problem()));
}

void TestExport::tablesToXlsxAndCsv()
{
    const qint64 borough =
        m_store->authorities().byName(QStringLiteral("Example Borough (synthetic)"))->id;
    ActionTableModel model(m_store->actionPlans(), nullptr);
    model.setAuthority(borough);
    const QString xlsx = m_dir.filePath(QStringLiteral("actions.xlsx"));
    const Status written = TableExport::writeXlsx(model, xlsx, QStringLiteral("Actions"));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed");
    QProcess p;
    p.start(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY(p.waitForFinished(20000));
    const QString sheet = QString::fromUtf8(p.readAllStandardOutput());
    // Row 2: the due date (column G) is a number with a date format, not text; so is the
    // percent done (column J).
    const QRegularExpression due(QStringLiteral("<c r=\"G2\" s=\"(\\d+)\"><v>(\\d+)</v></c>"));
    const QRegularExpressionMatch m = due.match(sheet);
    QVERIFY2(m.hasMatch(), qPrintable(sheet.left(2000)));
    const QDate excelEpoch(1899, 12, 30);
    QCOMPARE(excelEpoch.addDays(m.captured(2).toInt()), *model.rowAt(0).action.dueDate);
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"J2\"><v>\\d+</v></c>"))));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"B2\" t=\"s\">"))); // the title is text

    const QString csv = m_dir.filePath(QStringLiteral("actions.csv"));
    QVERIFY(TableExport::writeCsv(model, csv).ok());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(model.rowAt(0).action.dueDate->toString(Qt::ISODate).toUtf8()));
}

void TestExport::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString out = QStringLiteral("cli.png");
    QTest::newRow("chart") << QStringList{QStringLiteral("--export-chart"), out,
                                          QStringLiteral("--authority"),
                                          QStringLiteral("Leicester")}
                           << 0 << QStringLiteral("cli.png");
    QTest::newRow("exists, no --force")
        << QStringList{QStringLiteral("--export-chart"), out, QStringLiteral("--authority"),
                       QStringLiteral("Leicester")}
        << 1 << QStringLiteral("already exists");
    QTest::newRow("exists, --force")
        << QStringList{QStringLiteral("--export-chart"), out, QStringLiteral("--authority"),
                       QStringLiteral("Leicester"), QStringLiteral("--force")}
        << 0 << QString();
    QTest::newRow("indicator as SVG")
        << QStringList{QStringLiteral("--export-chart"), QStringLiteral("ind.svg"),
                       QStringLiteral("--authority"),    QStringLiteral("Leicester"),
                       QStringLiteral("--chart"),        QStringLiteral("indicator"),
                       QStringLiteral("--indicator"),    QStringLiteral("cla_rate")}
        << 0 << QString();
    QTest::newRow("unknown authority")
        << QStringList{QStringLiteral("--export-chart"), QStringLiteral("a.png"),
                       QStringLiteral("--authority"), QStringLiteral("Atlantis")}
        << 1 << QStringLiteral("no authority called 'Atlantis'");
    QTest::newRow("unknown authority, every chart")
        << QStringList{QStringLiteral("--export-charts"), QStringLiteral("atlantis"),
                       QStringLiteral("--authority"), QStringLiteral("Atlantis")}
        << 1 << QStringLiteral("no authority called 'Atlantis'");
    QTest::newRow("unknown authority, board pack")
        << QStringList{QStringLiteral("--board-pack"),   QStringLiteral("atlantis.pdf"),
                       QStringLiteral("--authority"),    QStringLiteral("Atlantis"),
                       QStringLiteral("--meeting"),      QStringLiteral("Board"),
                       QStringLiteral("--meeting-date"), QStringLiteral("2026-12-10")}
        << 1 << QStringLiteral("no authority called 'Atlantis'");
    QTest::newRow("unknown indicator")
        << QStringList{QStringLiteral("--export-chart"), QStringLiteral("b.png"),
                       QStringLiteral("--authority"),    QStringLiteral("Leicester"),
                       QStringLiteral("--chart"),        QStringLiteral("indicator"),
                       QStringLiteral("--indicator"),    QStringLiteral("happiness")}
        << 1 << QStringLiteral("no indicator 'happiness'");
    QTest::newRow("no authority") << QStringList{QStringLiteral("--export-chart"),
                                                 QStringLiteral("c.png")}
                                  << 2 << QStringLiteral("needs --authority");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--export-chart"),
                                               QStringLiteral("c.gif"),
                                               QStringLiteral("--authority"),
                                               QStringLiteral("Leicester")}
                                << 2 << QStringLiteral(".png, .svg or .pdf");
    QTest::newRow("bad chart") << QStringList{QStringLiteral("--export-chart"),
                                              QStringLiteral("c.png"),
                                              QStringLiteral("--authority"),
                                              QStringLiteral("Leicester"),
                                              QStringLiteral("--chart"),
                                              QStringLiteral("pie")}
                               << 2 << QStringLiteral("--chart must be one of");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("blue")} << 2
        << QStringLiteral("Unknown option");
    QTest::newRow("board pack") << QStringList{QStringLiteral("--board-pack"),
                                               QStringLiteral("pack-cli.pdf"),
                                               QStringLiteral("--authority"),
                                               QStringLiteral("Leicester"),
                                               QStringLiteral("--meeting"),
                                               QStringLiteral("Corporate Parenting Panel"),
                                               QStringLiteral("--meeting-date"),
                                               QStringLiteral("2017-10-02"),
                                               QStringLiteral("--indicators"),
                                               QStringLiteral("cla_rate,cpp_rate")}
                                << 0 << QStringLiteral("pack-cli.pdf");
    QTest::newRow("board pack, bad date")
        << QStringList{QStringLiteral("--board-pack"),   QStringLiteral("p2.pdf"),
                       QStringLiteral("--authority"),    QStringLiteral("Leicester"),
                       QStringLiteral("--meeting"),      QStringLiteral("Board"),
                       QStringLiteral("--meeting-date"), QStringLiteral("16/03/2017")}
        << 2 << QStringLiteral("is not a date");
    QTest::newRow("board pack, unknown indicator")
        << QStringList{QStringLiteral("--board-pack"),   QStringLiteral("p3.pdf"),
                       QStringLiteral("--authority"),    QStringLiteral("Leicester"),
                       QStringLiteral("--meeting"),      QStringLiteral("Board"),
                       QStringLiteral("--meeting-date"), QStringLiteral("2017-03-16"),
                       QStringLiteral("--indicators"),   QStringLiteral("cla_rate,joy")}
        << 1 << QStringLiteral("no indicator 'joy'");
    QTest::newRow("board pack, no meeting")
        << QStringList{QStringLiteral("--board-pack"), QStringLiteral("p4.pdf"),
                       QStringLiteral("--authority"), QStringLiteral("Leicester")}
        << 2 << QStringLiteral("needs --authority, --meeting");
    QTest::newRow("all charts, bad format")
        << QStringList{QStringLiteral("--export-charts"), QStringLiteral("all"),
                       QStringLiteral("--authority"),     QStringLiteral("Leicester"),
                       QStringLiteral("--format"),        QStringLiteral("gif")}
        << 2 << QStringLiteral("--format takes png, svg or pdf");
    QTest::newRow("all charts, unknown indicator")
        << QStringList{QStringLiteral("--export-charts"), QStringLiteral("all"),
                       QStringLiteral("--authority"),     QStringLiteral("Leicester"),
                       QStringLiteral("--indicators"),    QStringLiteral("cla_rate,joy")}
        << 1 << QStringLiteral("no indicator 'joy'");
    QTest::newRow("all charts, no authority")
        << QStringList{QStringLiteral("--export-charts"), QStringLiteral("all")} << 2
        << QStringLiteral("--export-charts needs --authority");
    QTest::newRow("one chart and all of them")
        << QStringList{QStringLiteral("--export-charts"), QStringLiteral("all"),
                       QStringLiteral("--export-chart"),  QStringLiteral("one.png"),
                       QStringLiteral("--authority"),     QStringLiteral("Leicester")}
        << 2 << QStringLiteral("not both");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("--export-chart");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("cstracker ");
}

void TestExport::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(
        QStringLiteral("QT_QPA_PLATFORM")); // the program must manage without a display itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CSTRACKER_BINARY),
            QStringList{QStringLiteral("--database"), m_temp->path()} + arguments);
    QVERIFY(p.waitForFinished(60000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode, qPrintable(output));
    if (!says.isEmpty())
        QVERIFY2(output.contains(says), qPrintable(output));
}

void TestExport::tableBehindAChart()
{
    // --export-chart FILE.csv writes the rows the window's table shows, not a picture.
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(CSTRACKER_BINARY),
            {QStringLiteral("--database"), m_temp->path(), QStringLiteral("--export-chart"),
             QStringLiteral("repeat.csv"), QStringLiteral("--chart"), QStringLiteral("indicator"),
             QStringLiteral("--indicator"), QStringLiteral("cpp_repeat_pct"),
             QStringLiteral("--authority"), QStringLiteral("Example Borough (synthetic)")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile csv(m_dir.filePath(QStringLiteral("repeat.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 5);
    QVERIFY2(lines.first().startsWith(QLatin1String("Period,Example Borough (synthetic),")),
             qPrintable(lines.first()));
    QVERIFY(lines.first().endsWith(QLatin1String("Rank,Quartile")));
    // The latest year: a figure, England's, and a rank among the 12 synthetic authorities.
    const QStringList last = lines.last().split(QLatin1Char(','));
    const int rank = last.at(last.size() - 2).toInt();
    QVERIFY2(rank >= 1 && rank <= 12, qPrintable(lines.last()));
    QVERIFY2(last.at(4).size() <= 5, qPrintable(lines.last())); // a mean, rounded
    QVERIFY(QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                         QStringLiteral("D")})
                .contains(last.last()));

    QProcess refused;
    refused.setWorkingDirectory(m_dir.path());
    refused.start(QStringLiteral(CSTRACKER_BINARY),
                  {QStringLiteral("--database"), m_temp->path(), QStringLiteral("--export-chart"),
                   QStringLiteral("rag.csv"), QStringLiteral("--chart"), QStringLiteral("rag-now"),
                   QStringLiteral("--authority"), QStringLiteral("Example Borough (synthetic)")});
    QVERIFY(refused.waitForFinished(60000));
    QCOMPARE(refused.exitCode(), 2);
}

// --export-charts DIR: every chart the board pack would hold, one file each, and charts.csv
// listing them with title, alternative text and source; never half a folder replaced.
void TestExport::exportsEveryChartOfAnAuthority()
{
    const QDir folder(m_dir.filePath(QStringLiteral("paper")));
    QVERIFY(QDir().mkpath(folder.path()));
    auto put = [&](const QString &name, const QByteArray &bytes) {
        QFile f(folder.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    auto read = [&](const QString &name) {
        QFile f(folder.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QVERIFY(put(QStringLiteral("draft.docx"), "the officer's own file"));
    auto run = [&](const QStringList &more) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(CSTRACKER_BINARY),
                QStringList{QStringLiteral("--database"), m_temp->path(),
                            QStringLiteral("--export-charts"), folder.path(),
                            QStringLiteral("--authority"), QStringLiteral("Leicester"),
                            QStringLiteral("--format"), QStringLiteral("svg")} +
                    more);
        p.waitForFinished(120000);
        return std::pair{p.exitCode(),
                         QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };

    const auto [code, said] = run({});
    QVERIFY2(code == 0, qPrintable(said));
    const qint64 leicester = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    const QList<Indicator> withFigures = m_store->indicators().indicatorsWithValues(leicester);
    QVERIFY(!withFigures.isEmpty());
    // As spreadsheets open it: a byte order mark, CRLF line ends.
    const QByteArray list = read(QStringLiteral("charts.csv"));
    QVERIFY(list.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(list.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("file,title,alternative_text,source"));
    QCOMPARE(lines.size(), 1 + 3 + withFigures.size());
    QStringList files;
    for (const QString &line : lines.mid(1))
        files << line.section(QLatin1Char(','), 0, 0);
    QVERIFY(files.contains(QStringLiteral("grades.svg")));
    QVERIFY(files.contains(QStringLiteral("rag-now.svg")));
    QVERIFY(files.contains(QStringLiteral("rag-over-time.svg")));
    for (const Indicator &indicator : withFigures)
        QVERIFY2(files.contains(QStringLiteral("indicator-%1.svg").arg(indicator.key)),
                 qPrintable(indicator.key));
    for (const QString &file : std::as_const(files)) {
        const QByteArray svg = read(file);
        QVERIFY2(svg.startsWith("<?xml") && svg.contains("</svg>"), qPrintable(file));
    }
    // Each row names its title, says the chart in words and gives the sources.
    const QString cla = *std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("indicator-cla_rate.svg,"));
    });
    QVERIFY2(cla.contains(QLatin1String("Leicester")), qPrintable(cla));
    QVERIFY2(cla.contains(QLatin1String("A line chart")), qPrintable(cla));
    QVERIFY2(cla.contains(QLatin1String("Drawn ")), qPrintable(cla));
    QCOMPARE(read(QStringLiteral("draft.docx")), QByteArray("the officer's own file"));

    // Again, without --force: nothing is written, not even the files that were not there.
    QVERIFY(put(QStringLiteral("grades.svg"), "edited by hand"));
    QVERIFY(QFile::remove(folder.filePath(QStringLiteral("rag-now.svg"))));
    const auto [refused, why] = run({});
    QCOMPARE(refused, 1);
    QVERIFY2(why.contains(QLatin1String("nothing was written")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("grades.svg")), qPrintable(why));
    QCOMPARE(read(QStringLiteral("grades.svg")), QByteArray("edited by hand"));
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("rag-now.svg"))));

    // With --force, and only the indicators asked for: replaced; the rest left alone.
    const auto [forced, saidForced] = run(
        {QStringLiteral("--force"), QStringLiteral("--indicators"), QStringLiteral("cla_rate")});
    QVERIFY2(forced == 0, qPrintable(saidForced));
    QVERIFY(read(QStringLiteral("grades.svg")).startsWith("<?xml"));
    QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("rag-now.svg"))));
    QCOMPARE(QString::fromUtf8(read(QStringLiteral("charts.csv")))
                 .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                 .size(),
             1 + 3 + 1);
    QCOMPARE(read(QStringLiteral("draft.docx")), QByteArray("the officer's own file"));
}

void TestExport::everyCommandTakesTheDatabaseOptions_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("chart") << QStringList{QStringLiteral("--export-chart"),
                                          QStringLiteral("out.png"), QStringLiteral("--authority"),
                                          QStringLiteral("Leicester")};
    QTest::newRow("chart table") << QStringList{
        QStringLiteral("--export-chart"), QStringLiteral("out.csv"),     QStringLiteral("--chart"),
        QStringLiteral("indicator"),      QStringLiteral("--indicator"), QStringLiteral("cla_rate"),
        QStringLiteral("--authority"),    QStringLiteral("Leicester")};
    QTest::newRow("board pack") << QStringList{
        QStringLiteral("--board-pack"),   QStringLiteral("out.pdf"),
        QStringLiteral("--authority"),    QStringLiteral("Leicester"),
        QStringLiteral("--meeting"),      QStringLiteral("Corporate Parenting Board"),
        QStringLiteral("--meeting-date"), QStringLiteral("2026-12-01")};
    QTest::newRow("statistics") << QStringList{QStringLiteral("--import-statistics"),
                                               demoStatistics};
    QTest::newRow("report") << QStringList{QStringLiteral("--import-report"), aReport};
}

// Each headless command on a path where there is no database yet: with --demo it is made
// and filled first, whatever the command; without, the commands that only read say so.
void TestExport::everyCommandTakesTheDatabaseOptions()
{
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
    const Run withDemo =
        cstracker(QStringList{QStringLiteral("--database"), db, QStringLiteral("--demo")} + command,
                  dir.path());
    QVERIFY2(withDemo.exitCode == 0, qPrintable(withDemo.output));
    OpenError error;
    std::unique_ptr<Store> store = Store::open(db, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->authorities().byName(QStringLiteral("Example Borough (synthetic)")));
    store.reset();

    const bool imports = command.first().startsWith(QLatin1String("--import"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    const Run without =
        cstracker(QStringList{QStringLiteral("--database"), other} + command, dir.path());
    if (imports) {
        QVERIFY2(without.exitCode == 0, qPrintable(without.output)); // made, then filled
    } else {
        QCOMPARE(without.exitCode, 1);
        QVERIFY2(without.output.contains(QLatin1String("There is no database")) &&
                     without.output.contains(QLatin1String("--demo")),
                 qPrintable(without.output));
        QVERIFY(!QFileInfo::exists(other));
    }
}

// --read-only: exports read the database and leave it byte for byte; imports are refused.
void TestExport::readOnlyCommands()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(cstracker({QStringLiteral("--database"), db, QStringLiteral("--demo"),
                       QStringLiteral("--export-chart"), QStringLiteral("first.png"),
                       QStringLiteral("--authority"), QStringLiteral("Leicester")},
                      dir.path())
                .exitCode == 0);
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const Run pack = cstracker({QStringLiteral("--database"), db, QStringLiteral("--read-only"),
                                QStringLiteral("--board-pack"), QStringLiteral("pack.pdf"),
                                QStringLiteral("--authority"), QStringLiteral("Leicester"),
                                QStringLiteral("--meeting"), QStringLiteral("Board"),
                                QStringLiteral("--meeting-date"), QStringLiteral("2026-12-01")},
                               dir.path());
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.output));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("pack.pdf"))).size() > 10000);
    const Run import = cstracker({QStringLiteral("--database"), db, QStringLiteral("--read-only"),
                                  QStringLiteral("--import-statistics"), demoStatistics},
                                 dir.path());
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.output.contains(QLatin1String("--read-only")), qPrintable(import.output));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestExport::fullDiskLeavesTheOldFile_data()
{
    QTest::addColumn<QString>("suffix");
    for (const char *s : {"png", "svg", "pdf", "board-pack.pdf", "xlsx", "csv", "sqlite"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

// A disk that fills part-way through a write, as `ulimit -f` makes it: every writer says why,
// and yesterday's file is still there, whole; nothing half-written is left beside it.
void TestExport::fullDiskLeavesTheOldFile()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.") + suffix);
    const QByteArray yesterday("yesterday's good file");
    const bool database = suffix == QLatin1String("sqlite");
    if (!database) {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(yesterday);
    }

    // Writes past 4 KiB now fail with EFBIG instead of stopping the process.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit before{};
    getrlimit(RLIMIT_FSIZE, &before);
    rlimit small = before;
    small.rlim_cur = 4096;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);

    const qint64 borough =
        m_store->authorities().byName(QStringLiteral("Example Borough (synthetic)"))->id;
    ActionTableModel model(m_store->actionPlans(), nullptr);
    model.setAuthority(borough);
    ChartExport::Options force;
    force.overwrite = true;
    Status written;
    if (suffix == QLatin1String("xlsx")) {
        written = TableExport::writeXlsx(model, file, QStringLiteral("Actions"));
    } else if (suffix == QLatin1String("csv")) {
        // Enough rows to pass the limit.
        QStandardItemModel big(2000, 3);
        for (int r = 0; r < big.rowCount(); ++r)
            big.setData(big.index(r, 0), QStringLiteral("Row %1 of a long table").arg(r));
        written = TableExport::writeCsv(big, file);
    } else if (suffix == QLatin1String("board-pack.pdf")) {
        BoardPack::Request request;
        request.authorityId = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
        request.meeting = QStringLiteral("Health and Wellbeing Board");
        request.meetingDate = QDate(2017, 3, 16);
        request.indicators = {m_store->indicators().indicator(QStringLiteral("cla_rate"))->id};
        written = BoardPack(*m_store, request).writePdf(file, true);
    } else if (database) {
        written = m_store->saveCopy(file);
    } else {
        written = ChartExport::write(grades(), file, force);
    }
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, SIG_DFL);

    QVERIFY2(!written.ok(), "the write should have failed");
    QVERIFY2(written.error().contains(QLatin1String("out.")), qPrintable(written.error()));
    if (database) {
        QVERIFY(!QFileInfo::exists(file));
    } else {
        QFile old(file);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), yesterday);
    }
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, database ? QStringList() : QStringList{QStringLiteral("out.") + suffix});
}

void TestExport::chartsWithNothingToDrawSaySo_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("sentence");
    // Leicester's demo data has its inspections and published figures, but no action plan
    // and no figures for conferences held within 15 days.
    QTest::newRow("actions by RAG now") << "rag-now"
                                        << "No actions are recorded for Leicester.";
    QTest::newRow("RAG over time") << "rag-over-time"
                                   << "No action plan is recorded for Leicester.";
    QTest::newRow("indicator without figures") << "icpc_15_days_pct"
                                               << "No figures recorded for Leicester";
}

void TestExport::chartsWithNothingToDrawSaySo()
{
    QFETCH(QString, chart);
    QFETCH(QString, sentence);
    const qint64 leicester = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    QChart *drawn = chart == QLatin1String("rag-now")
                        ? ChartCatalog::ragNow(*m_store, leicester, false)
                    : chart == QLatin1String("rag-over-time")
                        ? ChartCatalog::ragOverTime(*m_store, leicester)
                        : ChartCatalog::indicator(*m_store, leicester,
                                                  m_store->indicators().indicator(chart)->id);
    QVERIFY2(EmptyChart::sentence(drawn).startsWith(sentence),
             qPrintable(EmptyChart::sentence(drawn)));
    QVERIFY(drawn->axes().isEmpty()); // no 0 to 1 axis with nothing on it
    QVERIFY(!drawn->title().isEmpty());

    // The sentence is drawn in the picture, in the middle where the plot would be.
    const QString png = m_dir.filePath(chart + QStringLiteral("-empty.png"));
    ChartExport::Options o;
    o.dpi = 96;
    o.overwrite = true;
    QVERIFY(ChartExport::write(drawn, png, o).ok());
    const QImage image(png);
    int dark = 0;
    for (int y = image.height() * 35 / 100; y < image.height() * 65 / 100; ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
