/*
 * TinyDeploy minimal C runtime: workspace allocation over a static arena and the backend
 * functions AOT-generated C code calls. Used when the archive has no runtime/ of its own.
 *
 * The arena is TD_WORKSPACE_SIZE_BYTES (the project's workspace_size_bytes option). Blocks are
 * stacked: generated code frees in reverse order of allocation; a block freed out of order is
 * only marked and reclaimed once the blocks above it are freed too.
 */
#include <stdint.h>
#include <stdlib.h>

#include <tvm/runtime/c_backend_api.h>
#include <tvm/runtime/c_runtime_api.h>
#include <tvm/runtime/crt/error_codes.h>
#include <tvm/runtime/crt/platform.h>

#ifndef TD_WORKSPACE_SIZE_BYTES
#define TD_WORKSPACE_SIZE_BYTES (256 * 1024)
#endif

#define TD_ALIGN 16u
#define TD_NONE UINT32_MAX

/* 16 bytes, so the data after it stays 16-byte aligned. */
typedef struct
{
    uint32_t prev_top;  /* arena top before this block was allocated */
    uint32_t prev_last; /* header offset of the block below, or TD_NONE */
    uint32_t freed;
    uint32_t magic;
} td_block_t;

#define TD_BLOCK_MAGIC 0x54444231u /* "TDB1" */

static uint8_t td_arena[TD_WORKSPACE_SIZE_BYTES] __attribute__((aligned(16)));
static uint32_t td_top;
static uint32_t td_last = TD_NONE;

static void *td_alloc(uint64_t nbytes)
{
    uint64_t header = ((uint64_t) td_top + TD_ALIGN - 1u) & ~(uint64_t) (TD_ALIGN - 1u);
    uint64_t end = header + sizeof(td_block_t) + nbytes;
    if (end > TD_WORKSPACE_SIZE_BYTES) {
        TVMAPISetLastError("workspace arena exhausted: increase workspace_size_bytes");
        return NULL;
    }
    td_block_t *block = (td_block_t *) (void *) (td_arena + header);
    block->prev_top = td_top;
    block->prev_last = td_last;
    block->freed = 0;
    block->magic = TD_BLOCK_MAGIC;
    td_last = (uint32_t) header;
    td_top = (uint32_t) end;
    return td_arena + header + sizeof(td_block_t);
}

static int td_free(void *ptr)
{
    uint8_t *p = (uint8_t *) ptr;
    if (p < td_arena + sizeof(td_block_t) || p >= td_arena + TD_WORKSPACE_SIZE_BYTES)
        return kTvmErrorPlatformStackAllocBadFree;
    td_block_t *block = (td_block_t *) (void *) (p - sizeof(td_block_t));
    if (block->magic != TD_BLOCK_MAGIC || block->freed)
        return kTvmErrorPlatformStackAllocBadFree;
    block->freed = 1;
    while (td_last != TD_NONE) {
        td_block_t *top = (td_block_t *) (void *) (td_arena + td_last);
        if (!top->freed)
            break;
        top->magic = 0;
        td_top = top->prev_top;
        td_last = top->prev_last;
    }
    return 0;
}

tvm_crt_error_t TVMPlatformInitialize(void)
{
    td_top = 0;
    td_last = TD_NONE;
    return kTvmErrorNoError;
}

void TVMPlatformAbort(tvm_crt_error_t code)
{
    (void) code;
    abort();
}

tvm_crt_error_t TVMPlatformMemoryAllocate(size_t num_bytes, DLDevice dev, void **out_ptr)
{
    (void) dev;
    *out_ptr = td_alloc(num_bytes);
    return *out_ptr ? kTvmErrorNoError : kTvmErrorPlatformNoMemory;
}

tvm_crt_error_t TVMPlatformMemoryFree(void *ptr, DLDevice dev)
{
    (void) dev;
    return td_free(ptr) == 0 ? kTvmErrorNoError : kTvmErrorPlatformStackAllocBadFree;
}

void *TVMBackendAllocWorkspace(
    int device_type, int device_id, uint64_t nbytes, int dtype_code_hint, int dtype_bits_hint)
{
    (void) device_type;
    (void) device_id;
    (void) dtype_code_hint;
    (void) dtype_bits_hint;
    return td_alloc(nbytes);
}

int TVMBackendFreeWorkspace(int device_type, int device_id, void *ptr)
{
    (void) device_type;
    (void) device_id;
    return td_free(ptr);
}

int TVMBackendGetFuncFromEnv(void *mod_node, const char *func_name, TVMFunctionHandle *out)
{
    (void) mod_node;
    (void) func_name;
    *out = NULL;
    TVMAPISetLastError("TVMBackendGetFuncFromEnv: no function registry in this runtime");
    return -1;
}

int TVMBackendRegisterSystemLibSymbol(const char *name, void *ptr)
{
    (void) name;
    (void) ptr;
    return 0;
}

int TVMBackendParallelLaunch(FTVMParallelLambda flambda, void *cdata, int num_task)
{
    (void) num_task;
    TVMParallelGroupEnv env;
    env.sync_handle = NULL;
    env.num_task = 1;
    return flambda(0, &env, cdata);
}

int TVMBackendParallelBarrier(int task_id, TVMParallelGroupEnv *penv)
{
    (void) task_id;
    (void) penv;
    return 0;
}

int TVMBackendRunOnce(void **handle, int (*f)(void *), void *cdata, int nbytes)
{
    (void) nbytes;
    if (*handle == NULL) {
        *handle = (void *) 1;
        return f(cdata);
    }
    return 0;
}
