#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QTextBrowser;
QT_END_NAMESPACE

// The handbook, read inside the program: its pages in a QTextBrowser (offline, in the
// desktop's colours), with Back, Forward, Contents and Find in the page.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows a page, scrolled to its section when the topic names one.
    void showTopic(const QString &topic);
    // The page and section in view, as a topic: "judgements.html#inspection-dialog".
    QString currentTopic() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void find(bool backward);

    QTextBrowser *m_browser;
    QLineEdit *m_find;
};
