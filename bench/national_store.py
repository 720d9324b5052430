#!/usr/bin/env python3
"""The main job on a store the size of a national deployment.

Usage: national_store.py <repo-root> <work-dir> [experiments=20000] [cycles=10]
Builds, once per work folder, a corpus of <experiments> experiments from the real content files and a store holding
<cycles> reflections of each (200,000 by default), filed through the API's own write path: POST
/api/experiments/{slug}/reflections with frontrunner keys, every 201 journaled and fsync'd. Then, on that store:
the time from starting the API (Release) to its first served page, GET experiment and POST reflection under wrk,
a stored reflection to its served page, the pages one rebuild touches, and the API's resident memory.
Prints Markdown table rows.
"""
import json, os, queue, re, shutil, subprocess, sys, threading, time, http.client, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served import start_api, wait_until_served, memory, post, reflection_to_page, median, p90

root, work = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
cycles = int(sys.argv[4]) if len(sys.argv) > 4 else 10
PACED_WRITES = 2000  # the durable writes per second
# Long enough to hold several rebuilds of the lists behind the writes (one takes 12 to 17 s, then rests twice as
# long): a 30 s window could fall between two and miss the pauses they cause.
PACED_SECONDS = 120
# v2: each cycle's own texts are unique to it (the generator's --own-cycle-texts), as a real store's are; a store of
# the first version is left alone and a new one is filled.
folder = os.path.join(work, f"national-{count}x{cycles}-v2")
content, snapshot, data = (os.path.join(folder, name) for name in ("content", "snapshot.json", "data"))
loaded_marker = os.path.join(folder, "loaded.json")
api_dll = os.path.join(root, "api", "bin", "Release", "net10.0", "TransitionLab.Api.dll")
generator = os.path.join(root, "bench", "ContentGenerator", "bin", "Release", "net10.0", "TransitionLab.Bench.ContentGenerator.dll")
WRITE_FIELDS = {"cycle", "date", "periodStart", "periodEnd", "rolesPresent", "stage", "xCurve", "hypothesis", "loop", "goals",
                "peopleReached", "dataReliability", "evidenceLevel", "workingCore", "contexts", "barriers", "learningQuestions",
                "route", "sustainment", "lessons", "processEvaluationDone"}
KEY_SPAN = 500  # experiments per frontrunner key
# The snapshot names evidence levels by code; the write API takes their number.
EVIDENCE = {"described": 1, "theory-of-change": 2, "first-indications": 3, "good-indications": 4, "strong-indications": 5}


def load_store():
    """Fills a new store through the write path and leaves it stopped; returns what the load measured."""
    subprocess.run(["dotnet", generator, "real", os.path.join(root, "content"), str(count), content, snapshot, str(cycles), "--own-cycle-texts"],
                   check=True, stdout=subprocess.DEVNULL)
    os.makedirs(data, exist_ok=True)
    created = subprocess.run(["dotnet", api_dll, "keys", "create", "--role", "admin", "--data", data],
                             check=True, capture_output=True, text=True).stdout
    admin = re.search(r"tl_[A-Za-z0-9_-]+", created).group(0)
    reflections = json.load(open(snapshot))["reflections"]
    by_experiment = {}
    for r in reflections:
        body = {k: v for k, v in r.items() if k in WRITE_FIELDS}
        body["evidenceLevel"] = EVIDENCE[body["evidenceLevel"]]
        # What the store derives (identities, first-seen dates, completeness) is not for the writer to send.
        body["workingCore"] = {k: body["workingCore"][k] for k in ("fixed", "variable")}
        body["barriers"] = [{k: v for k, v in b.items() if k not in ("id", "firstSeen")} for b in body["barriers"]]
        body["learningQuestions"] = [{k: v for k, v in q.items() if k not in ("id", "firstSeen")} for q in body["learningQuestions"]]
        body["goals"] = [{k: v for k, v in g.items() if v is not None} for g in body["goals"]]
        by_experiment.setdefault(r["experimentSlug"], []).append(body)

    api, base = start_api(root, data, content, os.path.join(folder, "load.log"), "--Demo", "off")
    try:
        first_start = wait_until_served(api, base, "/healthz", timeout=1800)
        slugs = sorted(by_experiment)
        keys = {}
        for i in range(0, len(slugs), KEY_SPAN):
            _, created = post(base, "/api/keys", admin, {"role": "frontrunner", "experiments": slugs[i:i + KEY_SPAN], "label": "bench"})
            for slug in slugs[i:i + KEY_SPAN]:
                keys[slug] = created["key"]
        work_queue = queue.Queue()
        for slug in slugs:
            work_queue.put(slug)
        failures, filed = [], [0]
        lock = threading.Lock()
        host = urllib.parse.urlparse(base)

        def worker():
            connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
            while True:
                try:
                    slug = work_queue.get_nowait()
                except queue.Empty:
                    return
                for body in sorted(by_experiment[slug], key=lambda b: b["cycle"]):  # one experiment's cycles in order
                    connection.request("POST", f"/api/experiments/{slug}/reflections", json.dumps(body),
                                       {"Content-Type": "application/json", "Authorization": f"Bearer {keys[slug]}"})
                    response = connection.getresponse()
                    text = response.read()
                    with lock:
                        if response.status == 201:
                            filed[0] += 1
                        elif len(failures) < 5:
                            failures.append(f"{slug} cycle {body['cycle']}: {response.status} {text[:300]!r}")

        started = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(16)]
        for t in threads: t.start()
        for t in threads: t.join()
        elapsed = time.perf_counter() - started
        if failures:
            sys.exit("reflections refused while loading the store:\n" + "\n".join(failures))
        result = {"experiments": len(slugs), "reflections": filed[0], "seconds": round(elapsed, 1),
                  "key_slugs": key_slugs(slugs),
                  "first_start_seconds": round(first_start, 1), "key": keys[slugs[len(slugs) // 2]], "slug": slugs[len(slugs) // 2],
                  "other_slug": slugs[len(slugs) // 3], "other_key": keys[slugs[len(slugs) // 3]]}
    finally:
        api.terminate(); api.wait(60)
    json.dump(result, open(loaded_marker, "w"))
    return result


def wrk(args, out, env=None, seconds=30):
    """5 s of warm-up, then `seconds` measured; returns (requests/s, p50 ms, p99 ms, non-2xx count)."""
    subprocess.run(["wrk", "-t2", "-c32", "-d5s", *args], check=True, stdout=subprocess.DEVNULL, env=env)  # warm-up, not counted
    text = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", *args], check=True, capture_output=True, text=True, env=env).stdout
    open(out, "w").write(text)
    return wrk_figures(text)


def wrk_figures(text):
    def latency(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", text, re.M)
        v, u = float(m.group(1)), m.group(2)
        return v / 1000 if u == "us" else v * 1000 if u == "s" else v
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)), latency(50), latency(99), int(errors.group(1)) if errors else 0


def key_slugs(slugs):
    """The experiments of the frontrunner key that the measuring runs use: the block of KEY_SPAN holding the middle slug."""
    start = len(slugs) // 2 // KEY_SPAN * KEY_SPAN
    return slugs[start:start + KEY_SPAN]


if not os.path.isfile(loaded_marker):
    load = load_store()
else:
    load = json.load(open(loaded_marker))
if "key_slugs" not in load:  # a store loaded before the spread POST load: the key's experiments, as load_store chose them
    load["key_slugs"] = key_slugs(sorted({r["experimentSlug"] for r in json.load(open(snapshot))["reflections"]}))
    assert load["slug"] in load["key_slugs"]
    json.dump(load, open(loaded_marker, "w"))
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(data) for f in fs if not d.startswith(os.path.join(data, "site")))
print(f"store: {load['experiments']:,} experiments, {load['reflections']:,} reflections filed through POST in {load['seconds']} s "
      f"({load['reflections'] / load['seconds']:,.0f}/s with 16 clients while the site rebuilt behind them); store files {size / 1048576:,.0f} MiB")
print()
print("| measure | value | |")
print("| --- | --- | --- |")

# Each run measures a copy: the POST load files a few hundred thousand more reflections, which must not pile up
# in the store the next run starts from.
run_data = os.path.join(folder, "run-data")
shutil.rmtree(run_data, ignore_errors=True)
shutil.copytree(data, run_data)
log = os.path.join(folder, "run.log")
api, base = start_api(root, run_data, content, log, "--Demo", "off", "--Logging:Console:TimestampFormat", "HH:mm:ss.fff ")
launched = time.time()
try:
    slug, key = load["slug"], load["key"]
    first_page = wait_until_served(api, base, f"/experimenten/{slug}/", timeout=1800)
    rss, _ = memory(api.pid)
    print(f"| start on the full store → first experiment page served | {first_page:.1f} s | the last run's site, served while the new one is built |")
    print(f"| resident memory at the first page | {rss:,.0f} MiB | |")
    # The load tests measure the node at work, not while it builds the whole site once after a start.
    deadline = time.time() + 1800
    while not (built := re.search(r"Built the site: (\d+) files in (\d+) ms", open(log).read())) and time.time() < deadline:
        time.sleep(1)
    if not built:
        sys.exit("the site build after start did not finish within 30 minutes")
    # Where the start went: seconds from launch to each step the API logs (a restart listens before its import ends).
    day = time.strftime("%Y-%m-%d ", time.localtime(launched))
    steps = []
    for label, pattern in (("store opened", r"Opened .*transitionlab.db"), ("catalogue imported", r"Imported \d+ experiments"),
                           ("listening", r"Now listening on")):
        m = re.search(rf"^(\d\d:\d\d:\d\d\.\d+) \w+: [^\n]*\n\s+{pattern}", open(log).read(), re.M)
        if m:
            steps.append(f"{label} {time.mktime(time.strptime(day + m.group(1)[:8], '%Y-%m-%d %H:%M:%S')) + float('0.' + m.group(1)[9:]) - launched:.1f} s")
    print(f"| … of which (seconds after launch) | {', '.join(steps)} | |")
    print(f"| the full site build behind it | {int(built.group(2)) / 1000:.1f} s | {int(built.group(1)):,} files |")
    time.sleep(5)
    rss, peak = memory(api.pid)
    print(f"| resident memory with the full store, after that build (peak) | {rss:,.0f} MiB ({peak:,.0f} MiB) | |")

    rps, p50, p99, errors = wrk([f"{base}/api/experiments/{slug}"], os.path.join(folder, "get.txt"))
    print(f"| GET /api/experiments/{{slug}} (wrk -t2 -c32 30 s) | {rps:,.0f}/s | p50 {p50:.2f} ms, p99 {p99:.2f} ms, {errors} errors |")
    body = os.path.join(folder, "post-body.json")
    reflection = json.load(open(os.path.join(root, "bench", "wrk", "reflection.json")))
    reflection.update(goals=[], cycle=cycles + 1)
    json.dump(reflection, open(body, "w"))
    slugs_file = os.path.join(folder, "post-slugs.txt")
    open(slugs_file, "w").write("\n".join(load["key_slugs"]) + "\n")
    env = dict(os.environ, TL_KEY=key, TL_BODY=body, TL_SLUGS=slugs_file)
    rps, p50, p99, errors = wrk(["-s", os.path.join(root, "bench", "wrk", "post-reflections-spread.lua"), f"{base}/api/experiments/{slug}/reflections"],
                                os.path.join(folder, "post.txt"), env)
    print(f"| POST /api/experiments/{{slug}}/reflections, every 201 durable, spread over the {len(load['key_slugs'])} experiments of one key "
          f"(wrk -t2 -c32 30 s) | {rps:,.0f}/s | p50 {p50:.2f} ms, p99 {p99:.2f} ms, {errors} errors |")
    # The target is a latency at a rate. The run above saturates the server, so its latency is the queue of 32
    # connections; this one offers the target's 2,000 writes/s, spread the same way.
    rps, p50, p99, errors = wrk(["-s", os.path.join(root, "bench", "wrk", "post-reflections-spread.lua"), f"{base}/api/experiments/{slug}/reflections"],
                                os.path.join(folder, "post-paced.txt"), dict(env, TL_RATE=str(PACED_WRITES), TL_THREADS="2"), PACED_SECONDS)
    print(f"| POST as above, paced at {PACED_WRITES:,} writes/s offered (wrk -t2 -c32 {PACED_SECONDS} s, TL_RATE) "
          f"| {rps:,.0f}/s | p50 {p50:.2f} ms, p99 {p99:.2f} ms, {errors} errors |")

    # Freshness on an experiment the load test did not swamp: its history is a real one, ten cycles long.
    before = len(open(log).read())
    times = reflection_to_page(base, load["other_slug"], load["other_key"], dict(reflection, cycle=cycles + 1), 20)
    written = open(log).read()[before:]
    own = re.findall(r"Re-rendered the own pages of .*?: (\d+) pages, (\d+) files replaced, in (\d+) ms", written)
    lists = re.findall(r"Re-rendered (\d+) pages that list .*?, replaced (\d+) files, in (\d+) ms \(render and write (\d+) ms\)", written)
    print(f"| stored reflection → its experiment page served (20 writes, one every 200 ms) | {median(times):.0f} ms | p90 {p90(times):.0f} ms |")
    html_pages = sum(1 for d, _, fs in os.walk(os.path.join(run_data, "site")) for f in fs if f.endswith(".html"))
    if own:
        print(f"| own pages lane: pages per rebuild / time | {median([int(r[0]) for r in own]):.0f} pages / {median([int(r[2]) for r in own]):.0f} ms | median of {len(own)} rebuilds |")
    if lists:
        print(f"| lists lane: pages per rebuild / files replaced / time | {median([int(r[0]) for r in lists]):.0f} pages / {median([int(r[1]) for r in lists]):.0f} files / "
              f"{median([int(r[2]) for r in lists]):,.0f} ms | median of {len(lists)} rebuilds, of {html_pages:,} pages |")
    rss, peak = memory(api.pid)
    print(f"| resident memory after the load tests (peak) | {rss:,.0f} MiB ({peak:,.0f} MiB) | |")
    # The load of earlier rounds, kept as a stress figure: every write on one experiment, which then holds tens of
    # thousands of reflections, and its own page and verdict grow with them.
    rps, p50, p99, errors = wrk(["-s", os.path.join(root, "bench", "wrk", "post-reflection.lua"), f"{base}/api/experiments/{slug}/reflections"],
                                os.path.join(folder, "post-one.txt"), env)
    print(f"| stress: POST, every write on one experiment (wrk -t2 -c32 30 s) | {rps:,.0f}/s | p50 {p50:.2f} ms, p99 {p99:.2f} ms, {errors} errors |")
finally:
    api.terminate(); api.wait(60)
    shutil.rmtree(run_data, ignore_errors=True)
