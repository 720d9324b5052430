#!/usr/bin/env python3
"""The site build on a corpus made of the real content files, with reflections, against Hugo and against the floor.

Usage: real_corpus.py <repo-root> <work-dir> <count> [runs]
The corpus: every real page, plus copies of the real experiment files (bodies, front matter, links) under new slugs,
municipalities and dates up to <count> experiments, and a snapshot with 6 reflections per experiment
(bench/ContentGenerator `real`). Our build reads the snapshot, so experiment pages carry verdicts, lessons, goal
charts and timelines; Hugo renders title, metadata, body and list pages of the same files (bench/hugo). The floor
(bench/Floor) only reads and parses the same files and writes the bytes our build wrote. Runs alternate
ours, Hugo, floor, so drift on a noisy machine hits all three alike. Prints Markdown table rows.
"""
import os, re, shutil, statistics, subprocess, sys, time

root, work, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
# v2: barriers and learning questions carry the ids and first dates the API's write path gives them; a corpus made
# before has none, and its pages count the age of every open barrier from the year 1.
corpus = os.path.join(work, f"real-{count}-v2")
content, snapshot = os.path.join(corpus, "content"), os.path.join(corpus, "snapshot.json")
site_dll = os.path.join(root, "site", "bin", "Release", "net10.0", "TransitionLab.Site.dll")
generator = os.path.join(root, "bench", "ContentGenerator", "bin", "Release", "net10.0", "TransitionLab.Bench.ContentGenerator.dll")
floor_dll = os.path.join(root, "bench", "Floor", "bin", "Release", "net10.0", "TransitionLab.Bench.Floor.dll")

if not os.path.isfile(snapshot):
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run(["dotnet", generator, "real", os.path.join(root, "content"), str(count), content, snapshot, "6"], check=True, stdout=subprocess.DEVNULL)

def measure(argv, out, expected=0):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stdout, err = proc.stdout.read().decode(errors="replace"), proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != expected:
        sys.exit(f"{argv[:3]} failed: {err[-800:]}")
    pages = sizes = 0
    for folder, _, files in os.walk(out):
        for f in files:
            sizes += os.path.getsize(os.path.join(folder, f))
            pages += f.endswith(".html")
    return wall, usage.ru_maxrss / 1024, pages, sizes / 1048576, stdout  # ru_maxrss is KiB on Linux

def experiment_pages(out):
    folder = os.path.join(out, "experimenten")
    return sorted(os.path.getsize(os.path.join(folder, d, "index.html")) for d in os.listdir(folder)
                  if os.path.isfile(os.path.join(folder, d, "index.html")) and os.path.isfile(os.path.join(content, "experiments", d + ".md")))

# Our build first, once, so the floor has its bytes to write.
reference = os.path.join(work, f"real-out-reference-{count}")
shutil.rmtree(reference, ignore_errors=True)
measure(["dotnet", site_dll, "build", "--content", content, "--snapshot", snapshot, "--out", reference], reference)
pages = experiment_pages(reference)

tools = {
    "TransitionLab": lambda out: ["dotnet", site_dll, "build", "--content", content, "--snapshot", snapshot, "--out", out],
    "Hugo": lambda out: ["hugo", "--quiet", "--source", os.path.join(root, "bench", "hugo"), "--contentDir", content, "--destination", out],
    "floor": lambda out: ["dotnet", floor_dll, content, snapshot, reference, out],
}
results = {name: [] for name in tools}
outputs = []
for i in range(runs):
    for name, argv in tools.items():
        out = os.path.join(work, f"real-out-{name}-{count}-{i}")
        shutil.rmtree(out, ignore_errors=True)
        outputs.append(out)
        results[name].append(measure(argv(out), out))
startup = statistics.median(measure(["dotnet", floor_dll], work, expected=2)[0] for _ in range(3))  # only prints its usage: start-up alone
for out in outputs + [reference]:
    shutil.rmtree(out, ignore_errors=True)

medians = {}
print("| experiments | tool | wall | HTML pages | written | peak RSS |")
print("| --- | --- | --- | --- | --- | --- |")
for name, rows in results.items():
    medians[name] = tuple(statistics.median(r[k] for r in rows) for k in range(4))
    wall, rss, html, mib = medians[name]
    print(f"| {count} | {name} | {wall:.2f} s | {html:,.0f} | {mib:,.0f} MiB | {rss:,.0f} MiB |")
ours, hugo, floor = medians["TransitionLab"], medians["Hugo"], medians["floor"]
print(f"| {count} | **ratio ours/Hugo** | **{ours[0] / hugo[0]:.2f}** | | {ours[3] / hugo[3]:.2f} | {ours[1] / hugo[1]:.2f} |")
print(f"| {count} | ratio ours/floor | {ours[0] / floor[0]:.2f} | | | |")
inner = [re.search(r"in (\d+) ms, wrote .* in (\d+) ms", r[4]) for r in results["floor"]]
print(f"\nAt {count}: the floor reads and parses in {statistics.median(int(m.group(1)) for m in inner)} ms and writes in {statistics.median(int(m.group(2)) for m in inner)} ms,"
      f" plus {startup:.2f} s to start .NET; experiment pages: median"
      f" {statistics.median(pages) / 1024:.1f} KB, largest {pages[-1] / 1024:.1f} KB ({len(pages)} pages).\n")
