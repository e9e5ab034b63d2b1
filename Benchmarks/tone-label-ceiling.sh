#!/usr/bin/env bash
# Prints how well a tone gold set's labels can be ranked by a bag-of-words model trained on that set
# itself, beside stance's AUC, and the share of conflict labels among sentences with given words.
# Not run by CI: it installs scikit-learn from PyPI into a virtual environment under .build-ceiling/.
#
#   Benchmarks/tone-label-ceiling.sh GOLD.jsonl [--words stem,stem,...]
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:?usage: Benchmarks/tone-label-ceiling.sh GOLD.jsonl [--words stem,stem,...]}
shift

venv=.build-ceiling/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet scikit-learn
fi
swift build -c release --product stance >/dev/null
"$venv/bin/python" Benchmarks/tone_label_ceiling.py --stance "$(swift build -c release --show-bin-path)/stance" \
  --gold "$gold" "$@"
