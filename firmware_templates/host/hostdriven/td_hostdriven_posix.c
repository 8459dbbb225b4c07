/* main() of a host-driven host project: TVM's CRT RPC server as a native process on a pty (or
 * stdin/stdout), with the POSIX platform of the standalone runner (td_platform_posix.c). */
#include <stdio.h>
#include <stdlib.h>

#include "td_hostdriven.h"
#include "td_platform.h"
#include "td_platform_posix.h"

void td_hostdriven_board_abort(int code)
{
    fprintf(stderr, "tinydeploy host-driven runner: TVMPlatformAbort(0x%08x)\n", (unsigned) code);
    td_posix_shutdown();
    exit(2);
}

int main(int argc, char **argv)
{
    int rc;
    if (td_posix_configure(argc, argv) != 0)
        return 2;
    td_platform_init();
    rc = td_hostdriven_main();
    td_posix_shutdown();
    return rc;
}
