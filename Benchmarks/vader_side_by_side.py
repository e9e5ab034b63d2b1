"""stance and VADER on the same corpus, timed in one run.

stance runs its whole pipeline (segment, attribute, score, aggregate, write the reports) on one job.
VADER scores every sentence of the same documents, as stance's segmenter cuts them (the cutting is
not counted in VADER's time). Throughput is the corpus text in MB (10^6 bytes of UTF-8) per second.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stance", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit-mb", type=float, default=0)
    args = parser.parse_args()

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    with tempfile.TemporaryDirectory() as folder:
        corpus = os.path.join(folder, "corpus.jsonl")
        text_bytes = 0
        with open(args.corpus, encoding="utf-8") as source, open(corpus, "w", encoding="utf-8") as target:
            for line in source:
                if not line.strip():
                    continue
                text_bytes += len(json.loads(line).get("text", "").encode("utf-8"))
                target.write(line)
                if args.limit_mb and text_bytes >= args.limit_mb * 1e6:
                    break
        megabytes = text_bytes / 1e6

        started = time.perf_counter()
        status = subprocess.run(
            [args.stance, "score", corpus, "--jobs", "1", "--quiet", "--out", os.path.join(folder, "out")]
        ).returncode
        # 3: the run completed, some documents (e.g. empty ones) were skipped.
        if status not in (0, 3):
            sys.exit(f"stance score failed with status {status}")
        stance_seconds = time.perf_counter() - started

        sentences = subprocess.run(
            [args.stance, "segment", corpus, "--format", "text"], check=True, capture_output=True, text=True
        ).stdout.splitlines()
        analyzer = SentimentIntensityAnalyzer()
        started = time.perf_counter()
        for sentence in sentences:
            analyzer.polarity_scores(sentence)
        vader_seconds = time.perf_counter() - started

    stance_rate = megabytes / stance_seconds
    vader_rate = megabytes / vader_seconds
    print(f"corpus: {args.corpus} · {megabytes:.1f} MB of text · {len(sentences)} sentences")
    print(f"stance (whole pipeline, 1 job): {stance_seconds:8.2f} s {stance_rate:8.1f} MB/s")
    print(f"VADER (sentences only):         {vader_seconds:8.2f} s {vader_rate:8.1f} MB/s")
    print(f"ratio stance / VADER: {stance_rate / vader_rate:.1f}x")


if __name__ == "__main__":
    sys.exit(main())
