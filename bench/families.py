#!/usr/bin/env python3
"""Precision and recall of request and template families on a generated corpus, and what they cost.

    python bench/families.py --count 10000            # generate, build, analyse, score
    python bench/families.py --corpus DIR --db PATH   # reuse a generated corpus and its built db

The generator (bench/generate.py) writes truth.jsonl: each notice's request family and the ids of
the template paragraphs it used, in order. Request families are scored pairwise over notices (two
notices in one predicted family that share a true family is a true positive). Template families are
scored pairwise over passages: each passage of 80+ characters is given the true template it was
written from (the best match among its notice's own template ids, by shared word trigrams), and
passages matching none count only through how many of them were put in a family.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sqlite_utils  # noqa: E402

from ncnd.analyse import analyse, cache, corpus  # noqa: E402
from ncnd.analyse.text import normalise  # noqa: E402
from ncnd.load import notice_id  # noqa: E402

MATCH_AT_LEAST = 0.5  # share of a passage's word trigrams that must come from its template


def generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def trigrams(text: str) -> set[str]:
    words = text.split()
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: dict, truth: dict) -> dict:
    """Pairwise precision and recall over the items that have a true label.

    predicted: item -> family (items missing are singletons); truth: item -> true group.
    """
    joint = Counter((predicted.get(item, ("alone", item)), group) for item, group in truth.items())
    by_predicted = Counter(predicted.get(item, ("alone", item)) for item in truth)
    by_truth = Counter(truth.values())
    true_positive = sum(pairs(n) for n in joint.values())
    predicted_pairs = sum(pairs(n) for n in by_predicted.values())
    true_pairs = sum(pairs(n) for n in by_truth.values())
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / true_pairs if true_pairs else 1.0
    return {"precision": precision, "recall": recall, "true_pairs": true_pairs, "predicted_pairs": predicted_pairs}


def request_scores(db, truth_rows: list[dict]) -> dict:
    truth = {notice_id(r["file"]): r["request_family"] for r in truth_rows if r.get("request_family")}
    predicted = {r["notice_id"]: r["family_id"] for r in db["request_family_members"].rows}
    scores = pairwise(predicted, truth)
    scores["true_families"] = len({f for f, n in Counter(truth.values()).items() if n >= 2})
    scores["predicted_families"] = db["request_families"].count
    return scores


def template_scores(db, truth_rows: list[dict]) -> dict:
    templates = generator().TEMPLATES
    shingles = {tid: trigrams(normalise(re.sub(r"\{[a-z_]+\}", " ", text))) for tid, text in templates.items()}
    ids_of = {notice_id(r["file"]): r.get("template_ids") or [] for r in truth_rows}
    predicted = {(r["notice_id"], r["seq"]): r["family_id"] for r in db["passage_templates"].rows}
    truth, unlabelled, unlabelled_in_family = {}, 0, 0
    for nid, seq, text in corpus.load_passages(db):
        if not text or len(text) < corpus.MIN_PASSAGE_CHARS:
            continue
        candidates = ids_of.get(nid) or []
        own = trigrams(normalise(text))
        best, best_share = None, 0.0
        for tid in candidates:
            share = len(own & shingles[tid]) / len(own) if own else 0.0
            if share > best_share:
                best, best_share = tid, share
        if best is not None and best_share >= MATCH_AT_LEAST:
            truth[(nid, seq)] = best
        else:
            unlabelled += 1
            unlabelled_in_family += (nid, seq) in predicted
    scores = pairwise(predicted, truth)
    scores |= {
        "labelled_passages": len(truth),
        "unlabelled_passages": unlabelled,
        "unlabelled_put_in_a_family": unlabelled_in_family,
        "true_templates_seen": len(set(truth.values())),
        "predicted_families": db["template_families"].count,
    }
    return scores


def lifecycle_scores(db, truth_rows: list[dict]) -> dict:
    """ICO decisions linked to an earlier stage, and how many links join the same true request and force.

    The generator does not say which response a decision is about, only its request family and force, so a
    link counts as right when both notices carry the same true family and the same force.
    """
    truth = {notice_id(r["file"]): (r.get("request_family"), r.get("authority_id")) for r in truth_rows}
    decisions = {nid for nid, row in ((notice_id(r["file"]), r) for r in truth_rows) if row.get("doc_type") == "ico_decision"}
    links = list(db.query("select from_notice_id, to_notice_id, link_type from lifecycle_links where link_type = 'ico_decision'"))
    right = sum(1 for l in links if truth.get(l["from_notice_id"]) == truth.get(l["to_notice_id"]) and truth.get(l["to_notice_id"], (None,))[0])
    return {
        "ico_decisions": len(decisions),
        "ico_decisions_linked": len({l["to_notice_id"] for l in links} & decisions),
        "links": len(links),
        "links_same_family_and_force": right,
        "precision": right / len(links) if links else 1.0,
    }


def timed_analyses(db) -> dict:
    """A cold analysis (no stored signatures), a warm one, and one after a single notice changed."""
    if cache.TABLE in db.table_names():  # present when the build already ran the analysis
        db.execute(f"delete from [{cache.TABLE}]")
        db.conn.commit()
    cold = analyse(db)
    warm = analyse(db)
    nid, seq = db.execute("select notice_id, max(seq) from passages where length(text) > 200").fetchone()
    with db.conn:
        db.execute("update passages set text = text || ' This paragraph was amended.' where notice_id = ? and seq = ?", [nid, seq])
        db.execute("update notices set sha256 = 'changed' where id = ?", [nid])
    one_changed = analyse(db, changed_notice_ids=[nid])
    return {"cold": cold, "warm": warm, "one_changed": one_changed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="a corpus generated by bench/generate.py (default: generate one)")
    parser.add_argument("--truth", type=Path, help="its truth.jsonl, when moved out of the corpus (default: CORPUS/truth.jsonl)")
    parser.add_argument("--db", type=Path, help="the database built from it (default: build one)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="ncnd-families-"))
    corpus_dir = args.corpus or work / "corpus"
    figures = {"notices": None}
    truth_path = args.truth or corpus_dir / "truth.jsonl"
    if not truth_path.exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(corpus_dir), "--count", str(args.count),
                        "--seed", str(args.seed)], check=True)
        figures["generate_seconds"] = round(time.perf_counter() - started, 1)
        # out of the corpus, or the build would load the truth file as one more notice
        truth_path = work / "truth.jsonl"
        (corpus_dir / "truth.jsonl").replace(truth_path)
    db_path = args.db or work / "ncnd.db"
    if not db_path.exists():
        from ncnd.build import build_database

        started = time.perf_counter()
        build_database(corpus_dir, db_path, full=True, workers=args.workers)
        figures["build_seconds"] = round(time.perf_counter() - started, 1)
    db = sqlite_utils.Database(db_path)
    truth_rows = [json.loads(line) for line in truth_path.read_text().splitlines() if line.strip()]
    figures["notices"] = db["notices"].count
    runs = timed_analyses(db)
    figures["analyse_seconds"] = {name: run["seconds"] for name, run in runs.items()}
    figures["analyse_steps_cold"] = runs["cold"]["timings"]
    figures["texts_hashed"] = {name: run["texts_hashed"] for name, run in runs.items()}
    figures["rows"] = {k: v for k, v in runs["warm"].items() if isinstance(v, int) and not isinstance(v, bool)}
    figures["request_families"] = request_scores(db, truth_rows)
    figures["template_families"] = template_scores(db, truth_rows)
    figures["lifecycle"] = lifecycle_scores(db, truth_rows)
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    rf, tf = figures["request_families"], figures["template_families"]
    print(f"notices: {figures['notices']}")
    print(f"request families:  precision {rf['precision']:.3f}  recall {rf['recall']:.3f}  "
          f"({rf['predicted_families']} found, {rf['true_families']} true families of 2+)")
    print(f"template families: precision {tf['precision']:.3f}  recall {tf['recall']:.3f}  "
          f"({tf['predicted_families']} found, {tf['true_templates_seen']} templates; {tf['labelled_passages']} labelled passages, "
          f"{tf['unlabelled_put_in_a_family']} of {tf['unlabelled_passages']} unlabelled put in a family)")
    lc = figures["lifecycle"]
    print(f"lifecycle: {lc['ico_decisions_linked']} of {lc['ico_decisions']} ICO decisions linked to a force response; "
          f"{lc['links_same_family_and_force']} of {lc['links']} links join the same true request and force")
    seconds = figures["analyse_seconds"]
    print(f"analyse: {seconds['cold']:.1f}s cold (every text hashed), {seconds['warm']:.1f}s with stored signatures, "
          f"{seconds['one_changed']:.1f}s after one notice changed ({figures['texts_hashed']['one_changed']} texts hashed)")
    print("cold steps: " + ", ".join(f"{k} {v:.1f}s" for k, v in figures["analyse_steps_cold"].items()))
    if "build_seconds" in figures:
        print(f"build (ingest, parse, load) before analysis: {figures['build_seconds']:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
