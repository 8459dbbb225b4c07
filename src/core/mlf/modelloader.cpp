#include "modelloader.h"
#include "modelarchive.h"

#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace TinyDeploy::Mlf {

ModelLoader::ModelLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TinyDeploy::Mlf::ModelInfo>();
    qRegisterMetaType<TinyDeploy::Error>();
}

ModelLoader::~ModelLoader() = default;

void ModelLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setLoading(true);
    emit started(absolute);
    QPointer<ModelLoader> self(this);
    QThreadPool::globalInstance()->start([self, generation, absolute] {
        Result<ModelInfo> result = ModelArchive::summarize(absolute);
        // The loader may be gone by now: deliver through its own thread, checked again there.
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, absolute, result = std::move(result)] {
                if (self)
                    self->finish(generation, absolute, result);
            },
            Qt::QueuedConnection);
    });
}

void ModelLoader::cancel()
{
    ++m_generation;
    setLoading(false);
}

void ModelLoader::finish(quint64 generation, const QString &path, const Result<ModelInfo> &result)
{
    if (generation != m_generation)
        return; // superseded or cancelled
    setLoading(false);
    if (result)
        emit loaded(*result);
    else
        emit failed(path, result.error());
}

void ModelLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace TinyDeploy::Mlf
