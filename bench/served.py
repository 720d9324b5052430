"""What the API benchmarks share: starting the Release API, waiting for it, timing a reflection to its served page."""
import json, os, re, socket, statistics, subprocess, time, urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_api(root, data, content, log_path, *extra):
    """Starts the Release API on a free port; returns (process, base url). The per-key write limit is lifted:
    the benchmarks measure the store, not the limit that protects production from a runaway client."""
    base = f"http://127.0.0.1:{free_port()}"
    dll = os.path.join(root, "api", "bin", "Release", "net10.0", "TransitionLab.Api.dll")
    log = open(log_path, "w")
    api = subprocess.Popen(["dotnet", dll, "--urls", base, "--data", data, "--content", content,
                            "--RateLimits:WritesPerMinute", "100000000", *extra], stdout=log, stderr=subprocess.STDOUT)
    return api, base


def wait_until_served(api, base, path, timeout=600):
    """Seconds until `path` answers 200, polled every 20 ms."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if api.poll() is not None:
            raise SystemExit(f"the API stopped with exit code {api.returncode}")
        try:
            with urllib.request.urlopen(base + path, timeout=5) as r:
                if r.status == 200:
                    return time.perf_counter() - start
        except Exception:
            pass
        time.sleep(0.02)
    raise SystemExit(f"{path} was not served within {timeout} s")


def memory(pid):
    """Resident and peak resident memory of a process in MiB, from /proc."""
    status = open(f"/proc/{pid}/status").read()
    kib = lambda field: int(re.search(rf"^{field}:\s+(\d+) kB", status, re.M).group(1))
    return kib("VmRSS") / 1024, kib("VmHWM") / 1024


def post(base, path, key, body, timeout=20):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=timeout) as r:
        return r.status, json.loads(r.read() or b"null")


def reflection_to_page(base, slug, key, body, runs, first_cycle=500):
    """Files `runs` reflections for `slug`, one every 200 ms; after each, polls the experiment page until it shows
    the new cycle. Returns the times in milliseconds, sorted."""
    page = f"{base}/experimenten/{slug}/"
    times = []
    for i in range(runs):
        body = dict(body, cycle=first_cycle + i)
        start = time.perf_counter()
        status, _ = post(base, f"/api/experiments/{slug}/reflections", key, body)
        assert status == 201, status
        marker = f'data-cycle="{first_cycle + i}"'
        while True:
            with urllib.request.urlopen(page, timeout=20) as r:
                if marker in r.read().decode():
                    break
            if time.perf_counter() - start > 30:
                raise SystemExit(f"cycle {first_cycle + i} not served within 30 s")
            time.sleep(0.005)
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.2)
    return sorted(times)


def p90(sorted_values):
    return sorted_values[int(0.9 * (len(sorted_values) - 1))]


def median(values):
    return statistics.median(values)
