/*
 * TinyDeploy microbit: the two C library hooks that matter on a 16 KiB part.
 *
 * abort() (called by TVMPlatformAbort) stops here instead of newlib's abort -> raise ->
 * signal, which would link malloc and ~1 KiB of flash only to allocate a signal table.
 * _sbrk() keeps the heap inside the .heap section of the linker script (newlib's nosys
 * _sbrk never checks, so a malloc too many would silently grow into the stack): malloc then
 * returns NULL.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

extern char __heap_start__, __heap_end__;

void abort(void);
void *_sbrk(ptrdiff_t increment);

void abort(void)
{
    __asm volatile("cpsid i" ::: "memory");
    for (;;) {
        __asm volatile("wfi");
    }
}

void *_sbrk(ptrdiff_t increment)
{
    static char *top;
    char *previous;
    if (top == NULL)
        top = &__heap_start__;
    if (increment > &__heap_end__ - top || increment < &__heap_start__ - top) {
        errno = ENOMEM;
        return (void *) -1;
    }
    previous = top;
    top += increment;
    return previous;
}
