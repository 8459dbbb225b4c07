/*
 * TinyDeploy stm32: the few STM32 registers the template uses, per family, from the reference
 * manuals (RM0368/RM0383/RM0390/RM0090 for the F4, RM0385/RM0410 for the F7, RM0351 for the
 * L4). No vendor header: only what clock set-up, one GPIO pair and one USART need.
 * board_config.h (generated from boards.json) selects the family and the VCP's USART.
 */
#ifndef STM32_REGS_H
#define STM32_REGS_H

#include <stdint.h>

#include "board_config.h"

#define TD_REG(address) (*(volatile uint32_t *) (address))

/* Cortex-M core: SysTick, SCB, NVIC, DWT (the same on every M4/M7). */
#define SYST_CSR TD_REG(0xE000E010u)
#define SYST_RVR TD_REG(0xE000E014u)
#define SYST_CVR TD_REG(0xE000E018u)
#define SCB_ICSR TD_REG(0xE000ED04u)
#define SCB_CPACR TD_REG(0xE000ED88u)
#define SCB_DEMCR TD_REG(0xE000EDFCu)
#define NVIC_ISER(n) TD_REG(0xE000E100u + 4u * (n))
#define DWT_CTRL TD_REG(0xE0001000u)
#define DWT_CYCCNT TD_REG(0xE0001004u)
#define DWT_LAR TD_REG(0xE0001FB0u)
#define DEMCR_TRCENA (1u << 24)
#define DWT_CTRL_CYCCNTENA 1u
#define ICSR_PENDSTSET (1u << 26)

#if defined(TD_STM32_F4) || defined(TD_STM32_F7)
/* RCC and flash interface of the F4 and F7 (same layout for what is used here). */
#define RCC_BASE 0x40023800u
#define RCC_CR TD_REG(RCC_BASE + 0x00u)
#define RCC_PLLCFGR TD_REG(RCC_BASE + 0x04u)
#define RCC_CFGR TD_REG(RCC_BASE + 0x08u)
#define RCC_GPIOENR TD_REG(RCC_BASE + 0x30u) /* AHB1ENR */
#define RCC_APB1ENR TD_REG(RCC_BASE + 0x40u)
#define RCC_APB2ENR TD_REG(RCC_BASE + 0x44u)
#define RCC_APB1ENR_PWREN (1u << 28)
#define FLASH_ACR TD_REG(0x40023C00u)
#define FLASH_ACR_LATENCY_MASK 0xFu
#define PWR_CR TD_REG(0x40007000u)
#define GPIO_BASE(port) (0x40020000u + 0x400u * (port))
#define CFGR_SW_PLL 0x2u
#define CFGR_SW_RESET 0x0u /* HSI 16 MHz */
#define CFGR_PPRE1_SHIFT 10u
#define CFGR_PPRE2_SHIFT 13u
#define CFGR_PPRE_MASK ((0x7u << 10) | (0x7u << 13) | (0xFu << 4))
#define PLLCFGR_KEEP 0xF0000000u /* PLLR (F446, F76x) and reserved bits stay as they are */
#elif defined(TD_STM32_L4)
#define RCC_BASE 0x40021000u
#define RCC_CR TD_REG(RCC_BASE + 0x00u)
#define RCC_CFGR TD_REG(RCC_BASE + 0x08u)
#define RCC_PLLCFGR TD_REG(RCC_BASE + 0x0Cu)
#define RCC_GPIOENR TD_REG(RCC_BASE + 0x4Cu) /* AHB2ENR */
#define RCC_APB1ENR TD_REG(RCC_BASE + 0x58u) /* APB1ENR1 */
#define RCC_APB2ENR TD_REG(RCC_BASE + 0x60u)
#define RCC_APB1ENR_PWREN (1u << 28)
#define FLASH_ACR TD_REG(0x40022000u)
#define FLASH_ACR_LATENCY_MASK 0x7u
#define PWR_CR TD_REG(0x40007000u) /* PWR_CR1 */
#define GPIO_BASE(port) (0x48000000u + 0x400u * (port))
#define CFGR_SW_PLL 0x3u
#define CFGR_SW_RESET 0x0u /* MSI 4 MHz */
#define CFGR_PPRE1_SHIFT 8u
#define CFGR_PPRE2_SHIFT 11u
#define CFGR_PPRE_MASK ((0x7u << 8) | (0x7u << 11) | (0xFu << 4))
#define PLLCFGR_KEEP 0x00000000u
#define RCC_CR_HSION (1u << 8)
#define RCC_CR_HSIRDY (1u << 10)
#else
#error "board_config.h names no STM32 family (TD_STM32_F4, TD_STM32_F7 or TD_STM32_L4)"
#endif

#define RCC_CR_PLLON (1u << 24)
#define RCC_CR_PLLRDY (1u << 25)
#define CFGR_SW_MASK 0x3u
#define CFGR_SWS(cfgr) (((cfgr) >> 2) & 0x3u)

/* GPIO (every family): mode, speed, alternate function. */
#define GPIO_MODER(port) TD_REG(GPIO_BASE(port) + 0x00u)
#define GPIO_OSPEEDR(port) TD_REG(GPIO_BASE(port) + 0x08u)
#define GPIO_PUPDR(port) TD_REG(GPIO_BASE(port) + 0x0Cu)
#define GPIO_AFR(port, pin) TD_REG(GPIO_BASE(port) + ((pin) < 8u ? 0x20u : 0x24u))

/* USART: the F4's layout (SR/DR/BRR/CR1) or the newer one of the F7 and L4 (ISR/RDR/TDR). */
#define USART_REG(offset) TD_REG(TD_USART_BASE + (offset))
#if defined(TD_STM32_F4)
#define USART_STATUS USART_REG(0x00u)  /* SR */
#define USART_RX_DATA USART_REG(0x04u) /* DR */
#define USART_TX_DATA USART_REG(0x04u)
#define USART_BRR USART_REG(0x08u)
#define USART_CR1 USART_REG(0x0Cu)
#define USART_CR1_UE (1u << 13)
#define USART_CLEAR_ERRORS() ((void) USART_STATUS, (void) USART_RX_DATA)
#else
#define USART_CR1 USART_REG(0x00u)
#define USART_BRR USART_REG(0x0Cu)
#define USART_STATUS USART_REG(0x1Cu) /* ISR */
#define USART_ICR USART_REG(0x20u)
#define USART_RX_DATA USART_REG(0x24u) /* RDR */
#define USART_TX_DATA USART_REG(0x28u) /* TDR */
#define USART_CR1_UE (1u << 0)
#define USART_CLEAR_ERRORS() (USART_ICR = 0xFu) /* PE, FE, NE, ORE */
#endif
#define USART_CR1_RE (1u << 2)
#define USART_CR1_TE (1u << 3)
#define USART_CR1_RXNEIE (1u << 5)
#define USART_SR_ORE (1u << 3)
#define USART_SR_RXNE (1u << 5)
#define USART_SR_TXE (1u << 7)
#define USART_SR_ERRORS 0xFu

#endif /* STM32_REGS_H */
