#pragma once

#include "minrpc.h"

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TinyDeploy::MicroTvm {

/// One tensor of a params blob, with its data.
struct ParamTensor
{
    QString name;
    DlTensor meta; ///< dtype and shape (data pointer 0)
    QByteArray data;
};

/// Reads a tvm::runtime::SaveParams blob (parameters/<mod>.params) with its data (the MLF
/// parser's ParamsDecoder only summarises). ParamsTruncated / BadParamsMagic / InvalidValue.
Result<QList<ParamTensor>> readParams(
    QByteArrayView blob, const QString &member = QStringLiteral("parameters/default.params"));
/// The same format, written (tests and fakes build their params with it).
QByteArray writeParams(const QList<ParamTensor> &params);

} // namespace TinyDeploy::MicroTvm
