/*
 * TinyDeploy's configuration of TVM's standalone CRT for host-driven projects (microTVM RPC).
 * It takes the place of the crt_config.h a TVM build generates (cmake/utils/CRTConfig.cmake);
 * the values are TVM's defaults for platform "crt" unless a comment says otherwise. A project
 * may override any of them with compile_definitions (-DTVM_CRT_MAX_PACKET_SIZE_BYTES=4096).
 */
#ifndef TVM_RUNTIME_CRT_CRT_CONFIG_H_
#define TVM_RUNTIME_CRT_CRT_CONFIG_H_

/* Errors only: every log line is a kLog frame on the serial link. */
#ifndef TVM_CRT_LOG_LEVEL
#define TVM_CRT_LOG_LEVEL TVM_CRT_LOG_LEVEL_ERROR
#endif

#define TVM_CRT_DEBUG 0
#define TVM_CRT_MAX_NDIM 6
#define TVM_CRT_MAX_ARGS 10
#define TVM_CRT_GLOBAL_FUNC_REGISTRY_SIZE_BYTES 512
#define TVM_CRT_MAX_REGISTERED_MODULES 2

/* The device's receive buffer holds one whole frame payload (3-byte session header + one RPC
 * packet), so this bounds every message the host sends. 2048 as in TVM's host template: the
 * graph JSON of the digits samples (1.4 KiB minified) fits, and the host reads the limit from
 * the device (tvm.rpc.server.GetCRTMaxPacketSize = this - 11) to size its copies. */
#ifndef TVM_CRT_MAX_PACKET_SIZE_BYTES
#define TVM_CRT_MAX_PACKET_SIZE_BYTES 2048
#endif

#define TVM_CRT_MAX_STRLEN_DLTYPE 10
#define TVM_CRT_MAX_STRLEN_FUNCTION_NAME 120
#define TVM_CRT_MAX_STRLEN_PARAM_NAME 80

#endif /* TVM_RUNTIME_CRT_CRT_CONFIG_H_ */
