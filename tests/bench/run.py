#!/usr/bin/env python3
"""The starbank benchmark: prints its figures as Markdown.

usage: run.py --starbank BIN --floor BIN [--sizes 1000,10000,100000]
              [--work DIR] [--jobs N] [--repeat R] [--start-runs K]

Run it through `tools/run bench`, which installs what is missing, makes a
Release build of starbank and of the parse-only baseline (parse_floor.cc) in
build-bench/, and calls this script. For each N it generates N stories with
gen_stories.py (one per file, and 100 per file), then times, in the same run
and interleaved so that load on a shared machine hits both alike:

  - parse_floor: yaml-cpp loads each file and visits every scalar, on as many
    threads as starbank uses (the floor starbank is measured against);
  - starbank lint, map (whole bank and one principle) and plan;
  - yamllint on the same files, when it is installed;
  - the whole-process time of `starbank lint one.yaml` against `cat one.yaml`
    (median of K runs each).

Times are medians of R runs (one run at N >= 100,000). Peak RSS is what
/usr/bin/time -v prints as "Maximum resident set size" (package `time`). The ratios are what to read: absolute times on
a shared machine are noise.
"""
import argparse
import atexit
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RSS_DIR = tempfile.mkdtemp(prefix="starbank-bench-")
atexit.register(shutil.rmtree, RSS_DIR, True)
PER_FILE = 100  # stories per file in the many-per-file form

TARGET_FLOOR_RATIO = 0.85
TARGET_YAMLLINT = 30.0
TARGET_START = 3.0
TARGET_RSS_MB = 40.0


TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run(argv):
    """Runs argv to completion; returns (seconds, peak RSS in KiB, status).

    The RSS comes from GNU time (`/usr/bin/time -f %M`, the figure -v prints
    as "Maximum resident set size"). wait4's ru_maxrss from this script would
    count the Python process the child was forked from.
    """
    rss_file = None
    if TIME:
        rss_file = os.path.join(RSS_DIR, "rss")
        argv = [TIME, "-f", "%M", "-o", rss_file] + argv
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss
    if rss_file:
        with open(rss_file) as f:
            # GNU time prints "Command exited with non-zero status N" first.
            rss = int(f.read().split()[-1])
    return seconds, rss, proc.returncode


def spawn_time(argv, devnull):
    """Whole-process wall time of argv, the way hyperfine -N measures it."""
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                       (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"run.py: {' '.join(argv)} failed ({status})")
    return seconds


class Measure:
    """Runs named commands round-robin and keeps each one's figures."""

    def __init__(self):
        self.times = {}
        self.rss = {}

    def add(self, name, argv, ok=(0,)):
        seconds, rss, status = run(argv)
        if status not in ok:
            sys.exit(f"run.py: {' '.join(argv)} exited {status}")
        self.times.setdefault(name, []).append(seconds)
        self.rss[name] = max(self.rss.get(name, 0), rss)

    def median(self, name):
        return statistics.median(self.times[name])


def generate(n, out, per_file):
    stamp = os.path.join(out, ".done")
    if os.path.exists(stamp):
        return
    subprocess.run([sys.executable, os.path.join(HERE, "gen_stories.py"),
                    str(n), out, "--per-file", str(per_file)],
                   check=True, stdout=subprocess.DEVNULL)
    open(stamp, "w").close()


def floor_files(floor, jobs, path):
    out = subprocess.run([floor, "--jobs", str(jobs), path], check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[out.index("files") + 1])


def machine(args):
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            mem = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    version = subprocess.run([args.starbank, "--version"], capture_output=True,
                             text=True).stdout.strip()
    yaml_cpp = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libyaml-cpp-dev"],
                              capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()[0]
    return [f"- {os.cpu_count()} cores ({cpu}){mem}, {osname}, "
            f"Linux {platform.release()}",
            f"- {version}, Release build; yaml-cpp {yaml_cpp or '?'}; "
            f"{args.jobs} worker threads for both starbank and parse_floor",
            f"- load average when the run started: {load:.2f}"]


def yamllint_version():
    try:
        out = subprocess.run(["yamllint", "--version"], capture_output=True,
                             text=True)
    except OSError:
        return None
    return out.stdout.strip() or out.stderr.strip() or None


def fmt_time(s):
    return f"{s * 1000:.0f} ms" if s < 10 else f"{s:.1f} s"


def verdict(ok):
    return "met" if ok else "**missed**"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--starbank", required=True)
    p.add_argument("--floor", required=True)
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--work", default="build-bench/stories")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--start-runs", type=int, default=300)
    p.add_argument("--no-yamllint", action="store_true")
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    sb = os.path.abspath(args.starbank)
    floor = os.path.abspath(args.floor)
    jobs = ["--jobs", str(args.jobs)]
    yl = None if args.no_yamllint else yamllint_version()

    print("# starbank benchmark\n")
    print("\n".join(machine(args)))
    print(f"- yamllint: {yl or 'not installed (ratio skipped)'}")
    if not TIME:
        print("- /usr/bin/time is missing (package `time`): RSS figures include "
              "this script's own, as wait4 reports them")
    print(f"- stories: tests/bench/gen_stories.py (1-2 KB each, strong and weak mixed); "
          f"times are medians of {args.repeat} interleaved runs (1 run at N >= 100,000)\n")

    rows, many_rows, bank_rows, targets = [], [], [], {}
    for n in sizes:
        one = os.path.join(args.work, f"n{n}")
        many = os.path.join(args.work, f"n{n}x{PER_FILE}")
        print(f"<!-- generating {n} stories -->", file=sys.stderr)
        generate(n, one, 1)
        generate(n, many, PER_FILE)
        files = floor_files(floor, args.jobs, one)
        if files != n:
            sys.exit(f"run.py: expected {n} files under {one}, parse_floor saw {files}")
        repeat = 1 if n >= 100000 else args.repeat
        m = Measure()
        print(f"<!-- timing N={n} -->", file=sys.stderr)
        for _ in range(repeat):
            m.add("floor", [floor] + jobs + [one])
            m.add("events", [floor, "--events"] + jobs + [one])
            m.add("lint", [sb, "lint"] + jobs + [one], ok=(0, 1))
            m.add("floor_many", [floor] + jobs + [many])
            m.add("lint_many", [sb, "lint"] + jobs + [many], ok=(0, 1))
            m.add("map", [sb, "map"] + jobs + [one])
            m.add("map_p", [sb, "map", "--principle", "Deliver Results"] + jobs + [one])
            m.add("plan", [sb, "plan", "--principles", "loop-core"] + jobs + [one])
        if yl:
            # yamllint is 20-40x slower: one run, and its exit status is
            # 1 whenever it has something to say about a file.
            m.add("yamllint", ["yamllint", "-f", "parsable", one], ok=(0, 1))
        fl, lt = m.median("floor"), m.median("lint")
        ratio = fl / lt
        ylr = m.median("yamllint") / lt if yl else None
        rows.append((n, n / fl, n / m.median("events"), n / lt, ratio,
                     m.median("yamllint") if yl else None, ylr,
                     m.rss["floor"] / 1024, m.rss["lint"] / 1024))
        many_rows.append((n, n // PER_FILE, n / m.median("floor_many"),
                          n / m.median("lint_many"),
                          m.median("floor_many") / m.median("lint_many"),
                          m.rss["lint_many"] / 1024))
        bank_rows.append((n, m.median("map"), m.median("map_p"), m.median("plan"),
                          max(m.rss["map"], m.rss["map_p"], m.rss["plan"]) / 1024))
        if n == 10000:
            targets["floor"] = ratio
            targets["yamllint"] = ylr
        if n == 100000:
            targets["rss"] = max(m.rss["lint"], m.rss["lint_many"]) / 1024

    print("## Lint against the parse floor, one story per file\n")
    print("| N | parse_floor files/s | (event parser only) | starbank lint files/s "
          "| lint / floor | yamllint | yamllint / lint | floor RSS | lint RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, f, e, l, r, yt, yr, frss, lrss in rows:
        yts = fmt_time(yt) if yt is not None else "-"
        yrs = f"{yr:.0f}x" if yr is not None else "-"
        print(f"| {n:,} | {f:,.0f} | {e:,.0f} | {l:,.0f} | {r:.0%} | {yts} | {yrs} "
              f"| {frss:.1f} MB | {lrss:.1f} MB |")
    print(f"\n## The same stories, {PER_FILE} per file\n")
    print("| N | files | parse_floor stories/s | starbank lint stories/s | lint / floor "
          "| lint RSS |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, files, f, l, r, rss in many_rows:
        print(f"| {n:,} | {files:,} | {f:,.0f} | {l:,.0f} | {r:.0%} | {rss:.1f} MB |")
    print("\n## Bank views, one story per file\n")
    print("| N | `map` | `map --principle \"Deliver Results\"` | `plan --principles loop-core` "
          "| peak RSS |")
    print("|---:|---:|---:|---:|---:|")
    for n, mp, mpp, pl, rss in bank_rows:
        print(f"| {n:,} | {fmt_time(mp)} | {fmt_time(mpp)} | {fmt_time(pl)} | {rss:.1f} MB |")

    # One-file start: whole-process time, interleaved, median of many.
    one_file = None
    for n in sizes:
        d = os.path.join(args.work, f"n{n}", "d000")
        if os.path.isdir(d):
            one_file = os.path.join(d, sorted(os.listdir(d))[0])
            break
    start_ratio = None
    if one_file:
        cat = "/bin/cat"
        devnull = os.open(os.devnull, os.O_WRONLY)
        lint_t, cat_t = [], []
        for _ in range(args.start_runs):
            cat_t.append(spawn_time([cat, one_file], devnull))
            lint_t.append(spawn_time([sb, "lint", one_file], devnull))
        os.close(devnull)
        lm, cm = statistics.median(lint_t), statistics.median(cat_t)
        start_ratio = lm / cm
        print("\n## One file, whole process\n")
        print(f"Median of {args.start_runs} interleaved runs each, "
              f"`{os.path.relpath(one_file)}` ({os.path.getsize(one_file):,} bytes):\n")
        print("| command | median | ratio |")
        print("|---|---:|---:|")
        print(f"| `cat one.yaml` | {cm * 1000:.2f} ms | 1.0x |")
        print(f"| `starbank lint one.yaml` | {lm * 1000:.2f} ms | {start_ratio:.1f}x |")

    print("\n## Targets\n")
    print("| target | measured | |")
    print("|---|---:|---|")
    if "floor" in targets:
        print(f"| lint >= 85% of parse-only files/s, N=10,000 | {targets['floor']:.0%} "
              f"| {verdict(targets['floor'] >= TARGET_FLOOR_RATIO)} |")
        if targets["yamllint"] is not None:
            print(f"| lint >= 30x faster than yamllint, N=10,000 | {targets['yamllint']:.0f}x "
                  f"| {verdict(targets['yamllint'] >= TARGET_YAMLLINT)} |")
    if start_ratio is not None:
        print(f"| `lint one.yaml` <= 3x `cat one.yaml` | {start_ratio:.1f}x "
              f"| {verdict(start_ratio <= TARGET_START)} |")
    if "rss" in targets:
        print(f"| peak RSS <= 40 MB at N=100,000 | {targets['rss']:.1f} MB "
              f"| {verdict(targets['rss'] <= TARGET_RSS_MB)} |")


if __name__ == "__main__":
    main()
