#!/usr/bin/env python3
"""Run the benchmark (called by scripts/bench, which installs the tools and builds the programs).

For each size: generate a synthetic site (bench/generate.py), then measure, each `--runs` times,
with /usr/bin/time -v:

  floor            pulldown-cmark only, one HTML file per page (bench/floor), empty output
  homeward cold    `homeward build` into an empty output folder
  homeward rebuild `homeward build` again, nothing changed (files whose mtime changed are counted)
  homeward minimal `homeward build` of the same content with bench/minimal-theme/, whose
                   templates show what Hugo's do: the like-for-like comparison
  hugo cold        `hugo` into an empty output folder, same Markdown, minimal templates

and report the median of each figure. Before each timed run the previous run's writes are
flushed (`sync`) and the runner waits until both cores are idle, so a compile or test run on the
same machine does not land inside a measurement (a run that had to start on a busy machine is
flagged). Prints the table and writes it as Markdown to --results.
"""

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def cpu_idle(seconds=1.0):
    def sample():
        with open("/proc/stat") as f:
            vals = [int(v) for v in f.readline().split()[1:]]
        idle = vals[3] + (vals[4] if len(vals) > 4 else 0)
        return idle, sum(vals)
    i0, t0 = sample()
    time.sleep(seconds)
    i1, t1 = sample()
    return (i1 - i0) / max(1, t1 - t0)


def cpu_busy_seconds():
    """CPU seconds spent busy (all CPUs, all processes) since boot."""
    with open("/proc/stat") as f:
        vals = [int(v) for v in f.readline().split()[1:]]
    idle = vals[3] + (vals[4] if len(vals) > 4 else 0)
    return (sum(vals[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_quiet(timeout, threshold=0.90):
    """Waits until the machine is idle; returns False if it never was within `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        if cpu_idle() >= threshold:
            return True
        if time.monotonic() > deadline:
            return False


def timed(cmd, cwd=None):
    """Runs cmd under /usr/bin/time -v; returns (figures, stdout+stderr)."""
    tfile = Path("/tmp") / f"homeward-bench-time-{os.getpid()}"
    busy_before = cpu_busy_seconds()
    proc = subprocess.run(["/usr/bin/time", "-v", "-o", str(tfile)] + cmd, cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    busy = cpu_busy_seconds() - busy_before
    text = tfile.read_text()
    tfile.unlink()
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-5000:])
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}")

    def field(name):
        m = re.search(re.escape(name) + r":\s*(\S+)", text)
        return m.group(1)
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    figures = {
        "wall": secs,
        "cpu": float(field("User time (seconds)")) + float(field("System time (seconds)")),
        "rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024,
    }
    # The share of the machine that other processes used during the run: what the CPUs did
    # beyond this run's own CPU time, over what they could have done.
    others = max(0.0, busy - figures["cpu"]) / max(0.01, secs * os.cpu_count())
    figures["others"] = min(1.0, others)
    return figures, proc.stdout


def changed_files(folder, newer_than=None):
    """Files under folder (whose mtime is after newer_than, when given), relative paths."""
    out = []
    for dirpath, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(dirpath, f)
            if newer_than is None or os.lstat(path).st_mtime_ns > newer_than:
                out.append(os.path.relpath(path, folder))
    return out


def count_files(folder, newer_than=None):
    return len(changed_files(folder, newer_than))


def remove(path):
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


class Bench:
    def __init__(self, args):
        self.args = args
        self.rows = []
        self.busy_runs = 0

    def measure(self, size, tool, prepare, cmd, files_of, cwd=None):
        runs = []
        for r in range(self.args.runs):
            prepare()
            subprocess.run(["sync"], check=True)
            quiet = wait_quiet(self.args.quiet_timeout)
            if not quiet:
                self.busy_runs += 1
            stamp = time.time_ns()
            time.sleep(0.02)  # mtime granularity
            figures, out = timed(cmd, cwd)
            figures["files"] = files_of(stamp, out)
            figures["busy"] = not quiet
            runs.append(figures)
            print(f"  {tool:17} run {r + 1}: {figures['wall']:.2f} s wall, {figures['cpu']:.2f} s CPU, "
                  f"{figures['rss_mb']:.0f} MB, {figures['files']} files written, "
                  f"other load {figures['others']:.0%}"
                  + ("  (started on a busy machine)" if not quiet else ""), flush=True)
        row = {"pages": size, "tool": tool, "busy": any(r["busy"] for r in runs)}
        for key in ("wall", "cpu", "rss_mb", "files", "others"):
            row[key] = statistics.median(r[key] for r in runs)
        row["pages_per_s"] = size / row["wall"] if row["wall"] else float("inf")
        self.rows.append(row)
        return row

    def size(self, n):
        a = self.args
        site = a.dir / f"{n}"
        print(f"== {n} pages: generating {site}", flush=True)
        gen = subprocess.run([sys.executable, str(HERE / "generate.py"), "--pages", str(n), "--out", str(site),
                              "--langs", a.langs, "--copy-themes"], check=True, stdout=subprocess.PIPE, text=True)
        info = json.loads(gen.stdout)
        pages = info["pages"]
        hw, hg = site / "homeward", site / "hugo"
        floor_out = site / "floor-out"
        hugo_out = site / "hugo-out"
        public = hw / "public"

        self.measure(pages, "floor", lambda: remove(floor_out),
                     [str(a.floor), str(hw / "content"), str(floor_out)],
                     lambda stamp, out: count_files(floor_out))

        def written(out):
            m = re.search(r"\((\d+) written, (\d+) unchanged\)", out)
            if not m:
                sys.exit(f"homeward did not say what it wrote:\n{out[-3000:]}")
            return int(m.group(1))

        cold = self.measure(pages, "homeward cold", lambda: remove(public),
                            [str(a.homeward), "build", "--root", str(hw)],
                            lambda stamp, out: written(out))
        reported = []
        changed = set()

        def rebuild_files(stamp, out):
            reported.append(written(out))
            names = changed_files(public, newer_than=stamp)
            changed.update(names)
            return len(names)
        self.measure(pages, "homeward rebuild", lambda: None,
                     [str(a.homeward), "build", "--root", str(hw)], rebuild_files)
        self.rows[-1]["reported_written"] = statistics.median(reported)
        self.rows[-1]["output_files"] = count_files(public)
        self.rows[-1]["changed_names"] = sorted(changed)
        cold["output_files"] = self.rows[-1]["output_files"]

        minimal = Path(info["homeward_minimal"])
        self.measure(pages, "homeward minimal", lambda: remove(minimal / "public"),
                     [str(a.homeward), "build", "--root", str(minimal)],
                     lambda stamp, out: written(out))

        if not a.no_hugo:
            self.measure(pages, "hugo cold",
                         lambda: (remove(hugo_out), remove(hg / "resources"), remove(hg / ".hugo_build.lock")),
                         [a.hugo, "--quiet", "--source", str(hg), "--destination", str(hugo_out)],
                         lambda stamp, out: count_files(hugo_out))
        if not a.keep:
            remove(site)


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"

    def version(cmd):
        try:
            return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "not available"
    commit = version(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock", "themes"],
                           stdout=subprocess.PIPE, text=True).stdout.strip()
    return {
        "cpus": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release(),
        "hugo": version(["hugo", "version"]), "rustc": version(["rustc", "--version"]),
        "python": platform.python_version(),
        "homeward": commit + (" with uncommitted changes to src/, themes/ or Cargo files" if dirty else ""),
    }


def fmt(v, digits=2):
    return f"{v:.{digits}f}"


def ratio(a, b):
    return f"{a / b:.2f}×" if b > 0 else "–"


def tables(bench):
    rows = bench.rows
    head = ["pages", "tool", "wall s", "CPU s", "peak MB", "pages/s", "files written", "other load"]
    lines = [head]
    for r in rows:
        lines.append([str(r["pages"]), r["tool"] + (" *" if r["busy"] else ""), fmt(r["wall"]), fmt(r["cpu"]),
                      fmt(r["rss_mb"], 0), fmt(r["pages_per_s"], 0), str(int(r["files"])),
                      f"{r['others']:.0%}"])
    by = {(r["pages"], r["tool"]): r for r in rows}
    sizes = sorted({r["pages"] for r in rows})
    ratio_head = ["pages", "theme", "homeward/floor wall", "homeward/floor CPU", "Hugo/homeward wall",
                  "Hugo/homeward CPU", "homeward µs/page (wall)"]
    ratios = [ratio_head]
    for n in sizes:
        f, hg = by.get((n, "floor")), by.get((n, "hugo cold"))
        for theme, tool in (("default (full site)", "homeward cold"), ("minimal (like for like)", "homeward minimal")):
            h = by.get((n, tool))
            if not h:
                continue
            ratios.append([
                str(n), theme,
                ratio(h["wall"], f["wall"]), ratio(h["cpu"], f["cpu"]),
                ratio(hg["wall"], h["wall"]) if hg else "–", ratio(hg["cpu"], h["cpu"]) if hg else "–",
                fmt(h["wall"] / n * 1e6, 0),
            ])
    rebuild_head = ["pages", "rebuild s", "rebuild files written (mtime) / reported"]
    rebuilds = [rebuild_head]
    for n in sizes:
        rb = by[(n, "homeward rebuild")]
        rebuilds.append([str(n), fmt(rb["wall"]), f"{int(rb['files'])} / {int(rb['reported_written'])} of {rb['output_files']}"])
    return lines, ratios, rebuilds, by, sizes


def targets(by, sizes):
    """The issue's targets, judged on the size closest to 10,000 pages."""
    if not sizes:
        return []
    n = min(sizes, key=lambda s: abs(s - 10000))
    f, h, rb, hg, hm = (by.get((n, t)) for t in ("floor", "homeward cold", "homeward rebuild", "hugo cold",
                                                 "homeward minimal"))
    out = []

    def line(ok, text):
        out.append(("met" if ok else "NOT met") + f": {text}")
    for build, theme in ((hm, "like for like, minimal templates"), (h, "full default theme")):
        if not build:
            continue
        line(build["wall"] <= 3 * f["wall"], f"cold build ≤ 3× floor at {n} pages ({theme}): "
             f"{ratio(build['wall'], f['wall'])} ({build['wall']:.2f} s vs {f['wall']:.2f} s)")
        if hg:
            line(hg["wall"] >= 3 * build["wall"], f"≥ 3× faster than Hugo at {n} pages ({theme}): Hugo takes "
                 f"{ratio(hg['wall'], build['wall'])} homeward's time ({hg['wall']:.2f} s vs {build['wall']:.2f} s)")
    names = rb.get("changed_names", [])
    shown = ", ".join(f"`{n}`" for n in names[:3]) + (", ..." if len(names) > 3 else "")
    line(rb["files"] == 0, f"rebuild with nothing changed writes no file: {int(rb['files'])} file(s) got a new mtime"
         + (f" ({shown})" if names else "") + f"; homeward reported {int(rb['reported_written'])} written")
    line(rb["wall"] < 1.0, f"rebuild with nothing changed well under a second: {rb['wall']:.2f} s")
    line(h["rss_mb"] < 200, f"peak memory < 200 MB at {n} pages: {h['rss_mb']:.0f} MB cold, {rb['rss_mb']:.0f} MB rebuild")
    if len(sizes) > 1:
        per = [(s, by[(s, "homeward cold")]["wall"] / s * 1e6) for s in sizes]
        growth = per[-1][1] / per[0][1]
        line(growth <= 1.5, "linear growth: wall time per page " + ", ".join(f"{us:.0f} µs at {s}" for s, us in per)
             + f" (×{growth:.2f} from smallest to largest)")
    return out


def markdown_table(lines):
    out = ["| " + " | ".join(lines[0]) + " |", "|" + "|".join("---" if i < 2 else "---:" for i in range(len(lines[0]))) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in lines[1:]]
    return "\n".join(out)


def text_table(lines):
    widths = [max(len(row[i]) for row in lines) for i in range(len(lines[0]))]
    return "\n".join("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                     for row in lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="page counts, comma-separated")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--langs", default="en,fr,nl,de,km")
    ap.add_argument("--dir", type=Path, required=True, help="where to generate the sites")
    ap.add_argument("--homeward", type=Path, required=True)
    ap.add_argument("--floor", type=Path, required=True)
    ap.add_argument("--hugo", default="hugo")
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the generated sites and outputs")
    ap.add_argument("--quiet-timeout", type=float, default=30,
                    help="seconds to wait for an idle machine before each run")
    ap.add_argument("--results", type=Path, help="Markdown file to write")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    fs = subprocess.run(["stat", "-f", "-c", "%T", str(args.dir)], stdout=subprocess.PIPE, text=True).stdout.strip()
    started = dt.datetime.now(dt.timezone.utc)
    bench = Bench(args)
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        bench.size(n)
    lines, ratios, rebuilds, by, sizes = tables(bench)
    verdicts = targets(by, sizes)
    m = machine()
    print()
    print(text_table(lines))
    print()
    print(text_table(ratios))
    print()
    print(text_table(rebuilds))
    print()
    for v in verdicts:
        print(v)
    if bench.busy_runs:
        print(f"* {bench.busy_runs} run(s) started while the machine was busy (another process used the CPU)")
    print(f"other load: the share of the {os.cpu_count()} CPUs that other processes used during the runs (median)")
    if args.results:
        md = [
            "# Benchmark results",
            "",
            f"Written by `scripts/bench` on {started:%Y-%m-%d %H:%M} UTC. Median of {args.runs} runs each.",
            "",
            f"- machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory']} memory, Linux {m['kernel']}",
            f"- sites and outputs on: {args.dir} ({fs})",
            f"- homeward: commit {m['homeward']}, release build",
            f"- {m['hugo']}",
            f"- {m['rustc']}; Python {m['python']} (generator)",
            f"- languages: {args.langs} (every page translated into each)",
            "",
            markdown_table(lines),
            "",
            markdown_table(ratios),
            "",
            markdown_table(rebuilds),
            "",
            "Targets (issue), judged at the size nearest 10,000 pages:",
            "",
        ] + [f"- {v}" for v in verdicts]
        if bench.busy_runs:
            md += ["", f"\\* {bench.busy_runs} run(s) had to start while another process was using the CPU: "
                       "those figures are less reliable."]
        md += ["", "*other load*: the share of the machine's CPUs that other processes (compiles, tests) "
                   "used during the runs, median; wall times with a high other load are inflated, CPU "
                   "times much less so."]
        args.results.write_text("\n".join(md) + "\n", encoding="utf-8")
        print(f"\nwrote {args.results}")


if __name__ == "__main__":
    main()
