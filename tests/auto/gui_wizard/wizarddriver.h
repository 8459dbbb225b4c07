#pragma once

// Shared by the wizard tests: builds a MainWindow that finds only the given template folders,
// the sample in the source tree, and writes its records to a temporary folder; then presses
// the wizard's buttons like a user.

#include <buildpage.h>
#include <mainwindow.h>
#include <modelpage.h>
#include <optionspage.h>
#include <runpage.h>
#include <targetpage.h>
#include <wizardcontroller.h>

#include <templates/templatecatalog.h>
#include <templates/templatelocator.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace WizardDriver {

using namespace TinyDeploy::Gui;

inline std::unique_ptr<MainWindow> makeWindow(const QStringList &templateRoots,
                                              const QString &recordsRoot)
{
    auto window = std::make_unique<MainWindow>();
    WizardController *controller = window->controller();
    TinyDeploy::Templates::TemplateLocator locator;
    locator.setSearchPaths(templateRoots);
    locator.setUseEnvironment(false);
    locator.setUseBundled(false);
    controller->catalog()->setLocator(locator);
    controller->catalog()->setCacheEnabled(false);
    controller->setSamplePath(QStringLiteral(TINYDEPLOY_SOURCE_DIR)
                              + QStringLiteral("/resources/samples/digits_float32.tar"));
    controller->setRecordsRoot(recordsRoot);
    window->resize(1280, 800);
    window->show();
    return window;
}

inline void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + " is disabled"));
    QTest::mouseClick(widget, Qt::LeftButton);
}

/// Opens the sample and goes to the Target page with @p templateName selected.
inline void openSampleAndChoose(MainWindow &window, const QString &templateName)
{
    click(window.modelPage()->findChild<QPushButton *>(QStringLiteral("sampleButton")));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentStep(), WizardStep::Target, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.targetPage()->selectTemplate(templateName), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(WizardStep::Target),
                              StepState::Done,
                              30000);
}

/// From the Target page: Next to Options, then Deploy.
inline void deployFromTarget(MainWindow &window)
{
    QTRY_VERIFY(window.nextButton()->isEnabled());
    click(window.nextButton());
    QCOMPARE(window.currentStep(), WizardStep::Options);
    QCOMPARE(window.nextButton()->text(), QStringLiteral("&Deploy"));
    click(window.nextButton());
    QCOMPARE(window.currentStep(), WizardStep::Build);
}

} // namespace WizardDriver
