#include "resultstore.h"

#include <algorithm>

namespace TinyDeploy::Deploy {

void ResultStore::setLimits(qsizetype maxResults, qint64 maxBytes)
{
    m_maxResults = std::max<qsizetype>(1, maxResults);
    m_maxBytes = std::max<qint64>(0, maxBytes);
}

qint64 ResultStore::bytesOf(const RunResult &result)
{
    qint64 bytes = qint64(result.latencies.size()) * qint64(sizeof(Device::RunLatency));
    for (const QList<Tensor::Tensor> *tensors :
         {&result.input.tensors, &result.outputs, &result.dequantized, &result.expected}) {
        for (const Tensor::Tensor &tensor : *tensors)
            bytes += tensor.byteSize();
    }
    return bytes;
}

void ResultStore::add(const RunResult &result)
{
    m_results.append(result);
    m_bytes += bytesOf(result);
    ++m_roundResults;
    if (result.agreementKnown()) {
        ++m_compared;
        m_agreeing += result.agrees() ? 1 : 0;
    }
    while (m_results.size() > 1 && (m_results.size() > m_maxResults || m_bytes > m_maxBytes)) {
        m_bytes -= bytesOf(m_results.constFirst());
        m_results.removeFirst();
        ++m_dropped;
    }
}

} // namespace TinyDeploy::Deploy
