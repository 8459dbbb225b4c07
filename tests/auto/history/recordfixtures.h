#pragma once

// Record folders written by hand for the history and report tests: deployment.json as
// RecordWriter writes it (format_version 1), with the parts a test changes as parameters.

#include <deploy/recordprocess.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace RecordFixtures {

// A pid above Linux's pid_max (4194304): never a live process.
inline constexpr qint64 deadPid = 1 << 30;

inline QJsonObject step(const QString &name, const QString &status)
{
    QJsonObject object{{"step", name},
                       {"status", status},
                       {"attempts", status == "pending" ? 0 : 1}};
    if (status != "pending") {
        object.insert("started", "2026-12-01T10:00:00.000Z");
        object.insert("log", QString("logs/1-" + name + ".log"));
    }
    if (status == "done" || status == "failed" || status == "cancelled") {
        object.insert("finished", "2026-12-01T10:00:01.500Z");
        object.insert("wall_ms", 1500);
        object.insert("server_ms", 1200);
    }
    if (status == "failed")
        object.insert("error",
                      QJsonObject{{"code", "ServerError"}, {"message", "Flashing failed."}});
    return object;
}

/// A record that ended in @p state ("finished", "failed", "cancelled", or an active one).
inline QJsonObject record(const QString &model,
                          const QString &board,
                          const QString &created,
                          const QString &state)
{
    QJsonObject root{{"format_version", 1},
                     {"tinydeploy_version", "0.1.0"},
                     {"state", state},
                     {"cancelled", state == "cancelled"},
                     {"created", created},
                     {"updated", created},
                     {"first_step", "generate"},
                     {"model",
                      QJsonObject{{"path", QString("/models/" + model + ".tar")},
                                  {"sha256", QString(64, '0')},
                                  {"bundled_sample", false}}},
                     {"template",
                      QJsonObject{{"name", "qemu-cortex-m"}, {"dir", "/t"}, {"platform", "x"}}},
                     {"options", QJsonObject{{"board", board}}},
                     {"board", board},
                     {"project_dir", "/p"},
                     {"serial_port", "/dev/pts/3"},
                     {"serial_number", ""},
                     {"run_protocol", "framed"},
                     {"process", TinyDeploy::Deploy::currentProcessJson()},
                     {"summary",
                      QJsonObject{{"results", 1},
                                  {"compared", 1},
                                  {"agreeing", 1},
                                  {"latency_median_us", 120.0}}}};
    QJsonArray steps;
    const QStringList names{"generate", "build", "flash", "connect", "run"};
    for (const QString &name : names) {
        QString status = "done";
        if (state == "failed" && name == "flash")
            status = "failed";
        else if (state == "failed" && names.indexOf(name) > 2)
            status = "pending";
        else if (state == "cancelled" && name == "build")
            status = "cancelled";
        else if (state == "cancelled" && names.indexOf(name) > 1)
            status = "pending";
        else if (state == "building" && name == "build")
            status = "running";
        else if (state == "building" && names.indexOf(name) > 1)
            status = "pending";
        steps.append(step(name, status));
    }
    root.insert("steps", steps);
    if (state == "failed")
        root.insert("error", QJsonObject{{"code", "ServerError"}, {"message", "Flashing failed."}});
    if (state == "cancelled") {
        root.insert("error",
                    QJsonObject{{"code", "Cancelled"},
                                {"message", "The deployment was cancelled during \"Build\"."},
                                {"location", "build"}});
    }
    if (state == "building")
        root.insert("current_step", "build");
    return root;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

inline bool writeRecord(const QString &folder, const QJsonObject &deployment)
{
    return writeFile(folder + "/deployment.json", QJsonDocument(deployment).toJson())
           && QDir().mkpath(folder + "/logs");
}

/// validation.json as the brief of the data-set run gives it.
inline QJsonObject validation()
{
    return QJsonDocument::fromJson(R"({"dataset": "/abs/path", "reference": "labels", "samples": 90,
   "completed": 90, "cancelled": false,
   "outputs": [{"name": "output", "max_abs_error": 0.0, "rmse": 0.0, "cosine": 1.0}],
   "classifier": {"top1_agreement": 1.0, "topk_agreement": 1.0, "k": 3,
                  "accuracy": 0.9756, "labels": ["0", "1"], "confusion": [[44, 1], [0, 45]]},
   "latency_us": {"min": 1.0, "median": 2.0, "p95": 3.0, "max": 4.0},
   "worst": [{"sample": "sample_17", "index": 17, "max_abs_error": 0.1,
              "predicted": 3, "expected": 8, "label": 8}]})")
        .object();
}

} // namespace RecordFixtures
