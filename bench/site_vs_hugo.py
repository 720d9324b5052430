#!/usr/bin/env python3
"""Build the same generated content with TransitionLab's generator and with Hugo, alternating A B A B.

Usage: site_vs_hugo.py <repo-root> <work-dir> <count> [runs]
Prints one Markdown table row per tool and the ratio ours/Hugo (medians of wall time and peak RSS).
"""
import os, shutil, statistics, subprocess, sys, time

root, work, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
content = os.path.join(work, f"content-{count}")
site_dll = os.path.join(root, "site", "bin", "Release", "net10.0", "TransitionLab.Site.dll")

if not os.path.isdir(content):
    subprocess.run(["dotnet", os.path.join(root, "bench", "ContentGenerator", "bin", "Release", "net10.0",
                    "TransitionLab.Bench.ContentGenerator.dll"), str(count), content], check=True, stdout=subprocess.DEVNULL)

def measure(argv, out):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{argv[0]} failed: {err[-500:]}")
    pages = sum(1 for _, _, files in os.walk(out) for f in files if f.endswith(".html"))
    return wall, usage.ru_maxrss / 1024, pages  # ru_maxrss is KiB on Linux

tools = {
    "TransitionLab": lambda out: ["dotnet", site_dll, "build", "--content", content, "--out", out],
    "Hugo": lambda out: ["hugo", "--quiet", "--source", os.path.join(root, "bench", "hugo"), "--contentDir", content, "--destination", out],
}
results = {name: [] for name in tools}
# Every run writes to a folder of its own: creating 10,000 folders right after deleting as many is slow on
# ext4, and would charge one tool for the other's clean-up. The folders go once all runs are done.
outputs = []
for i in range(runs):  # alternate so drift on a noisy machine hits both tools alike
    for name, argv in tools.items():
        out = os.path.join(work, f"out-{name}-{count}-{i}")
        shutil.rmtree(out, ignore_errors=True)
        outputs.append(out)
        results[name].append(measure(argv(out), out))
for out in outputs:
    shutil.rmtree(out, ignore_errors=True)

medians = {}
for name, rows in results.items():
    wall = statistics.median(r[0] for r in rows)
    rss = statistics.median(r[1] for r in rows)
    pages = rows[-1][2]
    medians[name] = (wall, rss, pages)
    print(f"| {count} | {name} | {wall:.2f} s | {pages} | {pages / wall:,.0f} | {rss:,.0f} MiB |")
ours, hugo = medians["TransitionLab"], medians["Hugo"]
print(f"| {count} | ratio ours/Hugo | {ours[0] / hugo[0]:.2f} | | | {ours[1] / hugo[1]:.2f} |")
