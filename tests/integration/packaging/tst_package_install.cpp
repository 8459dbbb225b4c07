// The .deb installed for real: a throwaway Debian bookworm root (debootstrap --variant=minbase,
// cached under ~/.cache/tinydeploy-tests/packaging), `apt-get install ./tinydeploy.deb` with apt's default
// options inside it, then the installed tinydeploy-cli, run by an ordinary user, deploys the
// digits sample to the emulated board (qemu-cortex-m, mps2-an385). Nothing but what the package
// declares is installed, so this proves the declared dependencies are enough.
// The work is done by chroot_install.sh (mounts are undone in its trap). Needs root.

#include "packagesupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace PackageSupport;

namespace {

constexpr int cpackTimeoutMs = 600000;
// Cold: debootstrap and the download of every dependency; warm: copying the cached root and
// unpacking the cached .debs.
constexpr int installTimeoutMs = 1680000;
constexpr int exitUnavailable = 3;
const QString script = QStringLiteral(TINYDEPLOY_TESTS_DIR
                                      "/integration/packaging/chroot_install.sh");
// Outside the build tree, like apt's own cache, so that a fresh clone (CI) does not download
// and install 750 MB again: TINYDEPLOY_PACKAGING_CACHE, else ~/.cache/tinydeploy-tests/packaging.
QString packagingCacheDir()
{
    const QByteArray chosen = qgetenv("TINYDEPLOY_PACKAGING_CACHE");
    if (!chosen.isEmpty())
        return QString::fromLocal8Bit(chosen);
    const QByteArray xdg = qgetenv("XDG_CACHE_HOME");
    const QString base = xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache")
                                       : QString::fromLocal8Bit(xdg);
    return base + QStringLiteral("/tinydeploy-tests/packaging");
}
const QString cacheDir = packagingCacheDir();

// The mount points below @p root, deepest first (from /proc/self/mountinfo).
QStringList mountsUnder(const QString &root)
{
    QFile info(QStringLiteral("/proc/self/mountinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    const QList<QByteArray> lines = info.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && QString::fromUtf8(fields.at(4)).startsWith(root + QLatin1Char('/')))
            result.prepend(QString::fromUtf8(fields.at(4)));
    }
    return result;
}

} // namespace

class tst_PackageInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installAndDeployToTheEmulatedBoard();
    void cleanupTestCase();

private:
    QTemporaryDir m_work;
};

void tst_PackageInstall::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("Needs root (debootstrap, chroot, mount): run the suite as root, as CI does.");
    const QStringList missing = missingPrograms(
        {QStringLiteral("debootstrap"), QStringLiteral("chroot"), QStringLiteral("mount")});
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("Missing %1: install debootstrap (TINYDEPLOY_TEST_PACKAGES "
                                        "in packaging/setup.sh)")
                             .arg(missing.join(QStringLiteral(", ")))));
    QVERIFY(m_work.isValid());
    // tst_package_deb (this test's CTest fixture) leaves the .deb it checked; build it otherwise.
    if (builtDeb().isEmpty()) {
        const QString failure = buildDeb(cpackTimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    QVERIFY(!builtDeb().isEmpty());
}

void tst_PackageInstall::installAndDeployToTheEmulatedBoard()
{
    const Run install = run(QStringLiteral("/bin/sh"),
                            {script,
                             QStringLiteral("install"),
                             cacheDir,
                             m_work.filePath(QStringLiteral("chroot")),
                             builtDeb()},
                            installTimeoutMs);
    if (install.exitCode == exitUnavailable)
        QSKIP(qPrintable(QStringLiteral("This machine cannot bootstrap a Debian root: ")
                         + QString::fromUtf8(install.err.trimmed())));
    QVERIFY2(install.exitCode == 0,
             qPrintable(install.describe(QStringLiteral("chroot_install.sh"))));
    qInfo("%s", install.err.constData());
    QVERIFY2(install.out.contains("install ok installed " TINYDEPLOY_VERSION "-1"),
             install.out.constData());

    // The installed templates, from /usr/share/tinydeploy, all usable in the root.
    QFile templatesFile(m_work.filePath(QStringLiteral("chroot/templates.json")));
    QVERIFY(templatesFile.open(QIODevice::ReadOnly));
    const QJsonDocument listed = QJsonDocument::fromJson(templatesFile.readAll());
    const QJsonArray entries = listed.isArray()
                                   ? listed.array()
                                   : listed.object().value(QStringLiteral("templates")).toArray();
    QVERIFY(entries.size() >= 4);
    for (const QJsonValue &entry : entries) {
        const QString path = entry.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(path.startsWith(QLatin1String("/usr/share/tinydeploy/firmware_templates/")),
                 qPrintable(path));
    }

    QFile deployFile(m_work.filePath(QStringLiteral("chroot/deploy.json")));
    QVERIFY(deployFile.open(QIODevice::ReadOnly));
    const QByteArray text = deployFile.readAll();
    const QJsonObject outcome = QJsonDocument::fromJson(text).object();
    QVERIFY2(outcome.value(QStringLiteral("ok")).toBool(), text.constData());
    QCOMPARE(outcome.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    // sample_0 is a handwritten 0; all five samples agree with the expected outputs.
    QCOMPARE(outcome.value(QStringLiteral("predicted")).toInt(-1), 0);
    const QJsonArray results = outcome.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("agrees_with_expected")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("latency"))
                     .toObject()
                     .value(QStringLiteral("emulated"))
                     .toBool(),
                 true);
    }
    QCOMPARE(outcome.value(QStringLiteral("device"))
                 .toObject()
                 .value(QStringLiteral("board"))
                 .toString(),
             QStringLiteral("mps2-an385"));
}

void tst_PackageInstall::cleanupTestCase()
{
    if (!m_work.isValid())
        return;
    // The script unmounts in its trap; if it was killed, undo its mounts here before the folder
    // is removed (removing it through a bind mount would empty the .deb cache).
    const QStringList mounts = mountsUnder(m_work.path());
    for (const QString &point : mounts)
        run(QStringLiteral("umount"), {QStringLiteral("-l"), point}, 60000);
    if (!mountsUnder(m_work.path()).isEmpty()) {
        m_work.setAutoRemove(false);
        QFAIL(qPrintable(QStringLiteral("Mounts remain under %1: not removed").arg(m_work.path())));
    }
}

QTEST_GUILESS_MAIN(tst_PackageInstall)
#include "tst_package_install.moc"
