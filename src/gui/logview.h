#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace TinyDeploy {
struct Error;
}

namespace TinyDeploy::Gui {

class LogModel;

/// @brief A build or flash log: a virtualized list over a LogModel with a tool bar for search
/// (Ctrl+F, F3 / Shift+F3, matches highlighted), follow-tail, timestamps, copy (Ctrl+C), save
/// and clear.
///
/// Follow-tail keeps the newest line in view; scrolling up turns it off, scrolling back to the
/// bottom turns it on again. Search runs in bounded steps, so a million-line log never freezes
/// the window.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    /// Shows @p model, or a model of its own when null.
    explicit LogView(LogModel *model = nullptr, QWidget *parent = nullptr);
    ~LogView() override;

    LogModel *model() const { return m_model; }
    void setModel(LogModel *model);
    QListView *listView() const { return m_list; }

    bool followTail() const;
    void setFollowTail(bool follow);

    /// Starts a search for @p text (as typed in the search field) from the current line.
    void find(const QString &text, bool backward = false);
    void findNext();
    void findPrevious();
    /// Copies the selected lines (or the current one) to the clipboard.
    void copySelection();
    /// Asks for a file name (non-blocking dialog) and saves the log there.
    void saveAs();
    /// Empties the view (the file on disk keeps the lines).
    void clear();

signals:
    void followTailChanged(bool follow);
    /// A search finished: @p row is the match or -1.
    void searchFinished(int row);
    void saved(const QString &path);
    void saveFailed(const TinyDeploy::Error &error);

private:
    void connectModel();
    void onRowsInserted();
    void onScrolled(int value);
    void continueSearch();
    void showStatus(const QString &text);

    LogModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_searchField = nullptr;
    QToolButton *m_followButton = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_timestampsAction = nullptr;
    QTimer *m_searchTimer = nullptr;

    QString m_searchText;
    bool m_searchBackward = false;
    int m_searchOrigin = -1;
    int m_searchRow = -1;
    bool m_searchWrapped = false;
    bool m_autoScrolling = false;
};

} // namespace TinyDeploy::Gui
