#pragma once

#include "modelinfo.h"

#include <util/error.h>

#include <QObject>

namespace TinyDeploy::Mlf {

/// Opens and summarizes an archive on a worker thread, so the caller's (GUI) thread never
/// blocks on a large or slow archive. A newer load() supersedes an older one: only the result
/// of the latest request is delivered; cancel() drops the pending one.
class ModelLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelLoader)

public:
    explicit ModelLoader(QObject *parent = nullptr);
    ~ModelLoader() override;

    void load(const QString &path);
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void started(const QString &path);
    void loaded(const TinyDeploy::Mlf::ModelInfo &info);
    void failed(const QString &path, const TinyDeploy::Error &error);
    void loadingChanged(bool loading);

private:
    void finish(quint64 generation, const QString &path, const Result<ModelInfo> &result);
    void setLoading(bool loading);

    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace TinyDeploy::Mlf
