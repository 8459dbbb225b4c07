#include "settingsdialog.h"
#include "languagesettings.h"

#include <templates/usertemplatefolders.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
const char crtDirKey[] = "deploy/standaloneCrtDir";
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_crtDir(new QLineEdit(this))
    , m_folders(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : LanguageSettings::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(LanguageSettings::configuredLanguage())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time TinyDeploy starts."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    m_crtDir->setText(standaloneCrtDir());
    m_crtDir->setAccessibleName(tr("Standalone CRT folder"));
    m_crtDir->setPlaceholderText(tr("Only needed for archives without runtime/"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Browse for the standalone CRT folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Standalone CRT Folder"), m_crtDir->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_crtDir, &QLineEdit::setText);
        dialog->open();
    });
    auto *crtRow = new QHBoxLayout;
    crtRow->addWidget(m_crtDir, 1);
    crtRow->addWidget(browse);
    form->addRow(tr("&Standalone CRT:"), crtRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(crtRow)))
        label->setBuddy(m_crtDir);
    layout->addLayout(form);

    auto *foldersBox = new QGroupBox(tr("Your template folders"), this);
    auto *foldersLayout = new QVBoxLayout(foldersBox);
    auto *foldersNote = new QLabel(
        tr("TinyDeploy runs the server program of every template it lists. It runs the ones in "
           "these folders only after you confirm them."),
        foldersBox);
    foldersNote->setWordWrap(true);
    m_folders->setAccessibleName(tr("Template folders"));
    auto *addButton = new QPushButton(tr("&Add Folder…"), foldersBox);
    auto *confirmButton = new QPushButton(tr("Con&firm…"), foldersBox);
    connect(addButton, &QPushButton::clicked, this, &SettingsDialog::addFolder);
    connect(confirmButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_folders->currentItem())
            confirmFolder(item->data(Qt::UserRole).toString());
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_folders->currentItem()) {
            Templates::UserTemplateFolders().remove(item->data(Qt::UserRole).toString());
            reloadFolders();
        }
    });
    auto *folderButtons = new QHBoxLayout;
    folderButtons->addWidget(addButton);
    folderButtons->addWidget(confirmButton);
    folderButtons->addWidget(m_removeButton);
    folderButtons->addStretch();
    foldersLayout->addWidget(foldersNote);
    foldersLayout->addWidget(m_folders);
    foldersLayout->addLayout(folderButtons);
    layout->addWidget(foldersBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reloadFolders();
    resize(560, 460);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::standaloneCrtDir()
{
    return QSettings().value(QLatin1String(crtDirKey)).toString();
}

void SettingsDialog::accept()
{
    LanguageSettings::setConfiguredLanguage(m_language->currentData().toString());
    QSettings().setValue(QLatin1String(crtDirKey), m_crtDir->text().trimmed());
    QDialog::accept();
}

void SettingsDialog::reloadFolders()
{
    m_folders->clear();
    for (const Templates::UserTemplateFolder &folder : Templates::UserTemplateFolders().folders()) {
        auto *item = new QListWidgetItem(folder.confirmed
                                             ? QDir::toNativeSeparators(folder.path)
                                             : tr("%1 (not confirmed: not run)")
                                                   .arg(QDir::toNativeSeparators(folder.path)),
                                         m_folders);
        item->setData(Qt::UserRole, folder.path);
    }
    m_removeButton->setEnabled(m_folders->count() > 0);
}

void SettingsDialog::addFolder()
{
    auto *dialog = new QFileDialog(this, tr("Add a Template Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        Templates::UserTemplateFolders().add(path, false);
        reloadFolders();
        confirmFolder(QDir(path).absolutePath());
    });
    dialog->open();
}

void SettingsDialog::confirmFolder(const QString &path)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning,
        tr("Run Templates from This Folder?"),
        tr("TinyDeploy will run the template servers in %1 (Python programs) with your "
           "permissions. Only confirm folders whose contents you trust.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, path](int result) {
        if (result == QMessageBox::Yes) {
            Templates::UserTemplateFolders().setConfirmed(path, true);
            reloadFolders();
        }
    });
    box->open();
}

} // namespace TinyDeploy::Gui
