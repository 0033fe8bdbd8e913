#pragma once

#include <QDate>
#include <QString>

#include <optional>

// A document a figure or judgement came from: a report, a letter, a board paper, a file.
struct Document
{
    qint64 id = 0;
    QString title;
    QString publisher;
    QString kind = QStringLiteral("inspection_report"); // see the schema's list
    std::optional<QDate> issuedOn;
    QString reference; // file name or address
    QDate recordedOn = QDate::currentDate(); // the day it reached the tracker
};

// A place in a document ("paragraph 44") with the words it says, joined to its document.
struct SourceReference
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentTitle;
    QString publisher;
    std::optional<QDate> issuedOn;
    QString reference;
    QString locator;
    QString excerpt;

    // "Leicester SIF report, 4 September 2017, paragraph 44"
    QString citation() const;
};
