#include "app/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    QStringList languages;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")})) {
        // caseconsole_de.qm -> de
        languages << file.section(u'_', 1).section(u'.', 0, 0);
    }
    return languages;
}

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(
            locale, QStringLiteral("caseconsole"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // Not a shipped language: English, the source language, with its plural forms.
        if (ours->load(QStringLiteral("caseconsole_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, the file dialog...), where the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace Translations
