#!/usr/bin/env python3
"""Time from a stored reflection (201) to the re-rendered experiment page being served.

Usage: incremental.py <repo-root> <work-dir> [runs]
Starts the API (Release build) on a fresh store with demo data, files `runs` reflections through the
JSON API with the demo frontrunner key, and after each one polls the experiment page until it shows
the new cycle. Prints the median and p90 of those times and the median render-and-write cost the
API logs for the re-rendering itself.
"""
import json, os, re, socket, statistics, subprocess, sys, tempfile, time, urllib.request

root, work = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
dll = os.path.join(root, "api", "bin", "Release", "net10.0", "TransitionLab.Api.dll")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
base = f"http://127.0.0.1:{port}"
data = tempfile.mkdtemp(prefix="incremental-", dir=work)
log = open(os.path.join(data, "api.log"), "w+")
api = subprocess.Popen(["dotnet", dll, "--urls", base, "--data", data, "--content", os.path.join(root, "content")], stdout=log, stderr=subprocess.STDOUT)
try:
    key = slug = None
    for _ in range(240):
        log.flush(); text = open(log.name).read()
        m = re.search(r"Demo frontrunner key \(([a-z0-9-]+)\): (tl_[A-Za-z0-9_-]+)", text)
        if m:
            slug, key = m.group(1), m.group(2)
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2); break
            except Exception: pass
        time.sleep(0.25)
    if not key: sys.exit("the API did not start:\n" + open(log.name).read()[-2000:])

    body = json.load(open(os.path.join(root, "bench", "wrk", "reflection.json")))
    body["goals"] = []
    body["contexts"] = [{"area": "Bench-wijk", "direction": "positive"}]
    page = f"{base}/experimenten/{slug}/"
    times = []
    for i in range(runs):
        body["cycle"] = 500 + i
        req = urllib.request.Request(f"{base}/api/experiments/{slug}/reflections", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
        start = time.perf_counter()
        with urllib.request.urlopen(req, timeout=20) as r:
            assert r.status == 201, r.status
        marker = f'data-cycle="{500 + i}"'
        while True:
            with urllib.request.urlopen(page, timeout=20) as r:
                if marker in r.read().decode():
                    break
            if time.perf_counter() - start > 30: sys.exit(f"cycle {500 + i} not served within 30 s")
            time.sleep(0.005)
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.2)
    log.flush()
    renders = [int(x) for x in re.findall(r"render and write (\d+) ms", open(log.name).read())]
    times.sort()
    print(f"| stored reflection → updated page served (median of {runs}) | {statistics.median(times):.0f} ms | p90 {times[int(0.9 * (len(times) - 1))]:.0f} ms |")
    if renders:
        print(f"| re-render and write the pages of one experiment (median of {len(renders)}) | {statistics.median(renders):.0f} ms | |")
finally:
    api.terminate(); api.wait(10)
