#include "mainwindow.h"
#include "errorpanel.h"
#include "modelsummarywidget.h"

#include <mlf/modelinfo.h>
#include <mlf/modelloader.h>
#include <util/error.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
constexpr int maxRecentFiles = 8;
const char recentFilesKey[] = "recentFiles";
const char geometryKey[] = "mainWindow/geometry";
const char stateKey[] = "mainWindow/state";
const char lastDirKey[] = "lastOpenDirectory";

QString localPathOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new Mlf::ModelLoader(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("TinyDeploy"));
    setAcceptDrops(true);

    // Welcome: what to do first, reachable by keyboard.
    m_welcomePage = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(m_welcomePage);
    auto *welcomeText = new QLabel(
        tr("<h2>Put a trained model on a microcontroller</h2>"
           "<p>Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted "
           "archive folder to see what it holds. You can also drop it on this window.</p>"),
        m_welcomePage);
    welcomeText->setWordWrap(true);
    welcomeText->setAlignment(Qt::AlignCenter);
    auto *openButton = new QPushButton(tr("&Open Model Archive…"), m_welcomePage);
    openButton->setAccessibleName(tr("Open model archive"));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openWithDialog);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(openButton, 0, Qt::AlignCenter);
    welcomeLayout->addStretch();

    m_loadingPage = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setWordWrap(true);
    auto *busy = new QProgressBar(m_loadingPage);
    busy->setRange(0, 0);
    busy->setAccessibleName(tr("Reading the archive"));
    auto *cancelButton = new QPushButton(tr("Cancel"), m_loadingPage);
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        showPage(m_currentPath.isEmpty() ? Page::Welcome : Page::Summary);
        statusBar()->showMessage(tr("Cancelled."), 5000);
    });
    loadingLayout->addStretch();
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(busy);
    loadingLayout->addWidget(cancelButton, 0, Qt::AlignCenter);
    loadingLayout->addStretch();

    m_summary = new ModelSummaryWidget(this);
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);

    m_errorPage = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    m_errorPanel = new ErrorPanel(m_errorPage);
    auto *retryButton = new QPushButton(tr("Open Another Archive…"), m_errorPage);
    connect(retryButton, &QPushButton::clicked, this, &MainWindow::openWithDialog);
    errorLayout->addWidget(m_errorPanel, 1);
    errorLayout->addWidget(retryButton, 0, Qt::AlignLeft);

    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(summaryScroll);
    m_pages->addWidget(m_errorPage);
    setCentralWidget(m_pages);

    connect(m_loader, &Mlf::ModelLoader::loaded, this, &MainWindow::showModel);
    connect(m_loader, &Mlf::ModelLoader::failed, this, &MainWindow::showError);

    createActions();
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray()))
        resize(960, 680);
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Model Archive…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    m_closeAction = file->addAction(tr("&Close"), this, [this] {
        m_loader->cancel();
        m_currentPath.clear();
        setWindowFilePath({});
        showPage(Page::Welcome);
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TinyDeploy"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_closeAction->setEnabled(page != Page::Welcome);
}

void MainWindow::openWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(QLatin1String(lastDirKey), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Open Model Archive"),
        dir,
        tr("Model Library Format archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;"
           "Metadata of an extracted archive (metadata.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(lastDirKey), QFileInfo(path).absolutePath());
    // Choosing metadata.json means "the extracted archive folder it sits in".
    openModel(QFileInfo(path).fileName() == QLatin1String("metadata.json")
                  ? QFileInfo(path).absolutePath()
                  : path);
}

void MainWindow::openModel(const QString &path)
{
    m_loadingLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    showPage(Page::Loading);
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_loader->load(path);
}

void MainWindow::showModel(const Mlf::ModelInfo &info)
{
    m_currentPath = info.path;
    setWindowFilePath(info.path);
    m_summary->setModelInfo(info);
    showPage(Page::Summary);
    addRecentFile(info.path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(info.path).fileName()), 5000);
}

void MainWindow::showError(const QString &path, const Error &error)
{
    m_errorPanel->setError(error);
    showPage(Page::Error);
    statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(recentFilesKey)).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(recentFilesKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(recentFilesKey)).toStringList();
    int index = 0;
    for (const QString &file : files) {
        ++index;
        const QString label = index < 10 ? QStringLiteral("&%1 %2").arg(index).arg(file) : file;
        m_recentMenu->addAction(QDir::toNativeSeparators(label), this, [this, file] {
            openModel(file);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(QLatin1String(recentFilesKey));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About TinyDeploy"),
                       tr("<h3>TinyDeploy %1</h3><p>Deploys TVM Model Library Format models to "
                          "microcontrollers through microTVM Project API templates.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QApplication::applicationVersion(),
                                QLatin1String(QT_VERSION_STR),
                                QLatin1String(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    m_loader->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localPathOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openModel(path);
}

} // namespace TinyDeploy::Gui
