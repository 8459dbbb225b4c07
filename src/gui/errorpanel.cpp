#include "errorpanel.h"

#include <util/error.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Error"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setAccessibleName(tr("What to do"));

    m_detailsButton->setText(tr("Show Detai&ls"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorPanel::setDetailsVisible);

    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setAccessibleName(tr("Error details"));
    m_details->hide();

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_hint);
    text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    text->addWidget(m_details, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void ErrorPanel::setError(const Error &error)
{
    m_message->setText(error.oneLine());
    m_hint->setText(error.hint);
    m_hint->setVisible(!error.hint.isEmpty());
    m_details->setPlainText(error.details.isEmpty() ? error.fullText() : error.details);
    m_detailsButton->setChecked(false);
    setDetailsVisible(false);
}

void ErrorPanel::clear()
{
    m_message->clear();
    m_hint->clear();
    m_details->clear();
}

void ErrorPanel::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_detailsButton->setText(visible ? tr("Hide Detai&ls") : tr("Show Detai&ls"));
}

} // namespace TinyDeploy::Gui
