// The same plugin as goodgreeter (same class name) built for TinyDeploy 99.0: its metadata
// must keep it from loading.
#include "testgreeter.h"

#include <QObject>

class GoodGreeter final
    : public QObject
    , public TestGreeter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TestGreeter_iid FILE "future.json")
    Q_INTERFACES(TestGreeter)

public:
    QString greeting() const override { return QStringLiteral("future"); }
};

#include "futuregreeter.moc"
