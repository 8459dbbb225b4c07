/*
 * TinyDeploy: functions AOT model code or TVM's crt_backend_api.c reference that no file of the
 * standalone CRT provides without the RPC server (TVMLogf, TVMFuncRegisterGlobal) or without
 * crt_runtime_api.c (the last-error functions). Weak, so a fuller runtime may override them.
 */
#include <stdarg.h>
#include <stddef.h>

#include <tvm/runtime/c_runtime_api.h>

static const char *td_last_error = "";

__attribute__((weak)) void TVMLogf(const char *format, ...)
{
    (void) format;
}

__attribute__((weak)) int TVMFuncRegisterGlobal(const char *name, TVMFunctionHandle f, int override)
{
    (void) name;
    (void) f;
    (void) override;
    return 0;
}

__attribute__((weak)) void TVMAPISetLastError(const char *msg)
{
    td_last_error = msg ? msg : "";
}

__attribute__((weak)) const char *TVMGetLastError(void)
{
    return td_last_error;
}
