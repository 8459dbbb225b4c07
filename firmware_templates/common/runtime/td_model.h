/*
 * TinyDeploy device runtime: the model as the runner sees it.
 *
 * generate_project writes td_model_glue.c from the archive's metadata.json and header; it
 * defines td_model with statically sized buffers for every input and output and a run
 * function that calls the entry point the archive's C code really defines
 * (tvmgen_<mod>_run, or tvmgen_<mod>_run_model in late-2021 archives).
 */
#ifndef TD_MODEL_H
#define TD_MODEL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TD_MAX_NDIM 6
#define TD_MAX_TENSORS 16

/* dtype codes as in DLPack: 0 int, 1 uint, 2 float, 4 bfloat. */
typedef struct td_tensor
{
    const char *name; /* raw name from metadata.json, e.g. "serving_default_input_1:0" */
    uint8_t dtype_code;
    uint8_t dtype_bits;
    uint8_t ndim; /* 0 when the shape is unknown (then shape[0] = bytes / element size) */
    int32_t shape[TD_MAX_NDIM];
    uint32_t bytes;
    uint8_t *data; /* statically allocated, aligned to 16 bytes */
} td_tensor_t;

typedef struct td_model
{
    const char *name;        /* module name, e.g. "default" */
    const char *entry_point; /* symbol called, e.g. "tvmgen_default_run" */
    uint32_t workspace_bytes;
    uint8_t num_inputs;
    uint8_t num_outputs;
    td_tensor_t *inputs;
    td_tensor_t *outputs;
    /* Initializes the TVM platform layer (workspace allocator); 0 on success. */
    int32_t (*init)(void);
    /* Runs the model once on inputs[*].data, writing outputs[*].data; 0 on success. */
    int32_t (*run)(void);
} td_model_t;

extern const td_model_t td_model;

#ifdef __cplusplus
}
#endif

#endif /* TD_MODEL_H */
