#include "errormessage.h"

#include <util/error.h>

#include <QMessageBox>

namespace TinyDeploy::Gui {

void showErrorMessage(QWidget *parent, const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                title,
                                error.oneLine(),
                                QMessageBox::Ok,
                                parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.hint);
    box->setDetailedText(error.details);
    box->open();
}

} // namespace TinyDeploy::Gui
