// A shared library that is not a Qt plugin (no metadata), as a foreign file in the folder.
extern "C" int tinydeploy_test_not_a_plugin()
{
    return 42;
}
