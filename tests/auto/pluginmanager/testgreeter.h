#pragma once

#include <QString>
#include <QtPlugin>

/// The interface of the test plugins (plugins/*.cpp): each says who it is.
class TestGreeter
{
public:
    virtual ~TestGreeter() = default;
    virtual QString greeting() const = 0;

protected:
    TestGreeter() = default;
    TestGreeter(const TestGreeter &) = default;
    TestGreeter &operator=(const TestGreeter &) = default;
};

#define TestGreeter_iid "org.tinydeploy.test.Greeter/1.0"
Q_DECLARE_INTERFACE(TestGreeter, TestGreeter_iid)
