#pragma once

// The model crt_device's hand-written system library runs, as a ModelPlan (test code):
//   out = -((x + p0) * p1), every tensor float32 [1, N]; p0[i] = i, p1[i] = 0.5
// The graph JSON is pretty-printed like an MLF's (the runner must minify it); storage id 2 is
// shared by the add's and the negative's outputs, as TVM's memory planner would.

#include <microtvm/modelplan.h>
#include <microtvm/paramsblob.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cstring>

namespace CrtModel {

inline QByteArray floats(const QList<float> &values)
{
    QByteArray out(values.size() * 4, '\0');
    std::memcpy(out.data(), values.constData(), size_t(out.size()));
    return out;
}

inline QList<float> toFloats(const QByteArray &bytes)
{
    QList<float> out(bytes.size() / 4);
    std::memcpy(out.data(), bytes.constData(), size_t(out.size()) * 4);
    return out;
}

inline QList<float> p0(int n)
{
    QList<float> v;
    for (int i = 0; i < n; ++i)
        v.append(float(i));
    return v;
}

inline QList<float> p1(int n)
{
    return QList<float>(n, 0.5f);
}

inline QList<float> expected(const QList<float> &x)
{
    QList<float> out;
    const QList<float> a = p0(int(x.size())), b = p1(int(x.size()));
    for (int i = 0; i < x.size(); ++i)
        out.append(-((x[i] + a[i]) * b[i]));
    return out;
}

inline QJsonObject opNode(const char *name, const char *function, QJsonArray inputs)
{
    return QJsonObject{{"op", "tvm_op"},
                       {"name", name},
                       {"attrs",
                        QJsonObject{{"func_name", function},
                                    {"num_inputs", QString::number(inputs.size())},
                                    {"num_outputs", "1"},
                                    {"flatten_data", "0"}}},
                       {"inputs", inputs}};
}

inline QByteArray graphJson(int n, const QString &padName = {})
{
    const QJsonObject null0{{"op", "null"}, {"name", "x"}, {"inputs", QJsonArray()}};
    const QJsonObject null1{{"op", "null"}, {"name", "p0"}, {"inputs", QJsonArray()}};
    const QJsonObject null3{{"op", "null"}, {"name", "p1"}, {"inputs", QJsonArray()}};
    QJsonArray shapes, dtypes;
    for (int i = 0; i < 6; ++i) {
        shapes.append(QJsonArray{1, n});
        dtypes.append("float32");
    }
    const QString negName = padName.isEmpty() ? QStringLiteral("negative") : padName;
    const QJsonObject root{{"nodes",
                            QJsonArray{null0,
                                       null1,
                                       opNode("add",
                                              "fused_add",
                                              QJsonArray{QJsonArray{0, 0, 0}, QJsonArray{1, 0, 0}}),
                                       null3,
                                       opNode("multiply",
                                              "fused_multiply",
                                              QJsonArray{QJsonArray{2, 0, 0}, QJsonArray{3, 0, 0}}),
                                       opNode(negName.toUtf8().constData(),
                                              "fused_negative",
                                              QJsonArray{QJsonArray{4, 0, 0}})}},
                           {"arg_nodes", QJsonArray{0, 1, 3}},
                           {"heads", QJsonArray{QJsonArray{5, 0, 0}}},
                           {"node_row_ptr", QJsonArray{0, 1, 2, 3, 4, 5, 6}},
                           {"attrs",
                            QJsonObject{{"dltype", QJsonArray{"list_str", dtypes}},
                                        {"storage_id",
                                         QJsonArray{"list_int", QJsonArray{0, 1, 2, 3, 4, 2}}},
                                        {"shape", QJsonArray{"list_shape", shapes}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

inline QByteArray params(int n)
{
    using namespace TinyDeploy::MicroTvm;
    DlTensor meta;
    meta.shape = {1, n};
    return writeParams(
        {ParamTensor{"p0", meta, floats(p0(n))}, ParamTensor{"p1", meta, floats(p1(n))}});
}

inline TinyDeploy::MicroTvm::ModelPlan plan(int n = 4)
{
    using namespace TinyDeploy;
    MicroTvm::ModelPlan plan;
    plan.executor = MicroTvm::Executor::Graph;
    plan.graphJson = graphJson(n);
    plan.params = params(n);
    Device::TensorInfo t;
    t.dtypeCode = 2;
    t.dtypeBits = 32;
    t.shape = {1, n};
    t.bytes = quint32(4 * n);
    t.name = "x";
    plan.inputs = {t};
    t.name = "output0";
    plan.outputs = {t};
    plan.model = "crt_device";
    plan.board = "host";
    return plan;
}

} // namespace CrtModel
