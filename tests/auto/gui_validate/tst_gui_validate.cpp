#include "fakes/fakerunner.h"

#include "validatedialog.h"
#include <tensor/npy.h>
#include <validate/validation.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;

// The validation dialog observes a Validation: the table fills as samples finish, worst first
// at the end, with the confusion matrix and the figures; without a connected device, Start says
// what to do.
class tst_GuiValidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsAValidation();
    void startWithoutDeviceSaysWhy();
};

namespace {

Device::DeviceHello device()
{
    Device::DeviceHello hello;
    hello.inputs = {{"input", 0, 8, {1, 4}, 4}};
    hello.outputs = {{"output", 0, 8, {1, 4}, 4}};
    return hello;
}

} // namespace

void tst_GuiValidate::showsAValidation()
{
    QTemporaryDir tmp;
    QByteArray csv = "file,label\n";
    for (int i = 0; i < 6; ++i) {
        QByteArray bytes(4, char(0));
        bytes[i % 4] = char(9);
        const QString name = QString("s_%1.npy").arg(i);
        QDir().mkpath(tmp.filePath("set/inputs"));
        QVERIFY(Tensor::writeNpyFile(*Tensor::Tensor::create(Tensor::DType::int8(), {1, 4}, bytes),
                                     tmp.filePath("set/inputs/" + name)));
        csv += "inputs/" + name.toUtf8() + "," + QByteArray::number(i == 5 ? 0 : i % 4) + "\n";
    }
    QFile labels(tmp.filePath("set/labels.csv"));
    QVERIFY(labels.open(QIODevice::WriteOnly));
    labels.write(csv);
    labels.close();

    FakeRunner board(device(), [](const QList<QByteArray> &in) { return in; });
    Gui::ValidateDialog dialog(nullptr);
    Validate::Validation *validation = dialog.validation();
    validation->setDataSet(*Validate::DataSet::open(tmp.filePath("set")));
    validation->setBoard(&board, device());
    Validate::ValidationSettings settings;
    settings.reference = Validate::Reference::Labels;
    settings.recordFolder = tmp.filePath("record");
    validation->setSettings(settings);
    dialog.show();
    QSignalSpy finished(validation, &Validate::Validation::finished);
    QVERIFY(validation->start());
    QVERIFY(finished.wait(10000));
    const QList<QTableWidget *> tables = dialog.findChildren<QTableWidget *>();
    QCOMPARE(tables.size(), 2);
    QTableWidget *samples = tables.at(0)->columnCount() == 7 ? tables.at(0) : tables.at(1);
    QTableWidget *confusion = samples == tables.at(0) ? tables.at(1) : tables.at(0);
    QCOMPARE(samples->rowCount(), 6);
    // s_5 is labelled 0 but predicted 1: wrong, so it comes first.
    QCOMPARE(samples->item(0, 0)->text(), "s_5");
    QCOMPARE(confusion->rowCount(), 4);
    QCOMPARE(confusion->item(0, 1)->text(), "1");
    bool figures = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        figures = figures || label->text().contains("83.33 %");
    QVERIFY(figures);
}

void tst_GuiValidate::startWithoutDeviceSaysWhy()
{
    Gui::ValidateDialog dialog(nullptr);
    dialog.start();
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains("not connected");
    QVERIFY(said);
    QCOMPARE(dialog.validation()->state(), Validate::ValidationState::Idle);
}

QTEST_MAIN(tst_GuiValidate)
#include "tst_gui_validate.moc"
