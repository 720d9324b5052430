#!/usr/bin/env python3
"""Search at national scale: what a first search downloads, how long the browser takes to answer, and how soon
a published reflection is found.

Usage: search.py <repo-root> <work-dir> [count ...]     (counts of generated experiments; default 10000)

For each count (and for the repository's own content, "today"):
1. download and answer time: builds the catalogue with the site CLI (Release), serves the output on loopback,
   and opens /zoeken/?q=<words> in headless Chromium once per query with an empty cache. The server adds up
   the bytes of every file the search fetched (search.js and /zoeken/index/); the page writes its own answer
   time (data-search-ms: from reading the query to the first results drawn) into the DOM Chromium dumps.
2. freshness: starts the API (Release) on that catalogue with a frontrunner key, files one reflection whose
   lesson holds a made-up word, and times from the 201 until both the server (/zoeken/?q=word) and the
   browser's shard file find it. Polls every 20 ms, gives up after 60 s.
"""
import http.server, json, os, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.parse, urllib.request

root, work = sys.argv[1], sys.argv[2]
counts = [int(c) for c in sys.argv[3:]] or [10000]
site_dll = os.path.join(root, "site", "bin", "Release", "net10.0", "TransitionLab.Site.dll")
api_dll = os.path.join(root, "api", "bin", "Release", "net10.0", "TransitionLab.Api.dll")
generator = os.path.join(root, "bench", "ContentGenerator", "bin", "Release", "net10.0", "TransitionLab.Bench.ContentGenerator.dll")
QUERIES = ["daklozen", "schulden", "uithuisplaatsing", "jongeren", "wijkteam generalist", "schuldhulp", "gespreksleiders",
           "privacy", "huisuitzettingen", "jongeren&gemeente=amsterdam&soort=experiment"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def content_for(count):
    if count == 0:
        return os.path.join(root, "content")
    folder = os.path.join(work, f"content-{count}")
    if not os.path.isdir(folder):
        subprocess.run(["dotnet", generator, str(count), folder], check=True, stdout=subprocess.DEVNULL)
    return folder


class Counting(http.server.SimpleHTTPRequestHandler):
    sent = []  # (path, bytes) of every file served

    def log_message(self, *args):
        pass

    def send_head(self):
        f = super().send_head()
        if f is not None:
            try:
                Counting.sent.append((urllib.parse.urlparse(self.path).path, os.fstat(f.fileno()).st_size))
            except (AttributeError, OSError):
                pass
        return f


def browser_search(base, query):
    profile = tempfile.mkdtemp(prefix="chromium-", dir=work)
    try:
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                              f"--user-data-dir={profile}", "--virtual-time-budget=30000", "--dump-dom", f"{base}/zoeken/?q={query}"],
                             capture_output=True, text=True, timeout=120).stdout
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    ms = re.search(r'data-search-ms="(\d+)"', dom)
    status = re.search(r'data-search-status[^>]*>([^<]*)<', dom)
    return (int(ms.group(1)) if ms else None), (status.group(1).strip() if status else "?")


def downloads(label, count):
    content = content_for(count)
    out = os.path.join(work, f"search-site-{label}")
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(["dotnet", site_dll, "build", "--content", content, "--out", out], check=True, stdout=subprocess.DEVNULL)
    build = time.perf_counter() - start
    index = os.path.join(out, "zoeken", "index")
    files = [os.path.join(d, f) for d, _, fs in os.walk(index) for f in fs]
    shards = [f for f in files if os.sep + "t" + os.sep in f]
    print(f"\n**{label}**: site build {build:.1f} s; index {len(files):,} files, {sum(map(os.path.getsize, files)) / 1e6:.1f} MB; "
          f"largest shard {max(map(os.path.getsize, shards)) / 1e3:.0f} KB; zoekindex.json {os.path.getsize(os.path.join(out, 'zoekindex.json')) / 1e6:.2f} MB\n")
    handler = lambda *a, **k: Counting(*a, directory=out, **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    print("| query | results | downloaded for the first search | of which index | answer in the browser |")
    print("| --- | --- | --- | --- | --- |")
    try:
        for q in QUERIES:
            Counting.sent = []
            ms, status = browser_search(base, q)
            search_bytes = sum(b for p, b in Counting.sent if p.startswith("/zoeken/index/") or p == "/search.js")
            index_bytes = sum(b for p, b in Counting.sent if p.startswith("/zoeken/index/"))
            print(f"| `{urllib.parse.unquote(q)}` | {status} | {search_bytes / 1e3:.0f} KB | {index_bytes / 1e3:.0f} KB | {ms if ms is not None else '?'} ms |")
    finally:
        server.shutdown()


def freshness(label, count):
    content = content_for(count)
    data = tempfile.mkdtemp(prefix=f"search-fresh-{label}-", dir=work)
    slug = "netwerkberaden-walcheren" if count == 0 else "experiment-00042"
    made = subprocess.run(["dotnet", api_dll, "keys", "create", "--role", "frontrunner", "--experiment", slug, "--data", data],
                          capture_output=True, text=True)
    key = re.findall(r"tl_[A-Za-z0-9_-]+", made.stdout + made.stderr)[-1]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(data, "api.log"), "w+")
    api = subprocess.Popen(["dotnet", api_dll, "--urls", base, "--data", data, "--content", content], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(base + "/zoeken/index/manifest.json", timeout=5).status == 200: break
            except Exception:
                time.sleep(0.5)
        body = json.load(open(os.path.join(root, "bench", "wrk", "reflection.json")))
        body["goals"] = []
        body["contexts"] = [{"area": "Bench-wijk", "direction": "positive"}]
        word = "zoekproefwoord" + str(int(time.time()) % 100000).translate(str.maketrans("0123456789", "abcdefghij"))
        body["lessons"]["lessonsLearned"] = f"Het {word} komt op geen andere pagina voor."
        body["cycle"] = 900
        request = urllib.request.Request(f"{base}/api/experiments/{slug}/reflections", data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as r:
            assert r.status == 201, r.status
        server_at = shard_at = None
        shard = f"{base}/zoeken/index/t/{word[:2]}.json"
        while (server_at is None or shard_at is None) and time.perf_counter() - start < 60:
            now = time.perf_counter() - start
            if server_at is None and f"/experimenten/{slug}/" in urllib.request.urlopen(f"{base}/zoeken/?q={word}", timeout=60).read().decode():
                server_at = now
            if shard_at is None and word[:-1] in urllib.request.urlopen(shard, timeout=60).read().decode():
                shard_at = now
            time.sleep(0.02)
        fmt = lambda t: f"{t:.2f} s" if t is not None else "not within 60 s"
        # The API's own account of the rebuild: total, pages, and when the search index was on disk.
        rebuilt = ""
        while not rebuilt and time.perf_counter() - start < 120:
            log.flush()
            rebuilt = next((line.strip() for line in open(log.name) if "pages that list" in line and slug in line), "")
            time.sleep(0.2)
        print(f"| {label} | {fmt(server_at)} | {fmt(shard_at)} | {re.sub(r'^.*?Re-rendered', 'Re-rendered', rebuilt) or '?'} |")
    finally:
        api.terminate()
        api.wait(30)


parts = os.environ.get("SEARCH_PARTS", "downloads,freshness").split(",")
if "downloads" in parts:
    for count in [0] + counts:
        downloads("today" if count == 0 else f"{count:,} experiments", count)
if "freshness" not in parts:
    sys.exit(0)
print("\n| catalogue | published reflection found by the server (no JavaScript) | … and in the browser's shard | the API's log of that rebuild |")
print("| --- | --- | --- | --- |")
for count in [0] + counts:
    freshness("today" if count == 0 else f"{count:,} experiments", count)
