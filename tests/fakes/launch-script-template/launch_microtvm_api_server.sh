#!/bin/sh
# Test fixture: the launch-script variant of a template (spec 1.1, TVM >= 0.12 form). Called as
#   launch_microtvm_api_server.sh /abs/microtvm_api_server.py --read-fd N --write-fd M
# It forwards exactly those five arguments, like TVM's Zephyr and Arduino scripts do.
if [ "$#" -lt 5 ]; then
    echo "launch_microtvm_api_server.sh: expected 5 arguments, got $#" >&2
    exit 2
fi
FAKE_LAUNCHED_BY="$0"
FAKE_LAUNCH_ARGC="$#"
export FAKE_LAUNCHED_BY FAKE_LAUNCH_ARGC
exec "${FAKE_LAUNCH_PYTHON:-python3}" "$1" "$2" "$3" "$4" "$5"
