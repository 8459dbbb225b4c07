// Declares the TestGreeter IID in its metadata but not in Q_INTERFACES: qobject_cast fails.
#include "testgreeter.h"

#include <QObject>

class LiarGreeter final : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TestGreeter_iid FILE "greeter.json")
};

#include "liargreeter.moc"
