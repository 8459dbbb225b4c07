/*
 * TinyDeploy stm32: clock set-up. From the reset clock (HSI 16 MHz on the F4 and F7, MSI
 * 4 MHz on the L4) to the PLL fed by the internal HSI oscillator (no crystal needed, so it is
 * the same on every Nucleo), with every wait bounded: when the PLL does not lock or a register
 * does not take its value (QEMU models RCC and the flash interface as stubs that read 0), the
 * chip stays on its reset clock and td_clock_note() says so in the device's hello.
 */
#include "clock_stm32.h"

#include "stm32_regs.h"

/* About 5 ms at 16 MHz and 4 ms at 4 MHz: the PLL locks in well under a millisecond. */
#define TD_CLOCK_WAIT_LOOPS 20000u

static td_clock_t td_clock = {TD_RESET_HZ, TD_RESET_HZ, TD_RESET_HZ, "reset clock"};

static int td_wait_set(volatile uint32_t *reg, uint32_t mask, uint32_t value)
{
    for (uint32_t i = 0; i < TD_CLOCK_WAIT_LOOPS; ++i) {
        if ((*reg & mask) == value)
            return 1;
    }
    return 0;
}

static void td_back_to_reset_clock(void)
{
    RCC_CFGR = (RCC_CFGR & ~(CFGR_SW_MASK | CFGR_PPRE_MASK)) | CFGR_SW_RESET;
    (void) td_wait_set(&RCC_CFGR, 0x3u << 2, CFGR_SW_RESET << 2);
    RCC_CR &= ~RCC_CR_PLLON;
}

static uint32_t td_ppre(uint32_t divider)
{
    switch (divider) {
    case 2:
        return 4u;
    case 4:
        return 5u;
    case 8:
        return 6u;
    case 16:
        return 7u;
    default:
        return 0u;
    }
}

void td_clock_init(void)
{
#if TD_PLL_HZ == 0
    td_clock.note = "reset clock";
#else
    /* A debugger's reset that is not a system reset may leave the old firmware's PLL on:
     * leave it first, the PLL cannot be configured while it runs. */
    if (CFGR_SWS(RCC_CFGR) != CFGR_SW_RESET)
        td_back_to_reset_clock();
    if (RCC_CR & RCC_CR_PLLON) {
        RCC_CR &= ~RCC_CR_PLLON;
        (void) td_wait_set(&RCC_CR, RCC_CR_PLLRDY, 0);
    }
#if defined(RCC_CR_HSION)
    /* The L4 starts on MSI; its PLL source here is HSI16, off at reset. */
    RCC_CR |= RCC_CR_HSION;
    if (!td_wait_set(&RCC_CR, RCC_CR_HSIRDY, RCC_CR_HSIRDY)) {
        td_clock.note = "reset clock (HSI did not start)";
        return;
    }
#endif
#if TD_PWR_VOS >= 0
    RCC_APB1ENR |= RCC_APB1ENR_PWREN;
    (void) RCC_APB1ENR;
    PWR_CR = (PWR_CR & ~(0x3u << 14)) | ((uint32_t) TD_PWR_VOS << 14);
#endif
    RCC_PLLCFGR = (RCC_PLLCFGR & PLLCFGR_KEEP) | TD_PLLCFGR;
    RCC_CR |= RCC_CR_PLLON;
    if (!td_wait_set(&RCC_CR, RCC_CR_PLLRDY, RCC_CR_PLLRDY)) {
        RCC_CR &= ~RCC_CR_PLLON;
        td_clock.note = "reset clock (the PLL did not lock)";
        return;
    }
    /* Flash wait states before the faster clock; they must read back. */
    FLASH_ACR = TD_FLASH_ACR;
    if ((FLASH_ACR & FLASH_ACR_LATENCY_MASK) != (TD_FLASH_ACR & FLASH_ACR_LATENCY_MASK)) {
        RCC_CR &= ~RCC_CR_PLLON;
        td_clock.note = "reset clock (flash wait states not taken)";
        return;
    }
    RCC_CFGR = (RCC_CFGR & ~CFGR_PPRE_MASK) | (td_ppre(TD_APB1_DIV) << CFGR_PPRE1_SHIFT)
               | (td_ppre(TD_APB2_DIV) << CFGR_PPRE2_SHIFT);
    RCC_CFGR = (RCC_CFGR & ~CFGR_SW_MASK) | CFGR_SW_PLL;
    if (!td_wait_set(&RCC_CFGR, 0x3u << 2, CFGR_SW_PLL << 2)) {
        td_back_to_reset_clock();
        FLASH_ACR = 0;
        td_clock.note = "reset clock (the switch to the PLL failed)";
        return;
    }
    td_clock.core_hz = TD_PLL_HZ;
    td_clock.apb1_hz = TD_PLL_HZ / TD_APB1_DIV;
    td_clock.apb2_hz = TD_PLL_HZ / TD_APB2_DIV;
    td_clock.note = "PLL";
#endif
}

const td_clock_t *td_clock_get(void)
{
    return &td_clock;
}
