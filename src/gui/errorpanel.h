#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace TinyDeploy {
struct Error;
}

namespace TinyDeploy::Gui {

/// Shows one failure inline: the sentence, what to do, and a Details expander with the
/// command, exit status, log tail or traceback. Used by every page that can fail.
class ErrorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorPanel)

public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void setError(const Error &error);
    void clear();

private:
    void setDetailsVisible(bool visible);

    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace TinyDeploy::Gui
