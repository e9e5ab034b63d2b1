"""How far a gold set's labels can be ranked from its words at all, beside stance's own figure.

Trains a bag-of-words logistic regression on the gold set itself (five folds, each scored by a model
that never saw it) and prints its AUC against the conflict label: a ceiling for any lexicon that is
not fitted to the set. Then, for each word stem given, how many labelled sentences contain it and
what share of them is labelled conflict, so a reader can see which words the labels follow.
"""

import argparse
import json
import re
import subprocess

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline


def read_gold(path):
    """The records labelled conflict (-1) or cooperation (+1), as (text, is_conflict)."""
    labelled = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            polarity = record.get("label_polarity")
            if polarity in (-1, 1):
                labelled.append((record["text"], polarity == -1))
    return labelled


def ceiling_auc(texts, labels, folds):
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2), LogisticRegression(C=1.0, max_iter=2000))
    split = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    predicted = cross_val_predict(model, texts, labels, cv=split, method="predict_proba")[:, 1]
    return roc_auc_score(labels, predicted)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--stance", required=True, help="the stance executable")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--words", default="condemn,demand,reject,unacceptable,urge,threat,warn,attack,killed,military")
    arguments = parser.parse_args()

    labelled = read_gold(arguments.gold)
    texts = [text for text, _ in labelled]
    labels = [is_conflict for _, is_conflict in labelled]
    conflict = sum(labels)
    print(f"{len(labelled)} labelled statements, {conflict} conflict ({conflict / len(labelled):.2f})")
    stance = subprocess.run(
        [arguments.stance, "eval", "tone", "--gold", arguments.gold], capture_output=True, text=True, check=True)
    for line in stance.stdout.splitlines():
        if line.startswith("AUC"):
            print(f"stance lexicon, not fitted to the set:   {line}")
    auc = ceiling_auc(texts, labels, arguments.folds)
    print(f"bag of words trained on the set itself ({arguments.folds}-fold): AUC {auc:.3f}")
    print()
    print(f"{'word stem':<14}{'sentences':>10}{'conflict share':>16}")
    for stem in arguments.words.split(","):
        pattern = re.compile(r"\b" + re.escape(stem), re.IGNORECASE)
        hits = [is_conflict for text, is_conflict in labelled if pattern.search(text)]
        share = f"{sum(hits) / len(hits):.2f}" if hits else "-"
        print(f"{stem:<14}{len(hits):>10}{share:>16}")


if __name__ == "__main__":
    main()
