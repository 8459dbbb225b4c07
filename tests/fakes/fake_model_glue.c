/*
 * A fake td_model for tests, in place of the td_model_glue.c that generate_project writes.
 *
 * Default configuration ("fake"): input "input" float32 [1,4], output "output" float32 [1,4]
 * = input * 2 + 1 elementwise.
 * -DFAKE_MODEL_LARGE ("fake_large"): input "data" uint8 [65536], output "sum" uint32 [1] =
 * the sum of the input bytes.
 * Both: run() returns -3 when the first input byte is 0xEE (to test MODEL_FAILED). On POSIX
 * hosts, the environment variable TD_FAKE_RUN_DELAY_US makes every run sleep that long, and
 * TD_FAKE_INIT_FAIL makes init() return -5 (INIT_FAILED).
 */
#if defined(__unix__) && !defined(FAKE_MODEL_NO_ENV)
#define _POSIX_C_SOURCE 200809L
#define FAKE_MODEL_HAS_ENV 1
#endif

#include "td_model.h"

#include <string.h>

#ifdef FAKE_MODEL_HAS_ENV
#include <stdlib.h>
#include <time.h>
#endif

#ifdef FAKE_MODEL_HAS_ENV
static long fake_delay_us;
#endif

static int32_t fake_init(void)
{
#ifdef FAKE_MODEL_HAS_ENV
    const char *delay = getenv("TD_FAKE_RUN_DELAY_US");
    fake_delay_us = delay ? strtol(delay, NULL, 10) : 0;
    if (getenv("TD_FAKE_INIT_FAIL"))
        return -5;
#endif
    return 0;
}

static void fake_delay(void)
{
#ifdef FAKE_MODEL_HAS_ENV
    if (fake_delay_us > 0) {
        struct timespec ts;
        ts.tv_sec = fake_delay_us / 1000000;
        ts.tv_nsec = (fake_delay_us % 1000000) * 1000;
        nanosleep(&ts, NULL);
    }
#endif
}

#ifndef FAKE_MODEL_LARGE

static _Alignas(16) uint8_t fake_input[16];
static _Alignas(16) uint8_t fake_output[16];

static int32_t fake_run(void)
{
    float in[4], out[4];
    int i;
    fake_delay();
    if (fake_input[0] == 0xEE)
        return -3;
    memcpy(in, fake_input, sizeof(in));
    for (i = 0; i < 4; ++i)
        out[i] = in[i] * 2.0f + 1.0f;
    memcpy(fake_output, out, sizeof(out));
    return 0;
}

static td_tensor_t fake_inputs[1] = {
    {"input", 2, 32, 2, {1, 4, 0, 0, 0, 0}, sizeof(fake_input), fake_input},
};
static td_tensor_t fake_outputs[1] = {
    {"output", 2, 32, 2, {1, 4, 0, 0, 0, 0}, sizeof(fake_output), fake_output},
};

const td_model_t td_model = {
    "fake",
    "fake_model_run",
    0,
    1,
    1,
    fake_inputs,
    fake_outputs,
    fake_init,
    fake_run,
};

#else

static _Alignas(16) uint8_t fake_input[65536];
static _Alignas(16) uint8_t fake_output[4];

static int32_t fake_run(void)
{
    uint32_t sum = 0;
    size_t i;
    fake_delay();
    if (fake_input[0] == 0xEE)
        return -3;
    for (i = 0; i < sizeof(fake_input); ++i)
        sum += fake_input[i];
    memcpy(fake_output, &sum, sizeof(sum));
    return 0;
}

static td_tensor_t fake_inputs[1] = {
    {"data", 1, 8, 1, {65536, 0, 0, 0, 0, 0}, sizeof(fake_input), fake_input},
};
static td_tensor_t fake_outputs[1] = {
    {"sum", 1, 32, 1, {1, 0, 0, 0, 0, 0}, sizeof(fake_output), fake_output},
};

const td_model_t td_model = {
    "fake_large",
    "fake_large_run",
    0,
    1,
    1,
    fake_inputs,
    fake_outputs,
    fake_init,
    fake_run,
};

#endif
