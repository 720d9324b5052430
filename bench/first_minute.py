#!/usr/bin/env python3
"""A new user's first minute: from a fresh clone to the site answering, split into restore, build and start, and
then a second start on the store the first one left (nothing to restore, build or seed).

Usage: first_minute.py <repo-root> <work-dir>
Clones the committed HEAD of <repo-root>, so uncommitted changes are not measured. The restore reads packages from
this machine's NuGet cache when they are there; on a machine without them it downloads them, which this does not
measure. Each start runs what README.md tells a new user to run, `dotnet run --project api`, with a port and a data
folder of its own, and ends when the home page answers 200.
"""
import os, shutil, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served import free_port, wait_until_served

root, work = sys.argv[1], sys.argv[2]
scratch = tempfile.mkdtemp(prefix="first-minute-", dir=work)
clone, data = os.path.join(scratch, "repo"), os.path.join(scratch, "data")
env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, cwd=clone, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def start(*extra):
    port = free_port()
    began = time.perf_counter()
    api = subprocess.Popen(["dotnet", "run", "--project", "api", *extra, "--", "--urls", f"http://127.0.0.1:{port}", "--data", data],
                           cwd=clone, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_until_served(api, f"http://127.0.0.1:{port}", "/", timeout=600)
        return time.perf_counter() - began
    finally:
        api.terminate(); api.wait(60)


try:
    subprocess.run(["git", "clone", "-q", root, clone], check=True)
    restore = timed(["dotnet", "restore", "api"])
    build = timed(["dotnet", "build", "api", "--no-restore", "-nologo", "-v", "q"])
    first = start("--no-build")
    again = start()          # what a returning user types: dotnet checks restore and build are up to date, then starts
    bare = start("--no-build")  # the start itself: existing store, nothing to build
    print("| step | time |")
    print("| --- | --- |")
    print(f"| restore (`dotnet restore api`, packages from the machine's cache) | {restore:.1f} s |")
    print(f"| build (`dotnet build api`) | {build:.1f} s |")
    print(f"| first start: new store, catalogue import, demo data, full site build, home page served | {first:.1f} s |")
    print(f"| **fresh clone to site answering** | **{restore + build + first:.1f} s** |")
    print(f"| second start with `dotnet run --project api` (up-to-date checks, existing store) | {again:.1f} s |")
    print(f"| second start without the up-to-date checks (`--no-build`): the start itself | {bare:.1f} s |")
finally:
    shutil.rmtree(scratch, ignore_errors=True)
