#!/usr/bin/env python3
"""SiteGen against the Hugo peer, on the same corpus, interleaved, several rounds.

Writes the corpus (tests/SiteGen.Corpus) at each size, publishes sitegen once (Native AOT, the
binary CI and editors run), then for each size and place (tmpfs, disk) runs SiteGen and Hugo one
after the other, ROUNDS times, with and without search (Hugo + Pagefind for the peer), and prints
medians of wall time, user and system CPU and peak memory, with SiteGen/Hugo ratios. With
--serve, it also measures the edit-to-served-page latency of `sitegen serve` and `hugo server`:
the time from saving an edit (a new paragraph: the peer's addresses follow titles) to the moment the
page at its address serves it, polled over HTTP.

Usage: tests/bench/compare.py [--sizes 100,1000,10000,50000] [--rounds 3] [--places tmpfs,disk]
                              [--search] [--serve | --serve-only] [--work DIR]
Needs: hugo (apt-get install -y hugo), node/npx for Pagefind, /usr/bin/time. Nothing here is a
test: timings are printed, never asserted.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PEER = os.path.join(os.path.dirname(ROOT), "shared", "bench", "hugo-peer")


def run(cmd, cwd=None, env=None):
    """Runs a command under /usr/bin/time; returns (wall s, user s, sys s, peak MB)."""
    fmt = "%e %U %S %M"
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        proc = subprocess.run(["/usr/bin/time", "-o", out.name, "-f", fmt] + cmd, cwd=cwd, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
        wall, user, system, peak = out.read().split()[-4:]
    return float(wall), float(user), float(system), int(peak) / 1024


def publish():
    out = os.path.join(tempfile.gettempdir(), "sitegen-bench-bin")
    subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "SiteGen"), "-c", "Release", "-r", "linux-x64", "-o", out],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(ROOT, "tests", "SiteGen.Corpus")], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, "sitegen")


def corpus(size, folder):
    dll = os.path.join(ROOT, "tests", "SiteGen.Corpus", "bin", "Release", "net10.0", "SiteGen.Corpus.dll")
    subprocess.run(["dotnet", dll, str(size), folder], check=True, stdout=subprocess.DEVNULL)


def drop(path):
    shutil.rmtree(path, ignore_errors=True)
    subprocess.run(["sync"])
    time.sleep(1)


def sitegen_build(sitegen, folder, out, search):
    drop(out)
    args = [sitegen, "build", "--input", os.path.join(folder, "input"), "--output", out]
    return run(args if search else args + ["--no-search"])


def hugo_build(folder, out, search):
    drop(out)
    drop(out + ".site")
    first = run([os.path.join(PEER, "run.sh"), folder, out])
    if not search:
        return first
    second = run(["npx", "--yes", "pagefind@1.6.0", "--site", out, "--quiet"])
    # One run after the other: times add up, the peak is the larger of the two.
    return first[0] + second[0], first[1] + second[1], first[2] + second[2], max(first[3], second[3])


def median(rows, i):
    return statistics.median(r[i] for r in rows)


def table(results):
    print("\n| articles | place | search | SiteGen wall | Hugo wall | ratio | SiteGen peak | Hugo peak | ratio | SiteGen user/sys | Hugo user/sys |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for (size, place, search), (mine, theirs) in results.items():
        print(f"| {size:,} | {place} | {'yes' if search else 'no'} | {median(mine, 0):.2f} s | {median(theirs, 0):.2f} s | "
              f"{median(mine, 0) / median(theirs, 0):.2f} | {median(mine, 3):.0f} MB | {median(theirs, 3):.0f} MB | "
              f"{median(mine, 3) / median(theirs, 3):.2f} | {median(mine, 1):.1f}/{median(mine, 2):.1f} s | {median(theirs, 1):.1f}/{median(theirs, 2):.1f} s |")
    sizes = sorted({k[0] for k in results})
    for place in sorted({k[1] for k in results}):
        if 10000 in sizes and 50000 in sizes and (10000, place, False) in results and (50000, place, False) in results:
            ratio = median(results[(50000, place, False)][0], 0) / median(results[(10000, place, False)][0], 0)
            cpu = median(results[(50000, place, False)][0], 1) / median(results[(10000, place, False)][0], 1)
            print(f"\n{place}: SiteGen 50,000 / 10,000 = {ratio:.2f}x wall, {cpu:.2f}x user CPU (linear would be 5x)")


def wait_for(url, needle, deadline):
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if needle in response.read().decode("utf-8", "replace"):
                    return True
        except Exception:
            pass
        time.sleep(0.002)
    return False


def serve_latency(cmd, cwd, url, article, rounds):
    """Median ms from saving an edit (a new paragraph) to the page serving it."""
    server = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not wait_for(url, "<title>", time.monotonic() + 600):
            sys.exit(f"the server never served {url}")
        time.sleep(2)
        original = open(article, encoding="utf-8").read()
        times = []
        try:
            for i in range(rounds):
                marker = f"Mesure{i}x{int(time.time())}"
                # A new paragraph, not a new title: the Hugo peer's addresses follow the title (:slug).
                text = original.rstrip("\n") + f"\n\n{marker}\n"
                start = time.monotonic()
                with open(article, "w", encoding="utf-8") as f:
                    f.write(text)
                if wait_for(url, marker, start + 30):
                    times.append((time.monotonic() - start) * 1000)
                time.sleep(1)
        finally:
            with open(article, "w", encoding="utf-8") as f:
                f.write(original)
        return statistics.median(times) if times else float("nan"), len(times)
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000,50000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--places", default="tmpfs,disk")
    parser.add_argument("--search", action="store_true", help="also with the search index (Hugo + Pagefind for the peer)")
    parser.add_argument("--serve", action="store_true", help="also the edit-to-served-page latency, at the largest size up to 10,000")
    parser.add_argument("--serve-only", action="store_true", help="only the edit-to-served-page latency (no build runs)")
    parser.add_argument("--work", default=None, help="folder on the disk for the disk runs (default: a temporary folder)")
    options = parser.parse_args()
    if shutil.which("hugo") is None:
        sys.exit("hugo is not installed: apt-get install -y hugo")
    sitegen = publish()
    places = {"tmpfs": "/dev/shm/sitegen-bench", "disk": options.work or os.path.join(tempfile.gettempdir(), "sitegen-bench")}
    results = {}
    if options.serve_only:
        options.serve, options.places = True, ""
        size = max(s for s in [int(s) for s in options.sizes.split(",")] if s <= 10000)
        corpus(size, os.path.join(places["tmpfs"], f"corpus-{size}"))
    for size in [int(s) for s in options.sizes.split(",")]:
        for place in filter(None, options.places.split(",")):
            folder = os.path.join(places[place], f"corpus-{size}")
            corpus(size, folder)
            for search in [False, True] if options.search else [False]:
                mine, theirs = [], []
                for _ in range(options.rounds):
                    mine.append(sitegen_build(sitegen, folder, os.path.join(places[place], "out-sitegen"), search))
                    theirs.append(hugo_build(folder, os.path.join(places[place], "out-hugo"), search))
                results[(size, place, search)] = (mine, theirs)
                print(f"{size:,} {place} search={search}: SiteGen {median(mine, 0):.2f} s, Hugo {median(theirs, 0):.2f} s", flush=True)
    if results:
        table(results)
    if options.serve:
        size = max(s for s in [int(s) for s in options.sizes.split(",")] if s <= 10000)
        folder = os.path.join(places["tmpfs"], f"corpus-{size}")
        article = os.path.join(folder, "input", "fr", "articles", "article-00042.md")
        mine = serve_latency([sitegen, "serve", "--input", os.path.join(folder, "input"), "--port", "1517"], None,
                             "http://127.0.0.1:1517/fr/articles/" + os.path.basename(article)[:-3] + "/", article, 9)
        site = os.path.join(places["tmpfs"], "out-hugo.site")
        hugo_out = os.path.join(places["tmpfs"], "out-hugo")
        hugo_build(folder, hugo_out, False)
        # Hugo names the page after its title (:slug): find it in the built site.
        title = re.search(r'(?m)^title: "(.*)"$', open(article, encoding="utf-8").read()).group(1)
        articles = os.path.join(hugo_out, "fr", "articles")
        folder_name = next(name for name in os.listdir(articles)
                           if os.path.isfile(os.path.join(articles, name, "index.html"))
                           and title in open(os.path.join(articles, name, "index.html"), encoding="utf-8").read())
        theirs = serve_latency(["hugo", "server", "--bind", "127.0.0.1", "--port", "1518", "--disableLiveReload"], site,
                               "http://127.0.0.1:1518/fr/articles/" + urllib.parse.quote(folder_name) + "/", article, 9)
        print(f"\nserve, {size:,} articles, edit to served page (median of 9 edits): SiteGen {mine[0]:.0f} ms ({mine[1]} edits), hugo server {theirs[0]:.0f} ms ({theirs[1]} edits)")


if __name__ == "__main__":
    main()
