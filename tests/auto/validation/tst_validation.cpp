#include "fakes/fakerunner.h"

#include <tensor/npy.h>
#include <validate/dataset.h>
#include <validate/validation.h>
#include <validate/validationmetrics.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Validate;

namespace {

// A 4-class "classifier" whose output is its input: int8 [1, 4] -> int8 [1, 4].
Device::DeviceHello device()
{
    Device::DeviceHello hello;
    hello.model = "identity";
    hello.inputs = {{"input", 0, 8, {1, 4}, 4}};
    hello.outputs = {{"output", 0, 8, {1, 4}, 4}};
    return hello;
}

QByteArray oneHot(int index)
{
    QByteArray bytes(4, char(0));
    bytes[index % 4] = char(100);
    return bytes;
}

void writeNpy(const QString &path, Tensor::DType dtype, QList<qint64> shape, QByteArray data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Result<Tensor::Tensor> tensor = Tensor::Tensor::create(dtype, shape, data);
    QVERIFY(tensor);
    QVERIFY(Tensor::writeNpyFile(*tensor, path));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// dir/inputs/s_N.npy, dir/expected/s_N.npy and labels.csv for @p count samples.
void writePairs(const QString &dir, int count, bool labels = true)
{
    QByteArray csv = "file,label\n";
    for (int i = 0; i < count; ++i) {
        const QString name = QString("s_%1.npy").arg(i, 2, 10, QChar('0'));
        writeNpy(dir + "/inputs/" + name, Tensor::DType::int8(), {1, 4}, oneHot(i));
        writeNpy(dir + "/expected/" + name, Tensor::DType::int8(), {1, 4}, oneHot(i));
        csv += "inputs/" + name.toUtf8() + "," + QByteArray::number(i % 4) + "\n";
    }
    if (labels)
        writeFile(dir + "/labels.csv", csv);
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// An uncompressed zip of .npy members, as numpy.savez writes them.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &members)
{
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, data] : members) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(data);
        QByteArray common;
        putLe(common, 20, 2); // version needed
        putLe(common, 0, 2);  // flags
        putLe(common, 0, 2);  // stored
        putLe(common, 0, 4);  // time, date
        putLe(common, crc, 4);
        putLe(common, quint32(data.size()), 4);
        putLe(common, quint32(data.size()), 4);
        putLe(common, quint32(name.size()), 2);
        putLe(common, 0, 2); // extra
        zip += QByteArray("PK\x03\x04", 4) + common + name + data;
        central += QByteArray("PK\x01\x02", 4);
        putLe(central, 20, 2); // version made by
        central += common;
        putLe(central, 0, 2); // comment
        putLe(central, 0, 2); // disk
        putLe(central, 0, 2); // internal attributes
        putLe(central, 0, 4); // external attributes
        putLe(central, offset, 4);
        central += name;
    }
    const quint32 centralOffset = quint32(zip.size());
    zip += central;
    zip += QByteArray("PK\x05\x06", 4);
    putLe(zip, 0, 4);
    putLe(zip, quint32(members.size()), 2);
    putLe(zip, quint32(members.size()), 2);
    putLe(zip, quint32(central.size()), 4);
    putLe(zip, centralOffset, 4);
    putLe(zip, 0, 2);
    return zip;
}

QByteArray npyBytes(Tensor::DType dtype, QList<qint64> shape, QByteArray data)
{
    return Tensor::writeNpy(*Tensor::Tensor::create(dtype, shape, data)).value_or(QByteArray());
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void openLayouts_data();
    void openLayouts();
    void badDataSets_data();
    void badDataSets();
    void loadChecksTheModel_data();
    void loadChecksTheModel();
    void labelsCsv_data();
    void labelsCsv();
    void pnm();
    void metricsKnownValues();
    void percentiles();
    void runsToTheEnd();
    void pauseAndResume();
    void cancelMidRun();
    void deviceWorksWhileSamplesAreWritten();
    void differentialFindsTheDifference();
    void failureKeepsWhatWasDone();
};

void tst_Validation::openLayouts_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<bool>("labels");
    QTest::newRow("pairs with labels") << "pairs" << 6 << true << true;
    QTest::newRow("pairs without labels") << "pairs-nolabels" << 6 << true << false;
    QTest::newRow("labels csv") << "csv" << 3 << false << true;
    QTest::newRow("csv file itself") << "csvfile" << 3 << false << true;
    QTest::newRow("class folders") << "classes" << 4 << false << true;
    QTest::newRow("npz") << "npz" << 5 << true << true;
}

void tst_Validation::openLayouts()
{
    QFETCH(QString, layout);
    QFETCH(int, size);
    QFETCH(bool, expected);
    QFETCH(bool, labels);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("set");
    QString path = dir;
    if (layout == "pairs") {
        writePairs(dir, 6);
    } else if (layout == "pairs-nolabels") {
        writePairs(dir, 6, false);
    } else if (layout == "csv" || layout == "csvfile") {
        for (int i = 0; i < 3; ++i)
            writeNpy(dir + QString("/x%1.npy").arg(i), Tensor::DType::int8(), {1, 4}, oneHot(i));
        writeFile(dir + "/labels.csv", "file,label\nx0.npy,0\n\"x1.npy\",1\nx2.npy,two\n");
        if (layout == "csvfile")
            path = dir + "/labels.csv";
    } else if (layout == "classes") {
        writeNpy(dir + "/zero/a.npy", Tensor::DType::int8(), {1, 4}, oneHot(0));
        writeNpy(dir + "/zero/b.npy", Tensor::DType::int8(), {1, 4}, oneHot(0));
        writeNpy(dir + "/two/c.npy", Tensor::DType::int8(), {1, 4}, oneHot(2));
        writeFile(dir + "/two/d.pgm", "P5\n2 2\n255\n\x00\xff\x00\xff");
        writeFile(dir + "/two/readme.txt", "not a sample");
    } else if (layout == "npz") {
        QByteArray inputs;
        QByteArray labelBytes;
        for (int i = 0; i < 5; ++i) {
            inputs += oneHot(i);
            labelBytes += char(i % 4);
        }
        path = tmp.filePath("set.npz");
        writeFile(path,
                  storedZip({{"inputs.npy", npyBytes(Tensor::DType::int8(), {5, 1, 4}, inputs)},
                             {"expected.npy", npyBytes(Tensor::DType::int8(), {5, 4}, inputs)},
                             {"labels.npy", npyBytes(Tensor::DType::uint8(), {5}, labelBytes)}}));
    }
    const QStringList classes{"zero", "one", "two", "three"};
    Result<DataSet> set = DataSet::open(path, classes);
    QVERIFY2(set, set ? "" : qPrintable(set.error().oneLine()));
    QCOMPARE(set->size(), size);
    QCOMPARE(set->hasExpected(), expected);
    QCOMPARE(set->hasLabels(), labels);
    if (layout == "csv")
        QCOMPARE(set->entry(2).label, 2); // "two" is a class name
    if (layout == "classes") {
        QCOMPARE(set->entry(0).label, 2); // "two" sorts before "zero"
        QCOMPARE(set->entry(3).label, 0);
        Result<LoadedSample> image = set->load(1, device());
        QVERIFY2(!image, "a [1, 4] input is not an image");
    }
    for (qsizetype i = 0; i < set->size(); ++i) {
        if (layout == "classes" && set->entry(i).inputPath.endsWith(".pgm"))
            continue;
        Result<LoadedSample> sample = set->load(i, device());
        QVERIFY2(sample, sample ? "" : qPrintable(sample.error().oneLine()));
        QCOMPARE(sample->input.tensors.size(), 1);
        QCOMPARE(sample->expected.has_value(), expected);
    }
}

void tst_Validation::badDataSets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("empty folder") << "empty"
                                  << "is empty";
    QTest::newRow("empty inputs") << "emptyinputs"
                                  << "no input files";
    QTest::newRow("missing expected") << "noexpected"
                                      << "expected output of s_01.npy is missing";
    QTest::newRow("missing label") << "nolabel"
                                   << "no label for s_02.npy";
    QTest::newRow("label of no file") << "labelnofile"
                                      << "which inputs/ does not hold";
    QTest::newRow("unknown label") << "badlabel"
                                   << "neither a class index";
    QTest::newRow("csv without header") << "noheader"
                                        << "must name the columns";
    QTest::newRow("csv empty label") << "emptylabel"
                                     << "has no label";
    QTest::newRow("csv file missing") << "csvmissing"
                                      << "which does not exist";
    QTest::newRow("unknown class folder") << "badclass"
                                          << "not one of the model's labels";
    QTest::newRow("no layout") << "nolayout"
                               << "no inputs/ folder";
}

void tst_Validation::badDataSets()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("set");
    if (kind == "empty") {
        QDir().mkpath(dir);
    } else if (kind == "emptyinputs") {
        QDir().mkpath(dir + "/inputs");
    } else if (kind == "noexpected") {
        writePairs(dir, 3);
        QFile::remove(dir + "/expected/s_01.npy");
    } else if (kind == "nolabel") {
        writePairs(dir, 3);
        writeFile(dir + "/labels.csv", "file,label\ninputs/s_00.npy,0\ninputs/s_01.npy,1\n");
    } else if (kind == "labelnofile") {
        writePairs(dir, 1);
        writeFile(dir + "/labels.csv", "file,label\ninputs/s_00.npy,0\ninputs/gone.npy,1\n");
    } else if (kind == "badlabel") {
        writePairs(dir, 1);
        writeFile(dir + "/labels.csv", "file,label\ninputs/s_00.npy,seven\n");
    } else if (kind == "noheader") {
        writeNpy(dir + "/x.npy", Tensor::DType::int8(), {1, 4}, oneHot(0));
        writeFile(dir + "/labels.csv", "x.npy,0\n");
    } else if (kind == "emptylabel") {
        writeNpy(dir + "/x.npy", Tensor::DType::int8(), {1, 4}, oneHot(0));
        writeFile(dir + "/labels.csv", "file,label\nx.npy,\n");
    } else if (kind == "csvmissing") {
        writeFile(dir + "/labels.csv", "file,label\nx.npy,1\n");
    } else if (kind == "badclass") {
        writeNpy(dir + "/cat/x.npy", Tensor::DType::int8(), {1, 4}, oneHot(0));
    } else if (kind == "nolayout") {
        writeFile(dir + "/notes.txt", "hello");
    }
    Result<DataSet> set = DataSet::open(dir, {"0", "1", "2", "3"});
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(message), qPrintable(set.error().oneLine()));
    QVERIFY(!set.error().hint.isEmpty());
    QVERIFY(!set.error().location.isEmpty());
}

void tst_Validation::loadChecksTheModel_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("input dtype")
        << "inputdtype"
        << "holds float32 [1, 4]; the model's input \"input\" is int8 [1, 4]";
    QTest::newRow("input shape") << "inputshape"
                                 << "holds int8 [1, 5]; the model's input";
    QTest::newRow("expected dtype") << "expecteddtype"
                                    << "the model's output \"output\" is int8 [1, 4]";
}

void tst_Validation::loadChecksTheModel()
{
    QFETCH(QString, which);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("set");
    writePairs(dir, 2, false);
    const QString input = dir + "/inputs/s_01.npy";
    const QString expected = dir + "/expected/s_01.npy";
    if (which == "inputdtype")
        writeNpy(input, Tensor::DType::float32(), {1, 4}, QByteArray(16, char(0)));
    else if (which == "inputshape")
        writeNpy(input, Tensor::DType::int8(), {1, 5}, QByteArray(5, char(0)));
    else
        writeNpy(expected, Tensor::DType::uint8(), {1, 4}, QByteArray(4, char(0)));
    Result<DataSet> set = DataSet::open(dir);
    QVERIFY(set);
    QVERIFY(set->load(0, device()));
    Result<LoadedSample> bad = set->load(1, device());
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(message), qPrintable(bad.error().oneLine()));
    QCOMPARE(bad.error().location, which == "expecteddtype" ? expected : input);
}

void tst_Validation::labelsCsv_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("lastFile");
    QTest::newRow("plain") << QByteArray("file,label\na.npy,1\nb.npy,2\n") << 2 << "b.npy";
    QTest::newRow("crlf, bom, blank") << QByteArray("\xEF\xBB\xBF"
                                                    "file,label\r\n\r\na.npy,1\r\n")
                                      << 1 << "a.npy";
    QTest::newRow("columns swapped, extra")
        << QByteArray("label,notes,file\n3,x,c.npy\n") << 1 << "c.npy";
    QTest::newRow("quoted comma") << QByteArray("file,label\n\"a,\"\"b\"\".npy\",1\n") << 1
                                  << "a,\"b\".npy";
    QTest::newRow("unclosed quote") << QByteArray("file,label\n\"a.npy,1\n") << -1 << "";
    QTest::newRow("too few fields") << QByteArray("file,label\na.npy\n") << -1 << "";
    QTest::newRow("empty") << QByteArray("") << -1 << "";
}

void tst_Validation::labelsCsv()
{
    QFETCH(QByteArray, text);
    QFETCH(int, rows);
    QFETCH(QString, lastFile);
    Result<QList<DataSet::CsvRow>> parsed = DataSet::parseLabelsCsv(text, "labels.csv");
    if (rows < 0) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().location.startsWith("labels.csv"));
        return;
    }
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().oneLine()));
    QCOMPARE(parsed->size(), rows);
    QCOMPARE(parsed->last().file, lastFile);
}

void tst_Validation::pnm()
{
    Result<Deploy::ImagePixels> grey = readPnm("P5\n# comment\n3 2\n255\nabcdef", "x.pgm");
    QVERIFY(grey);
    QCOMPARE(grey->width, 3);
    QCOMPARE(grey->height, 2);
    QCOMPARE(grey->data, QByteArray("abcdef"));
    QVERIFY(readPnm("P6 1 1 255 abc", "x.ppm"));
    QVERIFY(!readPnm("P5 3 2 255 abc", "x.pgm")); // truncated
    QVERIFY(!readPnm("P2 1 1 255 1", "x.pgm"));   // ASCII is not read
    QVERIFY(!readPnm("P5 1 1 65535 ab", "x.pgm"));
}

void tst_Validation::metricsKnownValues()
{
    ValidationMetrics metrics;
    metrics.setClasses(2, {"cat", "dog"});
    metrics.setTopK(1);
    SampleOutcome a;
    a.outputs = {{"output", 4, 2.0, 1.0, 0.5, false}};
    a.topK = {1};
    a.predicted = 1;
    a.expected = 0;
    a.label = 0;
    a.latencyUs = 30;
    SampleOutcome b;
    b.index = 1;
    b.outputs = {{"output", 4, 0.0, 0.0, 1.0, true}};
    b.topK = {1};
    b.predicted = 1;
    b.expected = 1;
    b.label = 1;
    b.latencyUs = 10;
    metrics.add(a);
    metrics.add(b);
    QCOMPARE(metrics.count(), 2);
    QCOMPARE(metrics.outputs().first().maxAbsError, 2.0);
    QCOMPARE(metrics.outputs().first().rmse, std::sqrt(0.5)); // (1*1*4 + 0) / 8
    QCOMPARE(metrics.outputs().first().cosine, 0.75);
    QCOMPARE(*metrics.top1Agreement(), 0.5);
    QCOMPARE(*metrics.accuracy(), 0.5);
    QCOMPARE(metrics.confusion(), (QList<QList<qint64>>{{0, 1}, {0, 1}}));
    QCOMPARE(metrics.disagreements(), 1);
    QCOMPARE(metrics.latency().min, 10.0);
    QCOMPARE(metrics.latency().median, 20.0);
    QCOMPARE(metrics.latency().max, 30.0);
    const QJsonObject json = metrics.figuresJson();
    QCOMPARE(json["classifier"]["labels"].toArray().first().toString(), "cat");
    QCOMPARE(worstFirst({b, a}).first().index, 0);
}

void tst_Validation::percentiles()
{
    QList<double> values;
    for (int i = 1; i <= 100; ++i)
        values.append(i);
    QCOMPARE(ValidationMetrics::percentile(values, 95), 95.0);
    QCOMPARE(ValidationMetrics::median(values), 50.5);
    QCOMPARE(ValidationMetrics::percentile({7}, 95), 7.0);
    QCOMPARE(ValidationMetrics::median({}), 0.0);
}

namespace {

struct Rig
{
    QTemporaryDir tmp;
    FakeRunner board{device(), [](const QList<QByteArray> &in) { return in; }};
    Validation validation;

    explicit Rig(int samples, Reference reference = Reference::Expected)
    {
        writePairs(tmp.filePath("set"), samples);
        Result<DataSet> set = DataSet::open(tmp.filePath("set"));
        validation.setDataSet(*set);
        validation.setBoard(&board, device());
        ValidationSettings settings;
        settings.recordFolder = tmp.filePath("record");
        settings.reference = reference;
        validation.setSettings(settings);
    }
};

} // namespace

void tst_Validation::runsToTheEnd()
{
    Rig rig(12);
    QSignalSpy progress(&rig.validation, &Validation::progress);
    QSignalSpy finished(&rig.validation, &Validation::finished);
    QVERIFY(rig.validation.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(rig.validation.state(), ValidationState::Finished);
    QCOMPARE(progress.last().at(0).value<qsizetype>(), 12);
    const QJsonObject json = readJson(rig.validation.summaryPath());
    QCOMPARE(json["samples"].toInt(), 12);
    QCOMPARE(json["completed"].toInt(), 12);
    QCOMPARE(json["cancelled"].toBool(), false);
    QCOMPARE(json["reference"].toString(), "expected");
    QCOMPARE(json["outputs"][0]["max_abs_error"].toDouble(), 0.0);
    QCOMPARE(json["classifier"]["top1_agreement"].toDouble(), 1.0);
    QCOMPARE(json["classifier"]["accuracy"].toDouble(), 1.0);
    QCOMPARE(json["classifier"]["confusion"][2][2].toInt(), 3);
    QVERIFY(json["latency_us"]["max"].toDouble() >= json["latency_us"]["min"].toDouble());
    QCOMPARE(json["worst"].toArray().size(), 10);
    QFile lines(rig.validation.samplesPath());
    QVERIFY(lines.open(QIODevice::ReadOnly));
    QCOMPARE(lines.readAll().count('\n'), 12);
}

void tst_Validation::pauseAndResume()
{
    Rig rig(6);
    rig.board.hold = true;
    QSignalSpy finished(&rig.validation, &Validation::finished);
    QVERIFY(rig.validation.start());
    QTRY_COMPARE_WITH_TIMEOUT(rig.board.requests, 1, 10000);
    rig.validation.pause();
    rig.board.hold = false;
    rig.board.release();
    QTRY_COMPARE_WITH_TIMEOUT(rig.validation.state(), ValidationState::Paused, 10000);
    QCOMPARE(rig.validation.completed(), 1);
    QCOMPARE(rig.board.requests, 1); // nothing more is sent while paused
    rig.validation.resume();
    QVERIFY(finished.wait(10000));
    QCOMPARE(rig.validation.state(), ValidationState::Finished);
    QCOMPARE(rig.validation.completed(), 6);
}

void tst_Validation::cancelMidRun()
{
    Rig rig(8);
    QObject::connect(&rig.validation, &Validation::progress, &rig.board, [&rig](qsizetype done) {
        // The next sample is on its way before a sample's progress is reported (the device
        // works while TinyDeploy writes): holding from the second one keeps the fourth.
        if (done == 2)
            rig.board.hold = true; // the fourth sample stays in progress
    });
    QSignalSpy finished(&rig.validation, &Validation::finished);
    QVERIFY(rig.validation.start());
    QTRY_COMPARE_WITH_TIMEOUT(rig.board.requests, 4, 10000);
    rig.validation.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(rig.board.cancels, 1);
    QCOMPARE(rig.validation.state(), ValidationState::Cancelled);
    const QJsonObject json = readJson(rig.validation.summaryPath());
    QCOMPARE(json["cancelled"].toBool(), true);
    QCOMPARE(json["completed"].toInt(), 3);
    QCOMPARE(json["samples"].toInt(), 8);
}

void tst_Validation::deviceWorksWhileSamplesAreWritten()
{
    // Throughput: the next sample is already on the device when a finished one is written to
    // validation_samples.jsonl and reported, and every sample is still written, in order.
    Rig rig(6);
    QList<int> requestsAtFinish;
    QObject::connect(&rig.validation,
                     &Validation::sampleFinished,
                     &rig.board,
                     [&rig, &requestsAtFinish](const SampleOutcome &) {
                         requestsAtFinish.append(rig.board.requests);
                     });
    QSignalSpy finished(&rig.validation, &Validation::finished);
    QVERIFY(rig.validation.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(requestsAtFinish, (QList<int>{2, 3, 4, 5, 6, 6}));
    QFile lines(rig.validation.samplesPath());
    QVERIFY(lines.open(QIODevice::ReadOnly));
    qsizetype index = 0;
    for (const QByteArray &line : lines.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QCOMPARE(QJsonDocument::fromJson(line).object().value("index").toInteger(), index);
        ++index;
    }
    QCOMPARE(index, 6);
}

void tst_Validation::differentialFindsTheDifference()
{
    Rig rig(8, Reference::Host);
    // The board differs from the host for samples whose first value is set (s_00, s_04).
    FakeRunner board(device(), [](const QList<QByteArray> &in) {
        QByteArray out = in.first();
        if (out.at(0) != 0) {
            out[0] = 0;
            out[1] = 50;
        }
        return QList<QByteArray>{out};
    });
    FakeRunner host(device(), [](const QList<QByteArray> &in) { return in; });
    rig.validation.setBoard(&board, device());
    rig.validation.setReference(&host, device());
    QSignalSpy finished(&rig.validation, &Validation::finished);
    QVERIFY(rig.validation.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(rig.validation.state(), ValidationState::Finished);
    QCOMPARE(host.requests, 8);
    QCOMPARE(rig.validation.metrics().disagreements(), 2);
    const QJsonObject json = readJson(rig.validation.summaryPath());
    QCOMPARE(json["reference"].toString(), "host");
    QCOMPARE(json["worst"][0]["sample"].toString(), "s_00");
    QCOMPARE(json["worst"][0]["predicted"].toInt(), 1);
    QCOMPARE(json["worst"][0]["expected"].toInt(), 0);
    QCOMPARE(json["worst"][1]["sample"].toString(), "s_04");
    QCOMPARE(json["worst"][2]["max_abs_error"].toDouble(), 0.0);
    QCOMPARE(json["outputs"][0]["max_abs_error"].toDouble(), 100.0);
}

void tst_Validation::failureKeepsWhatWasDone()
{
    Rig rig(4);
    writeNpy(rig.tmp.filePath("set/inputs/s_02.npy"),
             Tensor::DType::float32(),
             {1, 4},
             QByteArray(16, char(0)));
    QSignalSpy finished(&rig.validation, &Validation::finished);
    QVERIFY(rig.validation.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(rig.validation.state(), ValidationState::Failed);
    const QJsonObject json = readJson(rig.validation.summaryPath());
    QCOMPARE(json["completed"].toInt(), 2);
    QVERIFY(json["error"]["location"].toString().endsWith("s_02.npy"));
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
