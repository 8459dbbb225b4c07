#include "savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace TinyDeploy::Gui {

void askForFileToSave(QWidget *parent,
                      const SaveFileRequest &request,
                      std::function<void(const QString &path)> chosen)
{
    const QString folder = QSettings().value(request.folderKey, QDir::homePath()).toString();
    auto *dialog = new QFileDialog(parent,
                                   request.title,
                                   QDir(folder).filePath(request.baseName + QLatin1Char('.')
                                                         + request.suffix),
                                   request.filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(request.suffix);
    const QString key = request.folderKey;
    QObject::connect(dialog,
                     &QFileDialog::fileSelected,
                     dialog,
                     [key, chosen = std::move(chosen)](const QString &path) {
                         QSettings().setValue(key, QFileInfo(path).absolutePath());
                         chosen(path);
                     });
    dialog->open();
}

} // namespace TinyDeploy::Gui
