/*
 * TinyDeploy minimal C runtime: the part of TVM's C runtime API that AOT-generated C code
 * (interface-api=c) compiles against. Written for TinyDeploy to be ABI-compatible with TVM's
 * standalone CRT (same type layouts, names and type codes); used when an archive carries no
 * runtime/ of its own.
 */
#ifndef TVM_RUNTIME_C_RUNTIME_API_H_
#define TVM_RUNTIME_C_RUNTIME_API_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef TVM_DLL
#define TVM_DLL
#endif

#define TVM_VERSION "0.0.0-tinydeploy"

/* DLPack-compatible tensor description. */
#ifndef DLPACK_VERSION
typedef enum {
    kDLCPU = 1,
    kDLCUDA = 2,
    kDLCUDAHost = 3,
    kDLOpenCL = 4,
    kDLVulkan = 7,
    kDLMetal = 8,
    kDLVPI = 9,
    kDLROCM = 10,
    kDLROCMHost = 11,
    kDLExtDev = 12,
    kDLCUDAManaged = 13,
    kDLOneAPI = 14,
    kDLWebGPU = 15,
    kDLHexagon = 16,
} DLDeviceType;

typedef struct
{
    DLDeviceType device_type;
    int32_t device_id;
} DLDevice;

typedef enum {
    kDLInt = 0U,
    kDLUInt = 1U,
    kDLFloat = 2U,
    kDLOpaqueHandle = 3U,
    kDLBfloat = 4U,
    kDLComplex = 5U,
} DLDataTypeCode;

typedef struct
{
    uint8_t code;
    uint8_t bits;
    uint16_t lanes;
} DLDataType;

typedef struct
{
    void *data;
    DLDevice device;
    int32_t ndim;
    DLDataType dtype;
    int64_t *shape;
    int64_t *strides;
    uint64_t byte_offset;
} DLTensor;
#endif /* DLPACK_VERSION */

typedef int64_t tvm_index_t;

/* Type codes of packed-function arguments (TVMArgTypeCode). */
typedef enum {
    kTVMArgInt = kDLInt,
    kTVMArgFloat = kDLFloat,
    kTVMOpaqueHandle = 3U,
    kTVMNullptr = 4U,
    kTVMDataType = 5U,
    kDLDevice = 6U,
    kTVMDLTensorHandle = 7U,
    kTVMObjectHandle = 8U,
    kTVMModuleHandle = 9U,
    kTVMPackedFuncHandle = 10U,
    kTVMStr = 11U,
    kTVMBytes = 12U,
    kTVMNDArrayHandle = 13U,
    kTVMObjectRValueRefArg = 14U,
    kTVMExtBegin = 15U,
} TVMArgTypeCode;

typedef DLTensor *TVMArrayHandle;

typedef union {
    int64_t v_int64;
    double v_float64;
    void *v_handle;
    const char *v_str;
    DLDataType v_type;
    DLDevice v_device;
} TVMValue;

typedef struct
{
    const char *data;
    size_t size;
} TVMByteArray;

typedef void *TVMModuleHandle;
typedef void *TVMFunctionHandle;
typedef void *TVMRetValueHandle;
typedef void *TVMStreamHandle;
typedef void *TVMObjectHandle;

typedef int (*TVMPackedCFunc)(
    TVMValue *args, int *type_codes, int num_args, TVMRetValueHandle ret, void *resource_handle);

/* Records the message of the last error (generated code calls it before returning -1). */
TVM_DLL void TVMAPISetLastError(const char *msg);
TVM_DLL const char *TVMGetLastError(void);

/* Global function registry: TinyDeploy's runtime has none; registering succeeds. */
TVM_DLL int TVMFuncRegisterGlobal(const char *name, TVMFunctionHandle f, int override);

#ifdef __cplusplus
}
#endif

#endif /* TVM_RUNTIME_C_RUNTIME_API_H_ */
