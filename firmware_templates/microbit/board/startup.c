/*
 * TinyDeploy microbit: vector table and reset handler for the nRF51822 (Cortex-M0) and the
 * nRF52833 (Cortex-M4F). The reset handler copies .data from its load address, zeroes .bss,
 * enables the FPU when the code is built for one, and calls main().
 *
 * Interrupts used: UART0 (IRQ 2) and TIMER0 (IRQ 8), at the same numbers on both chips. The
 * table has the nRF52833's 48 device interrupts; the nRF51822 uses the first 32.
 */
#include <stdint.h>

extern uint32_t __data_load__, __data_start__, __data_end__, __bss_start__, __bss_end__;
extern uint32_t __stack_top__;

int main(void);
void Reset_Handler(void);
void UART0_IRQHandler(void);
void TIMER0_IRQHandler(void);

static void Default_Handler(void)
{
    for (;;) {
    }
}

void NMI_Handler(void) __attribute__((weak, alias("Default_Handler")));
void HardFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void MemManage_Handler(void) __attribute__((weak, alias("Default_Handler")));
void BusFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void UsageFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SVC_Handler(void) __attribute__((weak, alias("Default_Handler")));
void DebugMon_Handler(void) __attribute__((weak, alias("Default_Handler")));
void PendSV_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SysTick_Handler(void) __attribute__((weak, alias("Default_Handler")));

typedef void (*td_vector_t)(void);

#define TD_DEVICE_IRQS 48

__attribute__((section(".vectors"), used)) const td_vector_t td_vectors[16 + TD_DEVICE_IRQS] = {
    (td_vector_t) (uintptr_t) &__stack_top__,
    Reset_Handler,
    NMI_Handler,
    HardFault_Handler,
    MemManage_Handler,  /* reserved on the Cortex-M0 */
    BusFault_Handler,   /* reserved on the Cortex-M0 */
    UsageFault_Handler, /* reserved on the Cortex-M0 */
    0,
    0,
    0,
    0,
    SVC_Handler,
    DebugMon_Handler, /* reserved on the Cortex-M0 */
    0,
    PendSV_Handler,
    SysTick_Handler,
    [16 ... 16 + 1] = Default_Handler,
    [16 + 2] = UART0_IRQHandler,
    [16 + 3 ... 16 + 7] = Default_Handler,
    [16 + 8] = TIMER0_IRQHandler,
    [16 + 9 ... 16 + TD_DEVICE_IRQS - 1] = Default_Handler,
};

void Reset_Handler(void)
{
    uint32_t *src = &__data_load__;
    for (uint32_t *dst = &__data_start__; dst < &__data_end__;)
        *dst++ = *src++;
    for (uint32_t *dst = &__bss_start__; dst < &__bss_end__;)
        *dst++ = 0;
#if defined(__ARM_FP)
    /* Full access to CP10 and CP11 before any floating-point instruction runs. */
    volatile uint32_t *cpacr = (volatile uint32_t *) 0xE000ED88u;
    *cpacr |= 0xFu << 20;
    __asm volatile("dsb\n\tisb" ::: "memory");
#endif
    main();
    for (;;) {
        __asm volatile("wfi");
    }
}
