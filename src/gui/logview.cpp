#include "logview.h"
#include "logmodel.h"

#include <util/error.h>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace TinyDeploy::Gui {

namespace {
QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setFocusPolicy(Qt::TabFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}
} // namespace

LogView::LogView(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListView(this))
    , m_searchField(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_list->setUniformItemSizes(true); // what makes a million rows cheap to lay out
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setAccessibleName(tr("Log"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_searchField->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search the log"));
    m_searchField->setClearButtonEnabled(true);
    connect(m_searchField, &QLineEdit::returnPressed, this, &LogView::findNext);
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_searchTimer->stop();
            m_model->setHighlight({});
            showStatus({});
        }
    });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    addAction(m_findAction);

    auto *nextAction = new QAction(tr("&Next"), this);
    nextAction->setShortcut(QKeySequence::FindNext);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    nextAction->setToolTip(tr("Find the next line containing the text (F3)"));
    connect(nextAction, &QAction::triggered, this, &LogView::findNext);
    addAction(nextAction);

    auto *previousAction = new QAction(tr("&Previous"), this);
    previousAction->setShortcut(QKeySequence::FindPrevious);
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    previousAction->setToolTip(tr("Find the previous line containing the text (Shift+F3)"));
    connect(previousAction, &QAction::triggered, this, &LogView::findPrevious);
    addAction(previousAction);

    m_followAction = new QAction(tr("F&ollow"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Keep the newest line in view"));
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_autoScrolling = true;
            m_list->scrollToBottom();
            m_autoScrolling = false;
        }
        emit followTailChanged(on);
    });

    m_timestampsAction = new QAction(tr("&Times"), this);
    m_timestampsAction->setCheckable(true);
    m_timestampsAction->setToolTip(tr("Show when each line arrived"));
    connect(m_timestampsAction, &QAction::toggled, this, [this](bool on) {
        m_model->setShowTimestamps(on);
    });

    auto *copyAction = new QAction(tr("&Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    copyAction->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    connect(copyAction, &QAction::triggered, this, &LogView::copySelection);
    m_list->addAction(copyAction);

    auto *saveAction = new QAction(tr("&Save As..."), this);
    saveAction->setShortcut(QKeySequence::SaveAs);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    saveAction->setToolTip(tr("Save the whole log to a file"));
    connect(saveAction, &QAction::triggered, this, &LogView::saveAs);
    addAction(saveAction);
    m_list->addAction(saveAction);

    auto *clearAction = new QAction(tr("C&lear"), this);
    clearAction->setToolTip(tr("Empty the view; the log file keeps every line"));
    connect(clearAction, &QAction::triggered, this, &LogView::clear);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_searchField, 1);
    bar->addWidget(makeButton(previousAction, this));
    bar->addWidget(makeButton(nextAction, this));
    m_followButton = makeButton(m_followAction, this);
    bar->addWidget(m_followButton);
    bar->addWidget(makeButton(m_timestampsAction, this));
    bar->addWidget(makeButton(copyAction, this));
    bar->addWidget(makeButton(saveAction, this));
    bar->addWidget(makeButton(clearAction, this));

    m_status->setAccessibleName(tr("Log status"));
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &LogView::continueSearch);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);

    setModel(model ? model : new LogModel(this));
}

LogView::~LogView()
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
}

void LogView::setModel(LogModel *model)
{
    if (!model || model == m_model)
        return;
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
        if (m_model->parent() == this)
            m_model->deleteLater();
    }
    m_model = model;
    m_list->setModel(model);
    model->setShowTimestamps(m_timestampsAction->isChecked());
    connectModel();
}

void LogView::connectModel()
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
    connect(m_model, &LogModel::saved, this, [this](const QString &path) {
        showStatus(tr("Saved the log to %1.").arg(QDir::toNativeSeparators(path)));
        emit saved(path);
    });
    connect(m_model, &LogModel::saveFailed, this, [this](const Error &error) {
        showStatus(error.oneLine());
        emit saveFailed(error);
    });
    connect(m_model, &LogModel::fileError, this, [this](const Error &error) {
        showStatus(error.oneLine());
    });
}

bool LogView::followTail() const
{
    return m_followAction->isChecked();
}

void LogView::setFollowTail(bool follow)
{
    m_followAction->setChecked(follow);
}

void LogView::onRowsInserted()
{
    if (!followTail())
        return;
    m_autoScrolling = true;
    m_list->scrollToBottom();
    m_autoScrolling = false;
}

void LogView::onScrolled(int value)
{
    if (m_autoScrolling)
        return;
    const bool atBottom = value >= m_list->verticalScrollBar()->maximum();
    if (atBottom != followTail())
        setFollowTail(atBottom);
}

void LogView::find(const QString &text, bool backward)
{
    if (m_searchField->text() != text)
        m_searchField->setText(text);
    m_searchTimer->stop();
    m_model->setHighlight(text);
    if (text.isEmpty())
        return;
    const int count = m_model->rowCount();
    const QModelIndex current = m_list->currentIndex();
    const int from = current.isValid() ? current.row() : (backward ? count : -1);
    m_searchText = text;
    m_searchBackward = backward;
    m_searchOrigin = from;
    m_searchWrapped = false;
    if (backward)
        m_searchRow = from <= 0 ? count - 1 : from - 1;
    else
        m_searchRow = from + 1 >= count ? 0 : from + 1;
    if (count == 0) {
        showStatus(tr("No line contains \"%1\".").arg(text));
        emit searchFinished(-1);
        return;
    }
    showStatus(tr("Searching..."));
    m_searchTimer->start();
}

void LogView::continueSearch()
{
    const LogModel::FindStep step = m_model->findStep(m_searchText, m_searchRow, m_searchBackward);
    if (step.match >= 0) {
        m_searchTimer->stop();
        setFollowTail(false);
        const QModelIndex index = m_model->index(step.match);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
        showStatus({});
        emit searchFinished(step.match);
        return;
    }
    if (step.resumeRow >= 0) {
        m_searchRow = step.resumeRow;
        return;
    }
    if (!m_searchWrapped && m_model->rowCount() > 0) {
        m_searchWrapped = true;
        m_searchRow = m_searchBackward ? m_model->rowCount() - 1 : 0;
        return;
    }
    m_searchTimer->stop();
    showStatus(tr("No line contains \"%1\".").arg(m_searchText));
    emit searchFinished(-1);
}

void LogView::findNext()
{
    find(m_searchField->text(), false);
}

void LogView::findPrevious()
{
    find(m_searchField->text(), true);
}

void LogView::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_list->currentIndex().isValid())
        rows << m_list->currentIndex().row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_model->text(rows));
}

void LogView::saveAs()
{
    auto *dialog = new QFileDialog(this, tr("Save Log"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("Log files (*.log *.txt)"), tr("All files (*)")});
    const QString current = m_model->filePath();
    const QString name = current.isEmpty() ? QStringLiteral("tinydeploy.log")
                                           : QFileInfo(current).fileName();
    dialog->selectFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                       + QLatin1Char('/') + name);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        showStatus(tr("Saving..."));
        m_model->saveAs(path);
    });
    dialog->open();
}

void LogView::clear()
{
    m_searchTimer->stop();
    m_model->clear();
    showStatus({});
}

void LogView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace TinyDeploy::Gui
