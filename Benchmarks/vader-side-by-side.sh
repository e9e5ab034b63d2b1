#!/usr/bin/env bash
# Scores one corpus with stance (whole pipeline, one job) and its sentences with VADER, in the same
# run, and prints both throughputs and their ratio. Not run by CI: it installs vaderSentiment from
# PyPI into a virtual environment under .build-vader/.
#
#   Benchmarks/vader-side-by-side.sh CORPUS.jsonl [LIMIT_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: Benchmarks/vader-side-by-side.sh CORPUS.jsonl [LIMIT_MB]}
limit=${2:-0}

venv=.build-vader/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet vaderSentiment
fi
swift build -c release --product stance >/dev/null
"$venv/bin/python" Benchmarks/vader_side_by_side.py --stance "$(swift build -c release --show-bin-path)/stance" \
  --corpus "$corpus" --limit-mb "$limit"
