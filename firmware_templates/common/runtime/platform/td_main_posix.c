/* main() of the host runner: the model as a native process serving the device protocol. */
#include "../td_platform.h"
#include "../td_runner.h"
#include "td_platform_posix.h"

int main(int argc, char **argv)
{
    int rc;
    if (td_posix_configure(argc, argv) != 0)
        return 2;
    td_platform_init();
    rc = td_runner_main();
    td_posix_shutdown();
    return rc;
}
