// InstallPaths: the one rule by which the executables find templates, samples and plugins
// relative to themselves, in the build tree and in an installed prefix.

#include <util/installpaths.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using InstallPaths::Data;

Q_DECLARE_METATYPE(InstallPaths::Data)

class tst_InstallPaths : public QObject
{
    Q_OBJECT

private slots:
    void candidates_data();
    void candidates();
    void existing_data();
    void existing();
    void runningApplication();
};

void tst_InstallPaths::candidates_data()
{
    QTest::addColumn<Data>("data");
    QTest::addColumn<QString>("applicationDir");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("templates") << Data::Templates << "/opt/td/bin"
                               << QStringList{"/opt/td/firmware_templates",
                                              "/opt/td/share/tinydeploy/firmware_templates"};
    QTest::newRow("samples") << Data::Samples << "/usr/bin"
                             << QStringList{"/usr/samples", "/usr/share/tinydeploy/samples"};
    QTest::newRow("plugins") << Data::Plugins << "/usr/bin"
                             << QStringList{"/usr/lib/tinydeploy/plugins"};
    QTest::newRow("trailing slash, dots")
        << Data::Plugins << "/x/./y/../bin/" << QStringList{"/x/lib/tinydeploy/plugins"};
}

void tst_InstallPaths::candidates()
{
    QFETCH(Data, data);
    QFETCH(QString, applicationDir);
    QFETCH(QStringList, expected);
    QCOMPARE(InstallPaths::candidates(data, applicationDir), expected);
}

void tst_InstallPaths::existing_data()
{
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<Data>("data");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("build tree") << QStringList{"firmware_templates"} << Data::Templates
                                << QStringList{"firmware_templates"};
    QTest::newRow("installed") << QStringList{"share/tinydeploy/samples"} << Data::Samples
                               << QStringList{"share/tinydeploy/samples"};
    QTest::newRow("both, build tree first")
        << QStringList{"share/tinydeploy/firmware_templates", "firmware_templates"}
        << Data::Templates
        << QStringList{"firmware_templates", "share/tinydeploy/firmware_templates"};
    QTest::newRow("none") << QStringList{} << Data::Plugins << QStringList{};
    QTest::newRow("a file is not a folder")
        << QStringList{"@samples"} << Data::Samples << QStringList{};
}

void tst_InstallPaths::existing()
{
    QFETCH(QStringList, present);
    QFETCH(Data, data);
    QFETCH(QStringList, expected);

    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(QDir(prefix.path()).mkpath("bin"));
    for (const QString &entry : present) {
        if (entry.startsWith('@')) {
            QFile file(prefix.filePath(entry.mid(1)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(QDir(prefix.path()).mkpath(entry));
        }
    }
    QStringList absolute;
    for (const QString &entry : expected)
        absolute << QDir::cleanPath(prefix.filePath(entry));
    QCOMPARE(InstallPaths::existing(data, prefix.filePath("bin")), absolute);
}

void tst_InstallPaths::runningApplication()
{
    // The test executable sits in <build>/tests/auto/installpaths: nothing is bundled there.
    QCOMPARE(InstallPaths::candidates(Data::Plugins),
             InstallPaths::candidates(Data::Plugins, QCoreApplication::applicationDirPath()));
    QCOMPARE(InstallPaths::find(Data::Templates),
             InstallPaths::existing(Data::Templates, QCoreApplication::applicationDirPath())
                 .value(0));
}

QTEST_GUILESS_MAIN(tst_InstallPaths)
#include "tst_installpaths.moc"
