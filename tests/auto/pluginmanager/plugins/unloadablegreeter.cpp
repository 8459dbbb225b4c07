// Valid metadata, but the dynamic linker refuses it: it needs a symbol that no library defines
// (as when a library the plugin links, such as Qt Charts, is missing).
#include "testgreeter.h"

#include <QObject>

extern "C" int tinydeploy_test_symbol_nobody_defines;

class UnloadableGreeter final
    : public QObject
    , public TestGreeter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TestGreeter_iid FILE "greeter.json")
    Q_INTERFACES(TestGreeter)

public:
    QString greeting() const override
    {
        return QString::number(tinydeploy_test_symbol_nobody_defines);
    }
};

#include "unloadablegreeter.moc"
