#!/usr/bin/env python3
# A copy of the team's shared scorer (shared/tools/score-events), kept here so a clean clone reproduces the
# README's extraction figures: `make score`. Keep it identical to the shared one.
"""Score NewsGraph's event extraction against a gold file.

    score-events GOLD.json ARTICLES_DIR [--cli newsgraph] [--verbose]

Ingests every article named in GOLD.json from ARTICLES_DIR into a fresh temporary store with the
`newsgraph` command, asks the store for its events over the contract's schema.org face, and prints:
  recall     gold events found with their participants (two, or all when fewer) and place right,
             each extracted event answering at most one gold event
  precision  extracted events whose participants match a gold event of the same article
  dates      matched events carrying the gold date, among gold events whose date the text fixes
Exit 0 when all three reach the goals given with --goals (default 0.8 0.8 0.9), else 1.

Gold format: {"articles": [{"file": "d01.txt", "events": [{"type": "meeting", "participants": ["..."],
"place": "City" or null, "place_alt": ["Country"], "date": "YYYY-MM-DD" or null}]}]}
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile

QUERY = """PREFIX schema: <http://schema.org/>
SELECT ?id ?e ?an ?ln ?d WHERE {
  ?e a schema:Event ; schema:subjectOf ?a . ?a schema:identifier ?id .
  OPTIONAL { ?e schema:attendee/(schema:name|schema:alternateName) ?an }
  OPTIONAL { ?e schema:location/schema:containedInPlace*/(schema:name|schema:alternateName) ?ln }
  OPTIONAL { ?e schema:startDate ?d } }"""


def norm(s):
    return re.sub(r"[^a-z0-9 ]", "", s.lower().replace("-", " ")).strip()


def same_name(gold, names):
    """A gold name matches a full name in any order, a surname alone, or a name that contains it (or is contained)."""
    g = norm(gold)
    for n in map(norm, names):
        if not n:
            continue
        if n == g or sorted(n.split()) == sorted(g.split()):  # "Kishida Fumio" is "Fumio Kishida"
            return True
        if (len(g.split()) > 1 and n == g.split()[-1]) or (len(n.split()) > 1 and g == n.split()[-1]):
            return True
        if len(g) > 3 and len(n) > 3 and (g in n or n in g):
            return True
    return False


def participants_match(gold_event, names):
    need = min(2, len(gold_event["participants"]))
    return need > 0 and sum(same_name(p, names) for p in gold_event["participants"]) >= need


def extract(cli, gold, articles_dir):
    tmp = tempfile.mkdtemp(prefix="score-events-")
    try:
        src = os.path.join(tmp, "articles")
        os.makedirs(src)
        for a in gold["articles"]:
            shutil.copy(os.path.join(articles_dir, a["file"]), src)
        store = os.path.join(tmp, "store")
        r = subprocess.run([cli, "ingest", src, "--store", store], capture_output=True, text=True, timeout=1800)
        if r.returncode not in (0, 1):
            sys.exit(f"ingest failed ({r.returncode}): {(r.stderr or r.stdout).strip()[-300:]}")
        r = subprocess.run([cli, "query", QUERY, "--store", store, "--format", "json"], capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            sys.exit(f"query failed ({r.returncode}): {(r.stderr or r.stdout).strip()[-300:]}")
        found = {}
        for b in json.loads(r.stdout)["results"]["bindings"]:
            ev = found.setdefault((b["id"]["value"], b["e"]["value"]), {"names": set(), "places": set(), "dates": set()})
            if "an" in b: ev["names"].add(b["an"]["value"])
            if "ln" in b: ev["places"].add(b["ln"]["value"])
            if "d" in b: ev["dates"].add(b["d"]["value"][:10])
        return found
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def score(gold, found, verbose=False):
    gold_n = hit = dated = dated_ok = ok = extracted = 0
    misses, wrong_dates, spurious = [], [], []
    for a in gold["articles"]:
        aid = a["file"].rsplit(".", 1)[0]
        mine = {k: v for k, v in found.items() if k[0] == aid}
        taken = set()  # one extracted event answers one gold event; dated gold events choose first
        for g in sorted(a["events"], key=lambda g: not g.get("date")):
            gold_n += 1
            places = [p for p in [g["place"], *g.get("place_alt", [])] if p] if g.get("place") else []
            fits = [k for k, ev in mine.items() if k not in taken and participants_match(g, ev["names"])
                    and (not places or any(same_name(p, ev["places"]) for p in places))]
            if not fits:
                misses.append(f"{a['file']}: {g['type']} {', '.join(g['participants'])} @ {g.get('place')} {g.get('date') or ''}")
                continue
            best = next((k for k in fits if g.get("date") in mine[k]["dates"]), fits[0])
            taken.add(best)
            hit += 1
            if g.get("date"):
                dated += 1
                if g["date"] in mine[best]["dates"]:
                    dated_ok += 1
                else:
                    wrong_dates.append(f"{a['file']}: {', '.join(g['participants'])} gold {g['date']} got {sorted(mine[best]['dates']) or 'none'}")
        for k, ev in mine.items():
            extracted += 1
            if any(participants_match(g, ev["names"]) for g in a["events"]):
                ok += 1
            else:
                spurious.append(f"{a['file']}: {sorted(ev['names']) or 'no attendees'} @ {sorted(ev['places'])[:2]} {sorted(ev['dates'])}")
    shown = None if verbose else 10
    for title, rows in (("missed", misses), ("wrong date", wrong_dates), ("not in gold", spurious)):
        for row in rows[:shown]:
            print(f"  {title}: {row}")
        if shown and len(rows) > shown:
            print(f"  {title}: ... {len(rows) - shown} more (--verbose)")
    return {"recall": hit / gold_n if gold_n else 0.0, "precision": ok / extracted if extracted else 0.0,
            "dates": dated_ok / dated if dated else 0.0, "counts": (hit, gold_n, ok, extracted, dated_ok, dated)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("articles")
    ap.add_argument("--cli", default=shutil.which("newsgraph") or "newsgraph", help="the newsgraph command to run")
    ap.add_argument("--goals", nargs=3, type=float, default=[0.8, 0.8, 0.9], metavar=("RECALL", "PRECISION", "DATES"))
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    s = score(gold, extract(args.cli, gold, args.articles), args.verbose)
    hit, gold_n, ok, extracted, dated_ok, dated = s["counts"]
    print(f"events: recall {s['recall']:.2f} ({hit}/{gold_n}), precision {s['precision']:.2f} ({ok}/{extracted}), "
          f"dates {s['dates']:.2f} ({dated_ok}/{dated})")
    r, p, d = args.goals
    return 0 if s["recall"] >= r and s["precision"] >= p and s["dates"] >= d else 1


if __name__ == "__main__":
    sys.exit(main())
