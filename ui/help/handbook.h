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

// Every chapter and section the program opens, listed once: each becomes a constant below,
// and all() gives them all, for a test to check that each exists.
#define CSTRACKER_HANDBOOK_TOPICS(TOPIC)                                                           \
    TOPIC(contents, "index.html")                                                                  \
    TOPIC(gettingStarted, "getting-started.html")                                                  \
    TOPIC(overview, "overview.html")                                                               \
    TOPIC(judgements, "judgements.html")                                                           \
    TOPIC(inspectionDialog, "judgements.html#inspection-dialog")                                   \
    TOPIC(actionPlan, "action-plan.html")                                                          \
    TOPIC(plans, "action-plan.html#plans")                                                         \
    TOPIC(actions, "action-plan.html#actions")                                                     \
    TOPIC(progressUpdates, "action-plan.html#progress-updates")                                    \
    TOPIC(recommendations, "action-plan.html#recommendations")                                     \
    TOPIC(impactMeasures, "action-plan.html#impact-measures")                                      \
    TOPIC(evidence, "action-plan.html#evidence")                                                   \
    TOPIC(actionCsv, "action-plan.html#csv")                                                       \
    TOPIC(indicators, "indicators.html")                                                           \
    TOPIC(figures, "indicators.html#figures")                                                      \
    TOPIC(neighbours, "indicators.html#neighbours")                                                \
    TOPIC(england, "england.html")                                                                 \
    TOPIC(history, "history.html")                                                                 \
    TOPIC(importingReports, "importing-reports.html")                                              \
    TOPIC(reportRefused, "importing-reports.html#refused")                                         \
    TOPIC(reportNeedsReview, "importing-reports.html#needs-review")                                \
    TOPIC(importingStatistics, "importing-statistics.html")                                        \
    TOPIC(statisticsRefused, "importing-statistics.html#refused")                                  \
    TOPIC(boardPacks, "board-packs.html")                                                          \
    TOPIC(charts, "charts.html")                                                                   \
    TOPIC(teamServer, "team-server.html")                                                          \
    TOPIC(connecting, "team-server.html#connecting")                                               \
    TOPIC(serverAdministration, "server-administration.html")                                      \
    TOPIC(readOnly, "read-only.html")                                                              \
    TOPIC(keyboard, "keyboard.html")                                                               \
    /* "What to do" for each message that has a way out. */                                        \
    TOPIC(cannotOpen, "problems.html#cannot-open")                                                 \
    TOPIC(notADatabase, "problems.html#not-a-database")                                            \
    TOPIC(damaged, "problems.html#damaged")                                                        \
    TOPIC(newerVersion, "problems.html#newer-version")                                             \
    TOPIC(locked, "problems.html#locked")                                                          \
    TOPIC(cannotCreate, "problems.html#cannot-create")                                             \
    TOPIC(serverUnreachable, "problems.html#server-unreachable")                                   \
    TOPIC(notAllowed, "problems.html#not-allowed")                                                 \
    TOPIC(changedElsewhere, "problems.html#changed-elsewhere")                                     \
    TOPIC(connectionLost, "problems.html#connection-lost")                                         \
    TOPIC(cannotSave, "problems.html#cannot-save")                                                 \
    TOPIC(undoRefused, "problems.html#undo-refused")                                               \
    TOPIC(evidenceChanged, "problems.html#evidence-changed")                                       \
    TOPIC(cannotWriteFile, "problems.html#cannot-write-file")

namespace HandbookTopic {
#define CSTRACKER_HANDBOOK_TOPIC(name, page) inline constexpr char name[] = page;
CSTRACKER_HANDBOOK_TOPICS(CSTRACKER_HANDBOOK_TOPIC)
#undef CSTRACKER_HANDBOOK_TOPIC

QStringList all();
} // namespace HandbookTopic
