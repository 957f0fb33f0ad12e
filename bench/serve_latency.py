#!/usr/bin/env python3
"""Time from saving one page to seeing the change served, during `homeward serve`.

    bench/serve_latency.py --site DIR/homeward [--binary target/release/homeward] [--edits 20]

Starts `homeward serve` on a free loopback port against a generated site (see generate.py),
then, for each of N edits, rewrites the body of one guide page (front matter unchanged, so the
incremental path applies) and polls the page over HTTP until the new text is served. Prints the
median, 90th percentile and maximum latency in milliseconds, and the server's own rebuild times.
The polling interval is 2 ms, so the figure includes the file watcher's debounce.
"""

import argparse
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True)
    ap.add_argument("--binary", default=str(Path(__file__).resolve().parent.parent / "target/release/homeward"))
    ap.add_argument("--edits", type=int, default=20)
    args = ap.parse_args()
    site = Path(args.site)
    guides = sorted((site / "content/guides").glob("*.md"))
    page = next(p for p in guides if p.name != "_index.md" and p.name.count(".") == 1)
    original = page.read_text(encoding="utf-8")
    head, sep, body = original.partition("\n+++\n")
    head = head + sep
    port = free_port()
    log = []
    proc = subprocess.Popen([args.binary, "serve", "--root", str(site), "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)

    def reader():
        for line in proc.stderr:
            log.append(line.rstrip())
    threading.Thread(target=reader, daemon=True).start()
    try:
        started = time.time()
        while not any("serving the site" in l for l in log):
            if proc.poll() is not None or time.time() - started > 600:
                sys.exit("serve did not start:\n" + "\n".join(log))
            time.sleep(0.05)
        initial = next((l for l in log if l.startswith("rebuilt")), "")
        # The page's URL: read it from the built site map of the default language.
        slug_line = re.search(r'^title = "(.*)"$', original, re.M).group(1)
        url = None
        for candidate in ["http://127.0.0.1:%d/guides/%s/" % (port, s) for s in (page.stem, slugify(slug_line))]:
            try:
                urllib.request.urlopen(candidate, timeout=5).read()
                url = candidate
                break
            except Exception:
                pass
        if url is None:
            sys.exit("could not find the page's URL")
        latencies = []
        for n in range(args.edits):
            marker = "latency-marker-%d-%d" % (n, time.time_ns())
            page.write_text(head + "\n" + marker + "\n\n" + body, encoding="utf-8")
            t0 = time.perf_counter()
            while True:
                html = urllib.request.urlopen(url, timeout=5).read().decode("utf-8", "replace")
                if marker in html:
                    break
                if time.perf_counter() - t0 > 30:
                    sys.exit("the edit never showed:\n" + "\n".join(log[-20:]))
                time.sleep(0.002)
            latencies.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.2)
        rebuilds = [float(m.group(1)) for l in log if (m := re.search(r"rebuilt one page in ([0-9.]+) ms", l))]
        latencies.sort()
        print("initial build:", initial)
        print("edits: %d  save→served ms: median %.1f  p90 %.1f  max %.1f" % (
            len(latencies), statistics.median(latencies), latencies[int(len(latencies) * 0.9) - 1], latencies[-1]))
        if rebuilds:
            print("server-side one-page rebuild ms: median %.1f  max %.1f (%d of %d edits took the incremental path)" % (
                statistics.median(rebuilds), max(rebuilds), len(rebuilds), len(latencies)))
    finally:
        page.write_text(original, encoding="utf-8")
        proc.terminate()
        proc.wait(timeout=10)


def slugify(title):
    import unicodedata
    out, dash = [], False
    for c in unicodedata.normalize("NFC", title).lower():
        if c.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(c)
        else:
            dash = True
    return "".join(out)


if __name__ == "__main__":
    main()
