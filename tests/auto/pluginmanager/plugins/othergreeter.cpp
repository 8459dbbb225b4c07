// A plugin of another interface: asking for TestGreeter must neither load it nor report it.
#include <QObject>

class OtherPlugin final : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.tinydeploy.test.Other/1.0" FILE "greeter.json")
};

#include "othergreeter.moc"
