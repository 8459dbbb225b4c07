#include "historyscan.h"

#include <deploy/deploymentrecord.h>

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QThread>

namespace TinyDeploy::Gui {

namespace {

constexpr char noticedKey[] = "history/interruptedNoticedUntil";

} // namespace

HistoryScan::HistoryScan(QStringList roots, QObject *parent)
    : QObject(parent)
    , m_roots(std::move(roots))
{}

HistoryScan::~HistoryScan()
{
    if (m_thread) {
        // The scan reads a few hundred small files at most; its result is dropped, and the
        // thread, whose finished() no longer reaches this, is deleted here.
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

QStringList HistoryScan::rootsFor(const QString &ownRoot)
{
    QStringList roots = History::RecordIndex::defaultRoots();
    if (!ownRoot.isEmpty())
        roots.prepend(ownRoot);
    roots.removeDuplicates();
    return roots;
}

void HistoryScan::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    auto result = std::make_shared<History::RecordScan>();
    const QStringList roots = m_roots;
    m_thread = QThread::create([roots, result] { *result = History::RecordIndex(roots).scan(); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        emit finished(*result);
        if (m_again) {
            m_again = false;
            start();
        }
    });
    m_thread->start(QThread::LowPriority);
}

void HistoryScan::noticeInterrupted(const QStringList &roots, QStatusBar *bar)
{
    auto *scan = new HistoryScan(roots, bar);
    QPointer<QStatusBar> target(bar);
    connect(scan, &HistoryScan::finished, bar, [scan, target](const History::RecordScan &found) {
        scan->deleteLater();
        QSettings settings;
        const QDateTime noticed = settings.value(QLatin1String(noticedKey)).toDateTime();
        QDateTime newest = noticed;
        QStringList texts;
        for (const History::RecordSummary &record : found.records) {
            if (record.result != History::RecordResult::Interrupted)
                continue;
            const QDateTime when = record.updated.isValid() ? record.updated : record.created;
            if (noticed.isValid() && when <= noticed)
                continue;
            if (!newest.isValid() || when > newest)
                newest = when;
            texts << QCoreApplication::translate("TinyDeploy::Gui::HistoryScan",
                                                 "The deployment of %1 was interrupted during %2.")
                         .arg(record.model, record.step);
        }
        if (texts.isEmpty() || !target)
            return;
        settings.setValue(QLatin1String(noticedKey), newest);
        target
            ->showMessage(texts.first() + QLatin1Char(' ')
                              + QCoreApplication::translate("TinyDeploy::Gui::HistoryScan",
                                                            "See View > History (%n interrupted).",
                                                            nullptr,
                                                            int(texts.size())),
                          30000);
    });
    scan->start();
}

} // namespace TinyDeploy::Gui
