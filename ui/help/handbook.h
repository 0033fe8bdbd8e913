#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

class HelpWindow;

// The handbook: pages of HTML installed with the program in share/cstracker/handbook beside
// its bin folder (the build tree keeps a copy in the same place, so a program or test run
// from build/ finds it too), shown in the help window. A topic names a page, and a section
// of it after '#': "judgements.html#inspection-dialog".
namespace Handbook {

// The folder holding the handbook's index.html; empty when it is not installed.
QString folder();
// The topic as a file address, to show or to read.
QUrl url(const QString &topic);

// The chapter that F1 opens in a panel or dialog, kept on the widget; a widget without one
// takes its nearest parent's, and the window's own when none has one.
void setTopic(QWidget *widget, const char *topic);
QString topicOf(const QWidget *widget);

// Shows `topic` in the help window. While a dialog is open the help window stands beside it
// (a dialog shuts every other window off from the keyboard and mouse); otherwise one help
// window serves the main window, keeping its history of pages.
HelpWindow *show(QWidget *from, const QString &topic);

// F1 anywhere in the application opens the chapter of the panel or dialog it is pressed in.
// Installed once; later calls do nothing.
void installContextHelp();

} // namespace Handbook

// Every chapter and section the program opens: a test checks that each exists.
namespace HandbookTopic {
inline constexpr char contents[] = "index.html";
inline constexpr char gettingStarted[] = "getting-started.html";
inline constexpr char overview[] = "overview.html";
inline constexpr char judgements[] = "judgements.html";
inline constexpr char inspectionDialog[] = "judgements.html#inspection-dialog";
inline constexpr char actionPlan[] = "action-plan.html";
inline constexpr char plans[] = "action-plan.html#plans";
inline constexpr char actions[] = "action-plan.html#actions";
inline constexpr char progressUpdates[] = "action-plan.html#progress-updates";
inline constexpr char recommendations[] = "action-plan.html#recommendations";
inline constexpr char impactMeasures[] = "action-plan.html#impact-measures";
inline constexpr char evidence[] = "action-plan.html#evidence";
inline constexpr char actionCsv[] = "action-plan.html#csv";
inline constexpr char indicators[] = "indicators.html";
inline constexpr char figures[] = "indicators.html#figures";
inline constexpr char neighbours[] = "indicators.html#neighbours";
inline constexpr char england[] = "england.html";
inline constexpr char history[] = "history.html";
inline constexpr char importingReports[] = "importing-reports.html";
inline constexpr char reportRefused[] = "importing-reports.html#refused";
inline constexpr char reportNeedsReview[] = "importing-reports.html#needs-review";
inline constexpr char importingStatistics[] = "importing-statistics.html";
inline constexpr char statisticsRefused[] = "importing-statistics.html#refused";
inline constexpr char boardPacks[] = "board-packs.html";
inline constexpr char charts[] = "charts.html";
inline constexpr char teamServer[] = "team-server.html";
inline constexpr char connecting[] = "team-server.html#connecting";
inline constexpr char serverAdministration[] = "server-administration.html";
inline constexpr char readOnly[] = "read-only.html";
inline constexpr char keyboard[] = "keyboard.html";
// "What to do" for each message that has a way out.
inline constexpr char cannotOpen[] = "problems.html#cannot-open";
inline constexpr char notADatabase[] = "problems.html#not-a-database";
inline constexpr char damaged[] = "problems.html#damaged";
inline constexpr char newerVersion[] = "problems.html#newer-version";
inline constexpr char locked[] = "problems.html#locked";
inline constexpr char cannotCreate[] = "problems.html#cannot-create";
inline constexpr char serverUnreachable[] = "problems.html#server-unreachable";
inline constexpr char notAllowed[] = "problems.html#not-allowed";
inline constexpr char changedElsewhere[] = "problems.html#changed-elsewhere";
inline constexpr char connectionLost[] = "problems.html#connection-lost";
inline constexpr char cannotSave[] = "problems.html#cannot-save";
inline constexpr char undoRefused[] = "problems.html#undo-refused";
inline constexpr char evidenceChanged[] = "problems.html#evidence-changed";
inline constexpr char cannotWriteFile[] = "problems.html#cannot-write-file";

QStringList all();
} // namespace HandbookTopic
