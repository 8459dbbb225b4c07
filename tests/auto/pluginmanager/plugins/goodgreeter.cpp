// A plugin that loads and implements TestGreeter.
#include "testgreeter.h"

#include <QObject>

class GoodGreeter final
    : public QObject
    , public TestGreeter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TestGreeter_iid FILE "greeter.json")
    Q_INTERFACES(TestGreeter)

public:
    QString greeting() const override { return QStringLiteral("good"); }
};

#include "goodgreeter.moc"
