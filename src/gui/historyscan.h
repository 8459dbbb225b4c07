#pragma once

#include <history/recordindex.h>

#include <QObject>
#include <QStringList>

class QStatusBar;

namespace TinyDeploy::Gui {

/// @brief Scans the deployment records on a worker thread (RecordIndex::scan() touches no
/// QObject) and delivers the result on the thread that started it, so the UI never waits for
/// the disk. One scan at a time; a new start() while one runs is run after it.
class HistoryScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryScan)

public:
    explicit HistoryScan(QStringList roots, QObject *parent = nullptr);
    ~HistoryScan() override;

    void start();
    bool isRunning() const { return m_running; }
    QStringList roots() const { return m_roots; }

    /// The records roots the GUI lists: @p ownRoot (the controller's, when set) and the GUI's
    /// and CLI's default folders.
    static QStringList rootsFor(const QString &ownRoot);

    /// Looks, off the UI thread, for records interrupted (kill -9, crash) since the last
    /// notice, and says so in @p bar without blocking anything (no dialog): "The deployment of
    /// digits was interrupted during build. See View > History." Remembers what it showed.
    static void noticeInterrupted(const QStringList &roots, QStatusBar *bar);

signals:
    void finished(const TinyDeploy::History::RecordScan &scan);

private:
    QStringList m_roots;
    bool m_running = false;
    bool m_again = false;
    QThread *m_thread = nullptr;
};

} // namespace TinyDeploy::Gui
