// tvm target: c -keys=cpu -link-params=0
#define TVM_EXPORTS
#include "tvm/runtime/c_runtime_api.h"
#include "tvm/runtime/c_backend_api.h"
#include <math.h>
/* tvmgen_default_run(void) { is defined in default_lib0.c */
static const char* tvmgen_default_note = "tvmgen_default_run() {";
int32_t tvmgen_default_run(void* inputs, void* outputs);
TVM_DLL int32_t tvmgen_default_fused_cast(int8_t* p0, float* T_cast) {
  for (int32_t ax1 = 0; ax1 < 16; ++ax1) {
    T_cast[ax1] = ((float)p0[ax1]) * 0x1.8p-1f;
  }
  return 0;
}
TVM_DLL int32_t tvmgen_default___tvm_main__(int8_t* input, float* output) {
  if (tvmgen_default_fused_cast(input, output) != 0 ) return -1;
  return 0;
}
