# cmake -DRUNTIME_DIR=<runtime> -DOUT_DIR=<dir> -P compile_for_cortex_m.cmake
#
# Compiles the portable device runtime for Cortex-M3, M4 and M7 as the firmware templates do
# (-mthumb -Os -ffreestanding), with warnings as errors, at the default and the smallest
# TD_MAX_PAYLOAD, and checks that the objects need nothing from libc but mem*/strlen (no
# malloc, no stdio) besides the td_platform.h and td_model.h symbols.
find_program(ARM_GCC arm-none-eabi-gcc)
find_program(ARM_NM arm-none-eabi-nm)
find_program(ARM_SIZE arm-none-eabi-size)
if(NOT ARM_GCC OR NOT ARM_NM)
    message(FATAL_ERROR "arm-none-eabi-gcc was not found, so the device runtime cannot be "
        "checked for Cortex-M. Install the Debian package gcc-arm-none-eabi (./test.sh does).")
endif()

set(sources td_crc32.c td_protocol.c td_runner.c)
set(allowed "^(td_[a-z0-9_]+|memcpy|memmove|memset|memcmp|strlen|__aeabi_[a-z0-9_]+)$")
set(failed FALSE)
foreach(cpu cortex-m3 cortex-m4 cortex-m7)
    foreach(payload 1024 256)
        set(dir ${OUT_DIR}/${cpu}-${payload})
        file(MAKE_DIRECTORY ${dir})
        set(objects)
        foreach(src ${sources})
            get_filename_component(base ${src} NAME_WE)
            execute_process(
                COMMAND ${ARM_GCC} -mcpu=${cpu} -mthumb -Os -ffreestanding -std=c99 -pedantic
                        -Wall -Wextra -Werror -DTD_MAX_PAYLOAD=${payload}u
                        -c ${RUNTIME_DIR}/${src} -o ${dir}/${base}.o
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
            if(NOT rc EQUAL 0)
                message(SEND_ERROR "${cpu}, TD_MAX_PAYLOAD=${payload}: ${src} does not compile:\n${out}${err}")
                set(failed TRUE)
                continue()
            endif()
            list(APPEND objects ${dir}/${base}.o)
            execute_process(COMMAND ${ARM_NM} -u ${dir}/${base}.o OUTPUT_VARIABLE undefined)
            string(REGEX MATCHALL "U [A-Za-z0-9_]+" symbols "${undefined}")
            foreach(symbol ${symbols})
                string(SUBSTRING "${symbol}" 2 -1 name)
                if(NOT name MATCHES "${allowed}")
                    message(SEND_ERROR "${cpu}: ${src} needs '${name}', which a bare-metal board "
                        "does not provide (only mem*, strlen and the td_platform.h functions)")
                    set(failed TRUE)
                endif()
            endforeach()
        endforeach()
        if(ARM_SIZE AND objects)
            execute_process(COMMAND ${ARM_SIZE} -t ${objects} OUTPUT_VARIABLE sizes)
            string(REGEX MATCH "[^\n]*\\(TOTALS\\)" total "${sizes}")
            message(STATUS "${cpu}, TD_MAX_PAYLOAD=${payload}: text data bss = ${total}")
        endif()
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "The device runtime does not build for Cortex-M (see above).")
endif()
message(STATUS "The device runtime builds for cortex-m3, cortex-m4 and cortex-m7.")
