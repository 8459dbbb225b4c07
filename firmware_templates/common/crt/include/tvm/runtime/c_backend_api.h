/*
 * TinyDeploy minimal C runtime: the backend functions generated operator code calls
 * (workspace allocation, parallel launch). ABI-compatible with TVM's CRT.
 */
#ifndef TVM_RUNTIME_C_BACKEND_API_H_
#define TVM_RUNTIME_C_BACKEND_API_H_

#include <tvm/runtime/c_runtime_api.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int (*TVMBackendPackedCFunc)(TVMValue *args,
                                     int *type_codes,
                                     int num_args,
                                     TVMValue *out_ret_value,
                                     int *out_ret_tcode,
                                     void *resource_handle);

/* Allocates nbytes of temporary workspace (16-byte aligned); NULL when the arena is full.
 * Blocks are freed in reverse order of allocation, as generated code does. */
TVM_DLL void *TVMBackendAllocWorkspace(
    int device_type, int device_id, uint64_t nbytes, int dtype_code_hint, int dtype_bits_hint);
TVM_DLL int TVMBackendFreeWorkspace(int device_type, int device_id, void *ptr);

TVM_DLL int TVMBackendGetFuncFromEnv(void *mod_node, const char *func_name, TVMFunctionHandle *out);
TVM_DLL int TVMBackendRegisterSystemLibSymbol(const char *name, void *ptr);

typedef struct
{
    void *sync_handle;
    int32_t num_task;
} TVMParallelGroupEnv;

typedef int (*FTVMParallelLambda)(int task_id, TVMParallelGroupEnv *penv, void *cdata);

/* Runs the lambda serially as one task: the device has one core. */
TVM_DLL int TVMBackendParallelLaunch(FTVMParallelLambda flambda, void *cdata, int num_task);
TVM_DLL int TVMBackendParallelBarrier(int task_id, TVMParallelGroupEnv *penv);

TVM_DLL int TVMBackendRunOnce(void **handle, int (*f)(void *), void *cdata, int nbytes);

#ifdef __cplusplus
}
#endif

#endif /* TVM_RUNTIME_C_BACKEND_API_H_ */
