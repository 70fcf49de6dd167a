#!/usr/bin/env bash
# Limits on work: 1 MB files of worst-case text must lint in well under a
# second and in bounded memory. The bound checked is 5 s of CPU time (user +
# system, so a loaded machine does not flake) plus a 30 s wall-clock guard
# against hangs, and 1 GB. STARBANK_SANITIZED=1 (set by tests/ci.d/asan.sh)
# multiplies them by 10, 10 and 3: ASan and UBSan run this 5-20x slower.
# Prints the figures.
set -euo pipefail
sb=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import os, sys

tmp = sys.argv[1]
SIZE = 1000 * 1000  # just under the 1 MiB cap

def fill(unit, size):
    return (unit * (size // len(unit) + 1))[:size]

def story(**parts):
    base = dict(title="t", principles="[Deliver Results]", situation="s",
                task="t", action="I did a", result="r")
    base.update(parts)
    return "".join("%s: %s\n" % kv for kv in base.items())

def upto(chunks):
    out, size = [], 0
    for c in chunks:
        if size + len(c) > SIZE:
            break
        out.append(c)
        size += len(c)
    return "".join(out)

# Each case aims at a different cost: rules re-reading one huge sentence,
# the tokenizer, the phrase matchers, positions per finding, suggestions per
# unknown key or principle, per-story and bank-wide work, yaml-cpp itself.
hits = "it went well after late nights; we aligned stakeholders and took ownership "
cases = {
    "one long line of findings": story(result=fill(hits, SIZE - 120)),
    "one long word": story(action=fill("x", SIZE - 120)),
    "many tokens": story(result=fill("a 1 . ", SIZE - 120)),
    "many lines of findings": story(result="|\n" + fill("  " + hits + "\n", SIZE - 120)),
    "many unknown keys": upto("k%d: x\n" % i if i else story() for i in range(SIZE)),
    "many unknown principles": story(principles="[" + fill("Delivr Reslts, ", SIZE - 200) + "x]"),
    "one huge principle": story(principles="[" + fill("x", SIZE - 200) + "]"),
    "many stories": upto(
        "- title: Story %d\n  principles: [Ownership]\n  situation: s\n  task: t\n"
        "  action: I fixed %d flaky tests and we went well\n  result: from %d to 2\n"
        % (i, i, i) for i in range(SIZE)),
    "many documents": fill("---\n", SIZE),
    "many quoted scalars": upto('- "q\\"%d"\n' % i for i in range(SIZE)),
    # Each document broken: the file is parsed again a document at a time,
    # with an error and a source line for each.
    "many broken documents": fill("---\n[\n", SIZE),
}

for n, (name, text) in enumerate(cases.items()):
    with open(os.path.join(tmp, "%02d %s.yaml" % (n, name)), "w") as f:
        f.write(text)
PY
# Measured from a separate, small process: a child's peak memory counts
# the memory of the process that spawned it.
python3 - "$sb" "$tmp" <<'PY'
import os, sys, time

sb, tmp = sys.argv[1], sys.argv[2]
CPU_LIMIT_S, WALL_LIMIT_S, RSS_LIMIT_MB = 5.0, 30.0, 1024
if os.environ.get("STARBANK_SANITIZED") == "1":
    CPU_LIMIT_S, WALL_LIMIT_S, RSS_LIMIT_MB = 50.0, 300.0, 3072
failed = False
for file in sorted(os.listdir(tmp)):
    path = os.path.join(tmp, file)
    name, size = file[3:-5], os.path.getsize(path)
    start = time.monotonic()
    # Output discarded: printing findings is not what is measured.
    pid = os.posix_spawn(sb, [sb, "lint", "--quiet", "--jobs", "1", path], os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                                       (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    while True:  # os.wait4 gives this child's own CPU time and peak memory
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - start > WALL_LIMIT_S:
            os.kill(pid, 9)
            done, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.005)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    mb = usage.ru_maxrss / 1024
    ok = code in (0, 1, 2) and wall < WALL_LIMIT_S and cpu < CPU_LIMIT_S and mb < RSS_LIMIT_MB
    failed |= not ok
    print("%-26s %7d bytes  cpu %6.3f s  wall %6.3f s  %6.1f MB  exit %d%s"
          % (name, size, cpu, wall, mb, code, "" if ok else "  <-- FAIL"))
sys.exit(1 if failed else 0)
PY
