#!/usr/bin/env python3
"""Time from a stored reflection (201) to the re-rendered experiment page being served.

Usage: incremental.py <repo-root> <work-dir> [runs]
Starts the API (Release build) on a fresh store with demo data, files `runs` reflections through the
JSON API with the demo frontrunner key, and after each one polls the experiment page until it shows
the new cycle. Prints the median and p90 of those times and the median render-and-write cost the
API logs for the re-rendering itself.
"""
import json, os, re, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served import start_api, wait_until_served, reflection_to_page, median, p90

root, work = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
data = tempfile.mkdtemp(prefix="incremental-", dir=work)
log = os.path.join(data, "api.log")
api, base = start_api(root, data, os.path.join(root, "content"), log)
try:
    wait_until_served(api, base, "/healthz")
    key = slug = None
    for _ in range(240):
        m = re.search(r"Demo frontrunner key \(([a-z0-9-]+)\): (tl_[A-Za-z0-9_-]+)", open(log).read())
        if m:
            slug, key = m.group(1), m.group(2)
            break
        time.sleep(0.25)
    if not key: sys.exit("the API printed no demo key:\n" + open(log).read()[-2000:])

    body = json.load(open(os.path.join(root, "bench", "wrk", "reflection.json")))
    body["goals"] = []
    body["contexts"] = [{"area": "Bench-wijk", "direction": "positive"}]
    times = reflection_to_page(base, slug, key, body, runs)
    own = [int(x) for x in re.findall(r"Re-rendered the own pages of .*?, in (\d+) ms", open(log).read())]
    renders = [int(x) for x in re.findall(r"render and write (\d+) ms", open(log).read())]
    print(f"| stored reflection → updated page served (median of {runs}) | {median(times):.0f} ms | p90 {p90(times):.0f} ms |")
    if own:
        print(f"| re-render and write the experiment's own pages (median of {len(own)}) | {median(own):.0f} ms | |")
    if renders:
        print(f"| re-render and write the lists that show it (median of {len(renders)}) | {median(renders):.0f} ms | |")
finally:
    api.terminate(); api.wait(10)
