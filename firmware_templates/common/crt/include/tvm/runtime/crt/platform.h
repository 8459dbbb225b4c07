/*
 * TinyDeploy minimal C runtime: the TVMPlatform* functions (TVM CRT names and signatures).
 */
#ifndef TVM_RUNTIME_CRT_PLATFORM_H_
#define TVM_RUNTIME_CRT_PLATFORM_H_

#include <stddef.h>

#include <tvm/runtime/c_runtime_api.h>
#include <tvm/runtime/crt/error_codes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Resets the workspace arena; call before running the model. Returns 0. */
tvm_crt_error_t TVMPlatformInitialize(void);

/* Called on an unrecoverable runtime error; does not return. */
void __attribute__((noreturn)) TVMPlatformAbort(tvm_crt_error_t code);

tvm_crt_error_t TVMPlatformMemoryAllocate(size_t num_bytes, DLDevice dev, void **out_ptr);
tvm_crt_error_t TVMPlatformMemoryFree(void *ptr, DLDevice dev);

#ifdef __cplusplus
}
#endif

#endif /* TVM_RUNTIME_CRT_PLATFORM_H_ */
