/* TinyDeploy stm32: the clocks the firmware runs on (see clock_stm32.c). */
#ifndef CLOCK_STM32_H
#define CLOCK_STM32_H

#include <stdint.h>

typedef struct
{
    uint32_t core_hz; /* SYSCLK = HCLK */
    uint32_t apb1_hz;
    uint32_t apb2_hz;
    const char *note; /* "PLL", or "reset clock (why)" */
} td_clock_t;

void td_clock_init(void);
const td_clock_t *td_clock_get(void);

#endif
