#!/usr/bin/env python3
"""Scores the bulletin importer against a study set of real bulletins kept outside the
repository: for each NAME.txt (or .html, .docx, .pdf) in DIR with a hand-checked
NAME.facts.json beside it, runs `rectrack-cli import FILE --dry-run --json` and counts the
facts it gets right: title, inspected unit, team, kind, round, the on-site period, the feedback
date, every stated total, and every problem heading (by its words). Prints one line per
bulletin and the share of facts right; --verbose prints each miss.

    scripts/score-import.py --cli build/app/rectrack-cli DIR [--verbose]

The facts file (written by a person reading the bulletin; null where the text does not say):
    {"title", "inspected_unit", "team", "kind", "round", "period_start", "period_end",
     "feedback_date", "stated_totals": {key: number}, "problem_headings": [as written]}
A bulletin's text is never part of the repository: only this script is.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

PUNCT = re.compile(r"[\s,，.．。:：;；、“”\"'‘’()（）【】\[\]《》<>!！?？·—\-]")
# The stated totals the importer keeps (docs/import.md); an answer key's other figures
# (meetings held, days on site) are not scored.
KEYS = {
    "categories", "problems", "specific_problems", "measures", "tasks", "suggestions", "lead_departments", "clues",
    "problems_completed", "problems_in_progress", "problems_partly_completed", "problems_ongoing",
    "measures_completed", "measures_in_progress", "tasks_completed", "tasks_in_progress",
    "suggestions_completed", "suggestions_in_progress", "completion_rate", "rules_made",
    "persons_disciplined", "persons_party_discipline", "persons_government_discipline", "persons_organisational",
    "persons_admonished", "persons_investigated", "persons_criticised", "persons_reminder_talk",
    "persons_ordered_review", "persons_reprimanded", "persons_handled", "accountability_persons",
    "recovered_loss_wan_yuan", "funds_returned_wan_yuan", "funds_recovered_wan_yuan",
}
# Names an answer key may give a fact the importer names otherwise.
RENAMED = {
    "persons_transferred": "persons_investigated",
    "persons_government_sanction": "persons_government_discipline",
    "problems_stage_completed": "problems_partly_completed",
    "problems_basically_completed": "problems_partly_completed",
    "problems_not_completed": "problems_in_progress",
    "funds_recovered": "funds_recovered_wan_yuan",
}
# The same fact under either key.
SYNONYMS = {
    "specific_problems": ["problems"],
    "problems": ["specific_problems"],
    "problems_partly_completed": ["problems_in_progress"],
}


def squash(text):
    return PUNCT.sub("", text or "")


def heading_words(heading):
    """The words of a problem heading without its number and its frame."""
    h = heading.strip()
    h = re.sub(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]?[、.．:：]?|[①-⑳]|(?:反馈)?问题\s*[一二三四五六七八九十\d]{1,3}\s*[:：.．、]?)\s*", "", h)
    h = re.sub(r"^(?:[（(]\d{1,2}[）)])", "", h)
    m = re.match(r"^关于[“\"‘'](.+?)[”\"’']", h)
    if m:
        h = m.group(1)
    h = re.sub(r"^关于", "", h)
    h = re.split(r"[。；;]", h)[0]
    h = re.sub(r"(?:的|等)?问题(?:的)?(?:整改|落实)?(?:情况)?$", "", h)
    return squash(h)


def similar(a, b):
    a, b = squash(a), squash(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return min(len(a), len(b)) >= 0.6 * max(len(a), len(b)) or min(len(a), len(b)) >= 8
    grams = lambda s: {s[i:i + 2] for i in range(len(s) - 1)}
    ga, gb = grams(a), grams(b)
    return bool(ga and gb) and 2 * len(ga & gb) / (len(ga) + len(gb)) >= 0.7


def run_cli(cli, path):
    proc = subprocess.run([cli, "import", path, "--dry-run", "--json"], capture_output=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if proc.returncode not in (0, 1):
        return None, "exit %d: %s" % (proc.returncode, proc.stderr.decode(errors="replace")[-300:])
    try:
        return json.loads(proc.stdout.decode()), None
    except Exception as e:  # noqa: BLE001
        return None, "no JSON (%s): %s" % (e, proc.stderr.decode(errors="replace")[-300:])


def body_of(path):
    """The study file without its first 'URL:' line, written beside it for the importer."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("URL:"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    out = "/tmp/score-import-" + os.path.basename(path)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return out


def score(cli, facts_path, verbose):
    base = facts_path[: -len(".facts.json")]
    source = next((base + ext for ext in (".txt", ".html", ".docx", ".pdf") if os.path.exists(base + ext)), None)
    if not source:
        return None
    facts = json.load(open(facts_path, encoding="utf-8"))
    got, error = run_cli(cli, body_of(source) if source.endswith(".txt") else source)
    right, total, misses = 0, 0, []
    if got is None:
        return {"name": os.path.basename(base), "right": 0, "total": 1, "misses": [error], "crash": True, "invented": 0}
    insp = got
    checks = [
        ("title", facts.get("title"), got.get("title"), "text"),
        ("inspected_unit", facts.get("inspected_unit"), insp.get("inspected_unit"), "unit"),
        ("team", facts.get("team"), insp.get("team"), "unit"),
        ("kind", facts.get("kind"), insp.get("kind"), "exact"),
        ("round", facts.get("round"), insp.get("round"), "unit"),
        ("period_start", facts.get("period_start"), (insp.get("period") or {}).get("start"), "exact"),
        ("period_end", facts.get("period_end"), (insp.get("period") or {}).get("end"), "exact"),
        ("feedback_date", facts.get("feedback_date"), insp.get("feedback_date"), "exact"),
    ]
    for name, want, have, how in checks:
        if want in (None, "", []):
            continue
        total += 1
        if how == "exact":
            ok = want == have
        elif how == "unit":
            ok = bool(have) and (squash(want) in squash(have) or squash(have) in squash(want))
        else:
            ok = bool(have) and similar(want, have)
        right += ok
        if not ok:
            misses.append("%s: want %r, got %r" % (name, want, have))
    stated = got.get("stated_totals") or {}
    for key, want in (facts.get("stated_totals") or {}).items():
        key = RENAMED.get(key, key)
        if want is None or isinstance(want, (dict, list, str, bool)) or key not in KEYS:
            continue
        total += 1
        have = stated.get(key)
        if have is None:
            for other in SYNONYMS.get(key, []):
                if other in stated and other not in (facts.get("stated_totals") or {}):
                    have = stated[other]
        ok = have is not None and abs(float(have) - float(want)) < 1e-6
        right += ok
        if not ok:
            misses.append("stated %s: want %r, got %r" % (key, want, have))
    titles = [f.get("title", "") for f in got.get("findings", [])]
    wanted = [heading_words(h) for h in facts.get("problem_headings") or []]
    for w, raw in zip(wanted, facts.get("problem_headings") or []):
        if not w:
            continue
        total += 1
        ok = any(similar(w, t) for t in titles)
        right += ok
        if not ok:
            misses.append("problem not found: %r" % raw[:40])
    invented = 0
    if wanted:
        invented = sum(1 for t in titles if not any(similar(w, t) for w in wanted if w))
    return {"name": os.path.basename(base), "right": right, "total": total, "misses": misses, "crash": False,
            "invented": invented, "found": len(titles)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build/app/rectrack-cli")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("dir")
    a = ap.parse_args()
    results = [r for r in (score(a.cli, p, a.verbose) for p in sorted(glob.glob(os.path.join(a.dir, "*.facts.json")))) if r]
    right = sum(r["right"] for r in results)
    total = sum(r["total"] for r in results)
    for r in results:
        print("%-10s %3d/%-3d%s%s" % (r["name"], r["right"], r["total"], "  CRASH" if r["crash"] else "",
                                      "  extra items: %d of %d" % (r["invented"], r["found"]) if r.get("invented") else ""))
        if a.verbose:
            for m in r["misses"]:
                print("    " + m)
    print("facts right: %d of %d (%.1f%%); crashes: %d" % (right, total, 100.0 * right / max(total, 1),
                                                           sum(r["crash"] for r in results)))


if __name__ == "__main__":
    sys.exit(main())
