// Linked into the test executable (Q_IMPORT_PLUGIN through qt_add_plugin(STATIC)).
#include "testgreeter.h"

#include <QObject>

class StaticGreeter final
    : public QObject
    , public TestGreeter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TestGreeter_iid FILE "greeter.json")
    Q_INTERFACES(TestGreeter)

public:
    QString greeting() const override { return QStringLiteral("static"); }
};

#include "staticgreeter.moc"
