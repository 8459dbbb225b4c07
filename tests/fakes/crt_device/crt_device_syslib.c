/* A tiny hand-written system library for crt_device, laid out the way TVM's C codegen lays out
 * one (a function registry of packed functions and TVMSystemLibEntryPoint). Every operator
 * takes float32 DLTensors (inputs first, then the output) of any shape with the same element
 * count, so the tests choose the shapes in the graph JSON they write:
 *   fused_add(a, b, out)       out = a + b
 *   fused_multiply(a, b, out)  out = a * b
 *   fused_negative(a, out)     out = -a
 * and the same model for the AOT executor (tvmgen_default_get_c_metadata, tvmgen_default_run).
 * Test code, not a template. */
#include <tvm/runtime/c_backend_api.h>
#include <tvm/runtime/c_runtime_api.h>
#include <tvm/runtime/crt/error_codes.h>
#include <tvm/runtime/crt/func_registry.h>
#include <tvm/runtime/crt/module.h>
#include <tvm/runtime/metadata_types.h>

#include <stddef.h>

#include <stdint.h>

static int64_t crt_device_elements(const DLTensor *t)
{
    int64_t n = 1;
    for (int i = 0; i < t->ndim; ++i)
        n *= t->shape[i];
    return n;
}

static float *crt_device_floats(const DLTensor *t)
{
    return (float *) ((char *) t->data + t->byte_offset);
}

static int crt_device_check(const TVMValue *args, const int *codes, int num_args, int expected)
{
    if (num_args != expected)
        return kTvmErrorFunctionCallNumArguments;
    for (int i = 0; i < num_args; ++i) {
        if (codes[i] != kTVMDLTensorHandle && codes[i] != kTVMNDArrayHandle)
            return kTvmErrorFunctionCallWrongArgType;
        const DLTensor *t = (const DLTensor *) args[i].v_handle;
        if (t->dtype.code != kDLFloat || t->dtype.bits != 32)
            return kTvmErrorFunctionCallWrongArgType;
        if (i > 0 && crt_device_elements(t) != crt_device_elements(args[0].v_handle))
            return kTvmErrorFunctionCallWrongArgType;
    }
    return 0;
}

static int32_t fused_add(
    TVMValue *args, int *codes, int num_args, TVMValue *ret, int *ret_code, void *resource)
{
    (void) ret;
    (void) ret_code;
    (void) resource;
    const int err = crt_device_check(args, codes, num_args, 3);
    if (err)
        return err;
    const float *a = crt_device_floats(args[0].v_handle);
    const float *b = crt_device_floats(args[1].v_handle);
    float *out = crt_device_floats(args[2].v_handle);
    for (int64_t i = 0, n = crt_device_elements(args[0].v_handle); i < n; ++i)
        out[i] = a[i] + b[i];
    return 0;
}

static int32_t fused_multiply(
    TVMValue *args, int *codes, int num_args, TVMValue *ret, int *ret_code, void *resource)
{
    (void) ret;
    (void) ret_code;
    (void) resource;
    const int err = crt_device_check(args, codes, num_args, 3);
    if (err)
        return err;
    const float *a = crt_device_floats(args[0].v_handle);
    const float *b = crt_device_floats(args[1].v_handle);
    float *out = crt_device_floats(args[2].v_handle);
    for (int64_t i = 0, n = crt_device_elements(args[0].v_handle); i < n; ++i)
        out[i] = a[i] * b[i];
    return 0;
}

static int32_t fused_negative(
    TVMValue *args, int *codes, int num_args, TVMValue *ret, int *ret_code, void *resource)
{
    (void) ret;
    (void) ret_code;
    (void) resource;
    const int err = crt_device_check(args, codes, num_args, 2);
    if (err)
        return err;
    const float *a = crt_device_floats(args[0].v_handle);
    float *out = crt_device_floats(args[1].v_handle);
    for (int64_t i = 0, n = crt_device_elements(args[0].v_handle); i < n; ++i)
        out[i] = -a[i];
    return 0;
}

/* The AOT form of the same model (params baked in), float32 [1, 4]: what TVM's AOT codegen
 * with interface-api=packed puts in the system lib, tvmgen_default_get_c_metadata and
 * tvmgen_default_run. */
static const int64_t crt_device_aot_shape[] = {1, 4};
static const struct TVMTensorInfo crt_device_aot_inputs[] = {
    {"x", crt_device_aot_shape, 2, {kDLFloat, 32, 1}}};
static const struct TVMTensorInfo crt_device_aot_outputs[] = {
    {"output", crt_device_aot_shape, 2, {kDLFloat, 32, 1}}};
static const struct TVMMetadata crt_device_aot_metadata
    = {1, crt_device_aot_inputs, 1, crt_device_aot_outputs, 1, NULL, 0, NULL, 0, "tvmgen_default"};

static int32_t tvmgen_default_get_c_metadata(
    TVMValue *args, int *codes, int num_args, TVMValue *ret, int *ret_code, void *resource)
{
    (void) args;
    (void) codes;
    (void) num_args;
    (void) resource;
    ret->v_handle = (void *) &crt_device_aot_metadata;
    *ret_code = kTVMOpaqueHandle;
    return 0;
}

static int32_t tvmgen_default_run(
    TVMValue *args, int *codes, int num_args, TVMValue *ret, int *ret_code, void *resource)
{
    (void) ret;
    (void) ret_code;
    (void) resource;
    const int err = crt_device_check(args, codes, num_args, 2);
    if (err)
        return err;
    const float *x = crt_device_floats(args[0].v_handle);
    float *out = crt_device_floats(args[1].v_handle);
    for (int64_t i = 0, n = crt_device_elements(args[0].v_handle); i < n; ++i)
        out[i] = -((x[i] + (float) i) * 0.5f);
    return 0;
}

/* Byte 0-1: the number of functions (little-endian), then the names, then an extra NUL. */
static const char crt_device_names[] = "\x05\0fused_add\0fused_multiply\0fused_negative\0"
                                       "tvmgen_default_get_c_metadata\0tvmgen_default_run\0";
static const TVMBackendPackedCFunc crt_device_funcs[] = {fused_add,
                                                         fused_multiply,
                                                         fused_negative,
                                                         tvmgen_default_get_c_metadata,
                                                         tvmgen_default_run};
static const TVMFuncRegistry crt_device_registry = {crt_device_names, crt_device_funcs};
static const TVMModule crt_device_module = {&crt_device_registry};

const TVMModule *TVMSystemLibEntryPoint(void)
{
    return &crt_device_module;
}
