// The .deb as a user gets it: CPack builds it from the build tree, lintian finds no error, the
// desktop file and the AppStream metainfo validate, and the tree unpacked with dpkg -x works on
// its own: its tinydeploy-cli deploys the digits sample on the host template with the templates
// and samples of the unpacked tree, and its GUI starts offscreen to its first frame.

#include "packagesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace PackageSupport;

namespace {

constexpr int cpackTimeoutMs = 600000;
constexpr int lintianTimeoutMs = 300000;
constexpr int toolTimeoutMs = 60000;
constexpr int deployTimeoutMs = 240000;
const QString appId = QStringLiteral("org.tinydeploy.TinyDeploy");

} // namespace

class tst_PackageDeb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields_data();
    void controlFields();
    void lintianFindsNoError();
    void contents_data();
    void contents();
    void executablesHaveNoRpath_data();
    void executablesHaveNoRpath();
    void desktopFileValidates();
    void metainfoValidates();
    void mimeTypeIsATarArchive();
    void manPageListsEveryCommand();
    void cliDeploysFromTheUnpackedTree();
    void guiStartsFromTheUnpackedTree();

private:
    QString unpacked(const QString &path) const { return m_root.filePath(path); }
    QProcessEnvironment userEnvironment() const;

    QString m_deb;
    QTemporaryDir m_root;
    QTemporaryDir m_home;
};

void tst_PackageDeb::initTestCase()
{
    const QStringList missing = missingPrograms({QStringLiteral("dpkg-deb"),
                                                 QStringLiteral("dpkg-shlibdeps"),
                                                 QStringLiteral("lintian"),
                                                 QStringLiteral("desktop-file-validate"),
                                                 QStringLiteral("appstreamcli"),
                                                 QStringLiteral("readelf")});
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("Missing %1: install dpkg-dev lintian desktop-file-utils "
                                        "appstream binutils (TINYDEPLOY_TEST_PACKAGES in "
                                        "packaging/setup.sh)")
                             .arg(missing.join(QStringLiteral(", ")))));
    QVERIFY(m_root.isValid());
    QVERIFY(m_home.isValid());

    const QString failure = buildDeb(cpackTimeoutMs);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_deb = builtDeb();
    qInfo("built %s", qPrintable(m_deb));

    const Run unpack = run(QStringLiteral("dpkg-deb"),
                           {QStringLiteral("-x"), m_deb, m_root.path()},
                           toolTimeoutMs);
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.describe(QStringLiteral("dpkg-deb -x"))));
}

void tst_PackageDeb::controlFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("name") << "Package"
                          << "^tinydeploy$";
    QTest::newRow("version") << "Version"
                             << "^" TINYDEPLOY_VERSION "-1$";
    QTest::newRow("architecture") << "Architecture"
                                  << "^amd64|arm64|[a-z0-9]+$";
    QTest::newRow("section") << "Section"
                             << "^electronics$";
    QTest::newRow("maintainer") << "Maintainer"
                                << "^.+ <[^@ ]+@[^@ ]+>$";
    // dpkg-shlibdeps computed the libraries; python3 and the SVG plugins are declared.
    QTest::newRow("depends: libraries") << "Depends"
                                        << "libqt6core6 \\(>= [0-9.]+\\)";
    QTest::newRow("depends: libc") << "Depends"
                                   << "libc6 \\(>= [0-9.]+\\)";
    QTest::newRow("depends: python3") << "Depends"
                                      << "python3 \\(>= 3\\.9\\)";
    QTest::newRow("depends: svg") << "Depends"
                                  << "libqt6svg6";
    QTest::newRow("recommends: qemu") << "Recommends"
                                      << "qemu-system-arm";
    QTest::newRow("recommends: arm gcc") << "Recommends"
                                         << "gcc-arm-none-eabi";
    QTest::newRow("recommends: newlib") << "Recommends"
                                        << "libnewlib-arm-none-eabi";
    QTest::newRow("recommends: host cc") << "Recommends"
                                         << "(^|, )gcc(,|$)";
    QTest::newRow("recommends: make") << "Recommends"
                                      << "(^|, )make(,|$)";
    QTest::newRow("recommends: openocd") << "Recommends"
                                         << "openocd";
    QTest::newRow("recommends: stlink") << "Recommends"
                                        << "stlink-tools";
    QTest::newRow("suggests: gdb") << "Suggests"
                                   << "gdb-multiarch";
}

void tst_PackageDeb::controlFields()
{
    QFETCH(QString, field);
    QFETCH(QString, pattern);
    const Run show = run(QStringLiteral("dpkg-deb"),
                         {QStringLiteral("-f"), m_deb, field},
                         toolTimeoutMs);
    QCOMPARE(show.exitCode, 0);
    const QString value = QString::fromUtf8(show.out).trimmed();
    QVERIFY2(QRegularExpression(pattern).match(value).hasMatch(),
             qPrintable(field + QStringLiteral(": ") + value));
}

void tst_PackageDeb::lintianFindsNoError()
{
    // lintian refuses nothing as root but says so on stderr; its tags are on stdout.
    const Run lintian = run(QStringLiteral("lintian"),
                            {QStringLiteral("--no-tag-display-limit"), m_deb},
                            lintianTimeoutMs);
    QVERIFY2(lintian.finished, qPrintable(lintian.describe(QStringLiteral("lintian"))));
    const QStringList lines = QString::fromUtf8(lintian.out)
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("E: ")))
            errors << line;
        else
            qInfo("lintian: %s", qPrintable(line));
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    // Exit status 1 means errors were found; 2 means lintian itself failed.
    QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.describe(QStringLiteral("lintian"))));
}

void tst_PackageDeb::contents_data()
{
    QTest::addColumn<QString>("path");

    const QStringList paths{
        "usr/bin/tinydeploy",
        "usr/bin/tinydeploy-cli",
        "usr/lib/tinydeploy/plugins/liblatencyplot_qtcharts.so",
        "usr/share/tinydeploy/firmware_templates/host/microtvm_api_server.py",
        "usr/share/tinydeploy/firmware_templates/qemu-cortex-m/microtvm_api_server.py",
        "usr/share/tinydeploy/firmware_templates/stm32/boards.json",
        "usr/share/tinydeploy/firmware_templates/common/tdserver",
        "usr/share/tinydeploy/samples/digits_float32.tar",
        "usr/share/tinydeploy/samples/digits_int8.tar",
        "usr/share/tinydeploy/samples/labels.txt",
        "usr/lib/udev/rules.d/70-tinydeploy.rules",
        "usr/share/applications/" + appId + ".desktop",
        "usr/share/metainfo/" + appId + ".metainfo.xml",
        "usr/share/mime/packages/" + appId + ".xml",
        "usr/share/icons/hicolor/scalable/apps/" + appId + ".svg",
        "usr/share/man/man1/tinydeploy-cli.1.gz",
        "usr/share/man/man1/tinydeploy.1.gz",
        "usr/share/doc/tinydeploy/copyright",
        "usr/share/doc/tinydeploy/changelog.Debian.gz",
    };
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path
            = QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
        QTest::newRow(qPrintable(path)) << path;
    }
}

void tst_PackageDeb::contents()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(unpacked(path)), qPrintable(path + QStringLiteral(" is missing")));
    if (path.endsWith(QLatin1String(".png"))) {
        // The PNG is the size its folder says.
        QFile file(unpacked(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(24);
        QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const int width = qFromBigEndian<quint32>(header.constData() + 16);
        QCOMPARE(QStringLiteral("%1x%1").arg(width), path.section(QLatin1Char('/'), 4, 4));
    }
    // No byte-compiled Python or build-tree leftovers.
    if (path.endsWith(QLatin1String("tdserver")))
        QVERIFY(!QFileInfo::exists(unpacked(path) + QStringLiteral("/__pycache__")));
}

void tst_PackageDeb::executablesHaveNoRpath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("tinydeploy") << "usr/bin/tinydeploy";
    QTest::newRow("tinydeploy-cli") << "usr/bin/tinydeploy-cli";
    QTest::newRow("plugin") << "usr/lib/tinydeploy/plugins/liblatencyplot_qtcharts.so";
}

void tst_PackageDeb::executablesHaveNoRpath()
{
    QFETCH(QString, path);
    const Run readelf = run(QStringLiteral("readelf"),
                            {QStringLiteral("--dynamic"), QStringLiteral("--wide"), unpacked(path)},
                            toolTimeoutMs);
    QCOMPARE(readelf.exitCode, 0);
    // Every library is a system library: no RPATH/RUNPATH, let alone one into the build tree.
    QVERIFY2(!readelf.out.contains("RPATH") && !readelf.out.contains("RUNPATH"),
             readelf.out.constData());
    QFile file(unpacked(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(TINYDEPLOY_BINARY_DIR "/"),
             "the build folder's path is built into the file");
}

void tst_PackageDeb::desktopFileValidates()
{
    const Run validate = run(QStringLiteral("desktop-file-validate"),
                             {unpacked("usr/share/applications/" + appId + ".desktop")},
                             toolTimeoutMs);
    // Clean: not even a hint.
    QVERIFY2(validate.exitCode == 0 && validate.out.trimmed().isEmpty()
                 && validate.err.trimmed().isEmpty(),
             qPrintable(validate.describe(QStringLiteral("desktop-file-validate"))));
}

void tst_PackageDeb::metainfoValidates()
{
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"),
                              QStringLiteral("--no-net"),
                              QStringLiteral("--no-color"),
                              unpacked("usr/share/metainfo/" + appId + ".metainfo.xml")},
                             toolTimeoutMs);
    QVERIFY2(validate.exitCode == 0,
             qPrintable(validate.describe(QStringLiteral("appstreamcli validate"))));
    // No errors, warnings or infos (pedantic notes are not shown without --pedantic).
    QVERIFY2(!QRegularExpression(QStringLiteral("^[EWI]: "), QRegularExpression::MultilineOption)
                  .match(QString::fromUtf8(validate.out))
                  .hasMatch(),
             validate.out.constData());
}

void tst_PackageDeb::mimeTypeIsATarArchive()
{
    QFile file(unpacked("usr/share/mime/packages/" + appId + ".xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("type=\"application/x-tvm-mlf\""));
    QVERIFY(xml.contains("<sub-class-of type=\"application/x-tar\"/>"));
    // Plain .tar files stay the archive manager's: no *.tar glob, no magic.
    QVERIFY(!xml.contains("pattern=\"*.tar\""));
    QVERIFY(!xml.contains("<magic"));
    if (QStandardPaths::findExecutable(QStringLiteral("update-mime-database")).isEmpty())
        QSKIP("update-mime-database (shared-mime-info) is not installed: the XML is not compiled");
    // A data folder of its own, named in XDG_DATA_DIRS so that the tool does not warn.
    QTemporaryDir data;
    const QString mime = data.filePath(QStringLiteral("mime"));
    QVERIFY(QDir(mime).mkpath(QStringLiteral("packages")));
    QVERIFY(QFile::copy(file.fileName(), mime + QStringLiteral("/packages/mlf.xml")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), data.path());
    const Run update = run(QStringLiteral("update-mime-database"), {mime}, toolTimeoutMs, env);
    QVERIFY2(update.exitCode == 0 && update.err.trimmed().isEmpty(),
             qPrintable(update.describe(QStringLiteral("update-mime-database"))));
    QFile globs(mime + QStringLiteral("/globs2"));
    QVERIFY(globs.open(QIODevice::ReadOnly));
    QVERIFY(globs.readAll().contains("application/x-tvm-mlf:*.mlf.tar"));

    QFile desktop(unpacked("usr/share/applications/" + appId + ".desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QByteArray entry = desktop.readAll();
    QVERIFY(entry.contains("MimeType=application/x-tvm-mlf;application/x-tar;"));
    QVERIFY(entry.contains("Exec=tinydeploy %f"));
}

void tst_PackageDeb::manPageListsEveryCommand()
{
    const Run page = run(QStringLiteral("gzip"),
                         {QStringLiteral("-dc"), unpacked("usr/share/man/man1/tinydeploy-cli.1.gz")},
                         toolTimeoutMs);
    QCOMPARE(page.exitCode, 0);
    QVERIFY(page.out.startsWith(".TH TINYDEPLOY-CLI 1 "));
    // Every command of the CLI's own --help has its section, with its options: not stale.
    const Run help = run(unpacked("usr/bin/tinydeploy-cli"),
                         {QStringLiteral("--help")},
                         toolTimeoutMs,
                         userEnvironment());
    QCOMPARE(help.exitCode, 0);
    const QRegularExpression command(QStringLiteral("^  ([a-z]+)  "),
                                     QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = command.globalMatch(QString::fromUtf8(help.out)); it.hasNext(); ++commands) {
        const QString name = it.next().captured(1);
        QVERIFY2(page.out.contains(QByteArray(".SS " + name.toUtf8() + "\n")), qPrintable(name));
    }
    QVERIFY(commands >= 10);
    QVERIFY(page.out.contains("\\fB\\-\\-template <NAME_OR_DIR>\\fR"));
}

QProcessEnvironment tst_PackageDeb::userEnvironment() const
{
    // A user's environment: nothing points into the build tree (the suite sets
    // TINYDEPLOY_PLUGIN_PATH), records and settings go to a fresh home.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    QDir().mkpath(m_home.filePath(QStringLiteral("runtime")));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return env;
}

void tst_PackageDeb::cliDeploysFromTheUnpackedTree()
{
    const QString cli = unpacked("usr/bin/tinydeploy-cli");
    const QString templates = unpacked("usr/share/tinydeploy/firmware_templates");

    // Every bundled template is the unpacked tree's.
    const Run list = run(cli,
                         {QStringLiteral("templates"), QStringLiteral("--json")},
                         deployTimeoutMs,
                         userEnvironment(),
                         m_home.path());
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe(QStringLiteral("templates"))));
    const QJsonDocument listed = QJsonDocument::fromJson(list.out);
    const QJsonArray entries = listed.isArray()
                                   ? listed.array()
                                   : listed.object().value(QStringLiteral("templates")).toArray();
    QVERIFY(entries.size() >= 4);
    for (const QJsonValue &entry : entries) {
        const QString path = entry.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(path.startsWith(templates + QLatin1Char('/')), qPrintable(path));
    }

    const QString sample = unpacked("usr/share/tinydeploy/samples/digits_float32.tar");
    const Run deploy = run(cli,
                           {QStringLiteral("deploy"),
                            sample,
                            QStringLiteral("--template"),
                            QStringLiteral("host"),
                            QStringLiteral("--json")},
                           deployTimeoutMs,
                           userEnvironment(),
                           m_home.path());
    QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.describe(QStringLiteral("deploy"))));
    const QJsonObject outcome = QJsonDocument::fromJson(deploy.out).object();
    QCOMPARE(outcome.value(QStringLiteral("ok")).toBool(), true);
    // sample_0 is a handwritten 0; the sample's inputs and expected outputs were found beside it.
    QCOMPARE(outcome.value(QStringLiteral("predicted")).toInt(-1), 0);
    QCOMPARE(outcome.value(QStringLiteral("results")).toArray().size(), 5);

    // The record names the template the project was generated from: the unpacked one.
    QFile record(outcome.value(QStringLiteral("record")).toString()
                 + QStringLiteral("/deployment.json"));
    QVERIFY2(record.open(QIODevice::ReadOnly), qPrintable(record.fileName()));
    const QJsonObject used = QJsonDocument::fromJson(record.readAll())
                                 .object()
                                 .value(QStringLiteral("template"))
                                 .toObject();
    QCOMPARE(used.value(QStringLiteral("dir")).toString(), templates + QStringLiteral("/host"));
}

void tst_PackageDeb::guiStartsFromTheUnpackedTree()
{
    QProcessEnvironment env = userEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The startup probe (src/app/startupprobe.h): quit once the first frame is painted.
    env.insert(QStringLiteral("TINYDEPLOY_EXIT_ON_SHOWN"), QStringLiteral("1"));
    const Run gui = run(unpacked("usr/bin/tinydeploy"),
                        {unpacked("usr/share/tinydeploy/samples/digits_int8.tar")},
                        deployTimeoutMs,
                        env,
                        m_home.path());
    QVERIFY2(gui.exitCode == 0, qPrintable(gui.describe(QStringLiteral("tinydeploy"))));
    QVERIFY2(gui.out.contains("first-frame-ns "), gui.out.constData());

    const Run version = run(unpacked("usr/bin/tinydeploy"),
                            {QStringLiteral("--version")},
                            toolTimeoutMs,
                            env,
                            m_home.path());
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(TINYDEPLOY_VERSION), version.out.constData());
}

QTEST_GUILESS_MAIN(tst_PackageDeb)
#include "tst_package_deb.moc"
