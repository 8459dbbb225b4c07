/* TinyDeploy stm32: included before every C file (see the Makefile). */
#ifndef TD_COMPAT_H
#define TD_COMPAT_H
#include <inttypes.h>
#ifndef PRIu64
#define PRIu64 "llu"
#endif
#ifndef PRId64
#define PRId64 "lld"
#endif
#ifndef PRId32
#define PRId32 "ld"
#endif
#ifndef PRIu32
#define PRIu32 "lu"
#endif
#endif
