#pragma once

#include <util/error.h>

#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace TinyDeploy::Gui {

/// @brief The device's text output (LOG frames) as a console: timestamps, pause, clear, save,
/// and continuous logging to a file.
///
/// It keeps the last maxLines() lines (default 10,000); older ones leave the view but stay in
/// the log file when one is set. Lines arriving while paused are held (up to the same bound)
/// and shown on resume. Lines are shown in batches, at most every 50 ms.
class SerialConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialConsole)

public:
    static constexpr int defaultMaxLines = 10000;

    explicit SerialConsole(QWidget *parent = nullptr);
    ~SerialConsole() override;

    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }

    /// Appends every line from now on to @p path (with its timestamp); empty stops logging.
    Result<void> setLogFile(const QString &path);
    QString logFile() const;

    /// Adds a line of device output (a text with newlines becomes several lines).
    void appendLine(const QString &text, const QDateTime &time = {});

    void setPaused(bool paused);
    bool isPaused() const;
    void setShowTimestamps(bool show);
    bool showTimestamps() const;
    void clear();
    /// Writes the lines in view to @p path.
    Result<void> saveTo(const QString &path) const;

    /// The text in view (after pending lines are shown).
    QString text() const;
    /// Lines in view (after pending lines are shown).
    int lineCount() const;
    /// Lines held while paused.
    int heldCount() const { return int(m_held.size()); }

signals:
    void logFileError(const TinyDeploy::Error &error);

private:
    struct Line
    {
        qint64 msecs;
        QString text;
    };

    void flushPending();
    QString format(const Line &line) const;
    void saveWithDialog();

    QPlainTextEdit *m_view = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_timestampsAction = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_flushTimer = nullptr;
    QList<Line> m_pending; ///< Not shown yet (next batch).
    QList<Line> m_held;    ///< Arrived while paused.
    QFile m_logFile;
    int m_maxLines = defaultMaxLines;
};

} // namespace TinyDeploy::Gui
