#include "reportcommand.h"

#include "commanddatabase.h"
#include "commandfailure.h"

#include "authorities/authoritystore.h"
#include "csv/csvwriter.h"
#include "reports/authoritymatcher.h"
#include "reports/reportfile.h"
#include "reports/reportimport.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const QString readOption = QStringLiteral("read-report");
const QString importOption = QStringLiteral("import-report");
const QString forceOption = QStringLiteral("force");

QString gradeWord(const ReportReading &r, std::initializer_list<JudgementArea> areas)
{
    for (JudgementArea area : areas) {
        if (const std::optional<ReadGrade> g = r.grade(area))
            return Grades::title(g->grade).toLower();
    }
    return {};
}

QString isoDate(const std::optional<QDate> &d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

void printRow(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << CsvWriter::quote(f);
    std::printf("%s\n", quoted.join(QLatin1Char(',')).toUtf8().constData());
}

QStringList rowOf(const ReportFile &file, const QString &outcome)
{
    const ReportReading &r = file.reading;
    const bool read = file.ok();
    return {
        QDir::toNativeSeparators(file.path),
        outcome,
        file.authority ? file.authority->name : r.authorityText,
        file.authority ? file.authority->onsCode : QString(),
        read ? ReportReading::frameworkName(r.framework) : QString(),
        read ? r.inspectionType : QString(),
        isoDate(r.start),
        isoDate(r.end),
        isoDate(r.published),
        r.leadInspector,
        gradeWord(r, {JudgementArea::Overall}),
        gradeWord(r, {JudgementArea::Leadership}),
        gradeWord(r, {JudgementArea::HelpAndProtection}),
        gradeWord(r, {JudgementArea::ChildrenInCare, JudgementArea::ChildrenInCareAndCareLeavers,
                      JudgementArea::LookedAfterAndPermanence}),
        gradeWord(r, {JudgementArea::Adoption}),
        gradeWord(r, {JudgementArea::CareLeavers}),
        gradeWord(r, {JudgementArea::Lscb}),
        read ? QString::number(r.recommendations.size()) : QString()};
}

} // namespace

namespace ReportCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({readOption,
                      QStringLiteral("Read the Ofsted reports given as arguments (PDF files) and "
                                     "print what was read as CSV, one row a file; save nothing."),
                      QString()});
    parser.addOption({importOption,
                      QStringLiteral("Read the Ofsted reports given as arguments and save them to "
                                     "the --database, printing the same rows. An inspection "
                                     "already there is updated; one typed by hand is replaced "
                                     "only with --force."),
                      QString()});
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(readOption) || parser.isSet(importOption);
}

int run(const QCommandLineParser &parser, const CommandDatabase &database)
{
    const bool databaseGiven = database.given;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return commandFailure(2, QStringLiteral("--%1 needs one or more report files.")
                                     .arg(parser.isSet(importOption) ? importOption : readOption));
    const bool saving = parser.isSet(importOption);
    if (saving && !databaseGiven)
        return commandFailure(2, QStringLiteral("--import-report needs --database FILE."));
    if (saving && database.readOnly)
        return commandFailure(2, QStringLiteral("--import-report changes the database, so it "
                                                "cannot be used with --read-only."));

    // Reading alone needs the built-in list of authorities, not the user's database.
    QTemporaryDir scratch;
    CommandDatabase chosen = database;
    if (!saving && !databaseGiven) {
        chosen.path = scratch.filePath(QStringLiteral("read.sqlite"));
        chosen.demo = false;
    }
    QString problem;
    std::unique_ptr<Store> store = chosen.open(saving || !databaseGiven
                                                   ? CommandDatabase::Need::Any
                                                   : CommandDatabase::Need::Existing,
                                               &problem);
    if (!store)
        return commandFailure(1, problem);
    const AuthorityMatcher matcher(store->authorities().all(), store->authorities().aliases());

    printRow({QStringLiteral("file"), QStringLiteral("outcome"), QStringLiteral("authority"),
              QStringLiteral("ons_code"), QStringLiteral("framework"),
              QStringLiteral("inspection_type"), QStringLiteral("start"), QStringLiteral("end"),
              QStringLiteral("published"), QStringLiteral("lead_inspector"),
              QStringLiteral("overall"), QStringLiteral("leaders"),
              QStringLiteral("help_protection"), QStringLiteral("in_care"),
              QStringLiteral("adoption"), QStringLiteral("care_leavers"), QStringLiteral("lscb"),
              QStringLiteral("recommendations")});
    int refused = 0, unsure = 0;
    QMap<QString, int> reasons; // by reason: every run lists them in the same order
    for (const QString &name : files) {
        ReportFile file = ReportFile::read(name, matcher);
        if (file.ready())
            file.refusal = ReportImport::check(file);
        QString outcome = QStringLiteral("imported");
        if (file.ready() && saving) {
            const Status saved = ReportImport::saveOne(*store, file, parser.isSet(forceOption));
            if (!saved.ok())
                file.refusal = saved.error();
        }
        if (!file.ok()) {
            outcome = QStringLiteral("refused: ") + file.refusal;
            ++refused;
            reasons[file.refusal.section(QLatin1Char('('), 0, 0).trimmed()] += 1;
        } else if (file.needsReview()) {
            // Nothing is saved for it: the window's review lets a person settle the field.
            outcome = QStringLiteral("needs review: ") + file.reviewFields();
            ++unsure;
            for (const ReportFile::Review &r : file.reviews)
                std::fprintf(stderr, "%s: %s: %s\n", qPrintable(file.fileName),
                             qPrintable(r.field), qPrintable(r.found));
        }
        printRow(rowOf(file, outcome));
        std::fflush(stdout);
    }
    std::fprintf(stderr, "cstracker: %lld read, %d refused, %d to review\n",
                 static_cast<long long>(files.size() - refused - unsure), refused, unsure);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::fprintf(stderr, "  %d %s\n", it.value(), qPrintable(it.key()));
    return refused || unsure ? 1 : 0;
}

} // namespace ReportCommand
