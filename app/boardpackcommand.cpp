#include "boardpackcommand.h"

#include "commanddatabase.h"
#include "commandfailure.h"
#include "export/boardpack.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "meetings/changessince.h"
#include "meetings/meetingstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

const QString packOption = QStringLiteral("board-pack");
const QString meetingOption = QStringLiteral("meeting");
const QString dateOption = QStringLiteral("meeting-date");
const QString indicatorsOption = QStringLiteral("indicators");
const QString sectionsOption = QStringLiteral("sections");
const QString sinceOption = QStringLiteral("since");

} // namespace

namespace BoardPackCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {packOption,
         QStringLiteral("Write a board pack to FILE without opening a window, then exit: a PDF, or "
                        "with a name ending .odt an OpenDocument text file to edit in Word. Needs "
                        "--authority, --meeting and --meeting-date."),
         QStringLiteral("FILE")});
    parser.addOption(
        {meetingOption,
         QStringLiteral("The meeting the pack is for, e.g. \"Health and Wellbeing Board\"."),
         QStringLiteral("NAME")});
    parser.addOption({dateOption, QStringLiteral("The date of the meeting, as YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {indicatorsOption,
         QStringLiteral(
             "Indicator keys for the pack, separated by commas, e.g. cla_rate,cpp_rate."),
         QStringLiteral("KEYS")});
    parser.addOption(
        {sectionsOption,
         QStringLiteral("Sections besides the indicators: judgements, actions, or both (default)."),
         QStringLiteral("LIST"), QStringLiteral("judgements,actions")});
    parser.addOption(
        {sinceOption,
         QStringLiteral("Open the pack with what changed after DATE (YYYY-MM-DD), up to the "
                        "meeting. Without it, the pack starts from the last meeting of the same "
                        "name it was written for, if there was one."),
         QStringLiteral("DATE")});
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(packOption);
}

int run(const QCommandLineParser &parser, const CommandDatabase &database)
{
    if (!parser.isSet(QStringLiteral("authority")) || !parser.isSet(meetingOption) ||
        !parser.isSet(dateOption))
        return commandFailure(
            2, QStringLiteral("--board-pack needs --authority, --meeting and --meeting-date.\n%1")
                   .arg(parser.helpText()));
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (!date.isValid())
        return commandFailure(
            2, QStringLiteral("--meeting-date '%1' is not a date; write it as YYYY-MM-DD.")
                   .arg(parser.value(dateOption)));
    std::optional<QDate> since;
    if (parser.isSet(sinceOption)) {
        since = QDate::fromString(parser.value(sinceOption), Qt::ISODate);
        if (!since->isValid())
            return commandFailure(
                2, QStringLiteral("--since '%1' is not a date; write it as YYYY-MM-DD.")
                       .arg(parser.value(sinceOption)));
        const Status order = ChangesSince::checkDates(*since, date);
        if (!order.ok())
            return commandFailure(2, QStringLiteral("--since: %1").arg(order.error()));
    }
    const QStringList sections =
        parser.value(sectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &s : sections) {
        if (s != QLatin1String("judgements") && s != QLatin1String("actions"))
            return commandFailure(
                2, QStringLiteral("--sections takes judgements and actions, not '%1'.").arg(s));
    }
    QString problem;
    Authority authority;
    std::unique_ptr<Store> store =
        database.openFor(parser.value(QStringLiteral("authority")), &authority, &problem);
    if (!store)
        return commandFailure(1, problem);
    BoardPack::Request request;
    request.authorityId = authority.id;
    request.meeting = parser.value(meetingOption);
    request.meetingDate = date;
    request.judgements = sections.contains(QStringLiteral("judgements"));
    request.actionPlan = sections.contains(QStringLiteral("actions"));
    MeetingStore meetings(store->database());
    request.since = since ? since : meetings.previous(authority.id, request.meeting, date);
    for (const QString &key :
         parser.value(indicatorsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Indicator> indicator = store->indicators().indicator(key.trimmed());
        if (!indicator)
            return commandFailure(1,
                                  QStringLiteral("There is no indicator '%1'.").arg(key.trimmed()));
        request.indicators.append(indicator->id);
    }
    const QString output = parser.value(packOption);
    const Status written =
        BoardPack(*store, request).write(output, parser.isSet(QStringLiteral("force")));
    if (!written.ok())
        return commandFailure(1, written.error());
    // The next pack for this meeting starts from this one.
    const Status remembered = meetings.remember(authority.id, request.meeting, date);
    if (!remembered.ok())
        std::fprintf(stderr, "%s\n", qPrintable(remembered.error()));
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
    return 0;
}

} // namespace BoardPackCommand
