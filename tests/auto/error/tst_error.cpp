#include <util/error.h>

#include <QTest>

using namespace TinyDeploy;

class tst_Error : public QObject
{
    Q_OBJECT

private slots:
    void oneLineNamesTheLocation();
    void contextIsPrependedOutermostFirst();
    void fullTextCarriesHintAndDetails();
    void everyCodeHasAStableName();
};

void tst_Error::oneLineNamesTheLocation()
{
    const Error e = makeError(ErrorCode::InvalidJson, "expected ','", "metadata.json:3:7");
    QCOMPARE(e.oneLine(), QString("metadata.json:3:7: expected ','"));
    QCOMPARE(makeError(ErrorCode::Io, "disk full").oneLine(), QString("disk full"));
}

void tst_Error::contextIsPrependedOutermostFirst()
{
    Error e = makeError(ErrorCode::WrongFieldType, "not a string", "modules.default.target");
    e.withContext("metadata.json").withContext("model.tar");
    QCOMPARE(e.location, QString("model.tar: metadata.json: modules.default.target"));
}

void tst_Error::fullTextCarriesHintAndDetails()
{
    const Error e = makeError(ErrorCode::ServerExited,
                              "The server stopped.",
                              "build",
                              "Check the log.",
                              "exit status 2");
    QCOMPARE(e.fullText(), QString("build: The server stopped.\nCheck the log.\n\nexit status 2"));
}

void tst_Error::everyCodeHasAStableName()
{
    for (int i = int(ErrorCode::Internal); i <= int(lastErrorCode); ++i) {
        const QString name = errorCodeName(ErrorCode(i));
        QVERIFY2(!name.isEmpty() && name != "unknown", qPrintable(QString::number(i)));
    }
    QCOMPARE(errorCodeName(ErrorCode::NotAnArchive), QString("not-an-archive"));
}

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_error.moc"
