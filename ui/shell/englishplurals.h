#pragma once

#include <QTranslator>

// The program's own English, with plurals: a message written "%n inspection(s)" reads
// "1 inspection" or "3 inspections". Qt leaves "(s)" as it is when no translation is
// installed; this one is installed at start for exactly that.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};
