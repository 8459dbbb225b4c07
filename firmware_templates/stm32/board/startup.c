/*
 * TinyDeploy stm32: vector table and reset handler. The reset handler copies .data from its
 * load address, zeroes .bss, enables the FPU when the code is built for one, and calls main().
 * The VCP USART's interrupt (board_config.h: TD_USART_IRQ) goes to td_usart_irq().
 */
#include <stdint.h>

#include "board_config.h"

extern uint32_t __data_load__, __data_start__, __data_end__, __bss_start__, __bss_end__;
extern uint32_t __stack_top__;

int main(void);
void Reset_Handler(void);
void SysTick_Handler(void);
void td_usart_irq(void);

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

typedef void (*td_vector_t)(void);

/* 16 system exceptions, then the interrupts: 112 covers the F4, F7 and L4 (98 at most). */
#define TD_IRQ_COUNT 112
/* Every interrupt to Default_Handler, then the USART's to its handler: a later initializer
 * of the same element is intended here. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
__attribute__((section(".vectors"), used)) const td_vector_t td_vectors[16 + TD_IRQ_COUNT] = {
    (td_vector_t) (uintptr_t) &__stack_top__,
    Reset_Handler,
    NMI_Handler,
    HardFault_Handler,
    MemManage_Handler,
    BusFault_Handler,
    UsageFault_Handler,
    0,
    0,
    0,
    0,
    SVC_Handler,
    DebugMon_Handler,
    0,
    PendSV_Handler,
    SysTick_Handler,
    [16 ... 16 + TD_IRQ_COUNT - 1] = Default_Handler,
    [16 + TD_USART_IRQ] = td_usart_irq,
};
#pragma GCC diagnostic pop

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
