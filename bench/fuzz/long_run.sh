#!/bin/sh
# The long fuzzing run (an hour by default), niced so it shares the machine politely.
# Log: tests/_artifacts/fuzz-long.log; figures: tests/_artifacts/fuzz-long.json.
#   bench/fuzz/long_run.sh --minutes 65
cd "$(dirname "$0")/../.." || exit 2
exec nice -n 10 .venv/bin/python bench/fuzz/long_run.py "$@"
