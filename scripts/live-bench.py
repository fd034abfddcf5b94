#!/usr/bin/env python3
"""Live ingest latency: the time from an article file landing in the folder 'newskg serve --watch' watches to its
graph being answerable over SPARQL, beside the article's own NLP time, on a warm server.

Usage: scripts/live-bench.py [ARTICLES_DIR] [--port N] [--runs N]
Starts ./newskg serve --watch on a fresh database (CoreNLP: NEWSKG_HEAP, default 5g), waits for the models to load,
ingests the first article once to warm up, then drops each article in turn (written under a .part name and renamed
into place) and polls /newskg/status and SPARQL every 20 ms until the article's graph answers. Prints one line per
article and p50/p95 of latency and NLP time."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def get_json(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        return json.load(response)


def ask(endpoint, graph):
    query = "ASK { GRAPH <%s> { ?s ?p ?o } }" % graph
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(endpoint, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)["boolean"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def drop(folder, article, name):
    part = os.path.join(folder, "." + name + ".part")
    shutil.copyfile(article, part)
    landed = time.monotonic()
    os.rename(part, os.path.join(folder, name))
    return landed


def wait_stored(status_url, endpoint, name, after, timeout=600):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = get_json(status_url)
        for outcome in status["lastStored"]:
            if outcome["source"] == name and outcome["at"] > after:
                if ask(endpoint, outcome["iri"]):
                    return time.monotonic(), outcome
        for outcome in status["lastFailed"]:
            if outcome["source"].startswith(name) and outcome["at"] > after:
                raise SystemExit("failed: " + outcome["reason"])
        time.sleep(0.02)
    raise SystemExit("timed out waiting for " + name)


def main():
    args = sys.argv[1:]
    articles_dir = args[0] if args and not args[0].startswith("--") else os.path.join(HERE, "..", "shared", "dev",
                                                                                      "articles")
    port = int(args[args.index("--port") + 1]) if "--port" in args else 3077
    work = tempfile.mkdtemp(prefix="newskg-live-bench-")
    inbox = os.path.join(work, "inbox")
    os.makedirs(inbox)
    server = subprocess.Popen([os.path.join(HERE, "newskg"), "serve", "--db", os.path.join(work, "db"), "--watch",
                               inbox, "--watch-interval", "100", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "serve.err"), "w"))
    base = "http://localhost:%d/newskg" % port
    status_url, endpoint = base + "/status?format=json", base + "/sparql"
    try:
        started = time.monotonic()
        while True:
            try:
                if get_json(status_url)["modelLoadMillis"] is not None:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                raise SystemExit("the server ended; see " + os.path.join(work, "serve.err"))
            time.sleep(0.5)
        print("server up and models loaded after %.1f s (model load %d ms)"
              % (time.monotonic() - started, get_json(status_url)["modelLoadMillis"]))
        files = sorted(f for f in os.listdir(articles_dir) if f.endswith((".txt", ".md", ".html")))
        now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        drop(inbox, os.path.join(articles_dir, files[0]), "warmup-" + files[0])
        wait_stored(status_url, endpoint, "warmup-" + files[0], now)
        latencies, nlps = [], []
        print("%-45s %10s %10s %6s" % ("article", "latency ms", "NLP ms", "ratio"))
        for name in files:
            after = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - 1))
            landed = drop(inbox, os.path.join(articles_dir, name), name)
            answered, outcome = wait_stored(status_url, endpoint, name, after)
            latency = (answered - landed) * 1000
            latencies.append(latency)
            nlps.append(outcome["nlpMillis"])
            print("%-45s %10.0f %10d %6.2f" % (name[:45], latency, outcome["nlpMillis"],
                                                latency / max(outcome["nlpMillis"], 1)))
        for p in (50, 95):
            print("p%d: latency %.0f ms, NLP %d ms, ratio %.2f" % (p, percentile(latencies, p), percentile(nlps, p),
                                                                   percentile(latencies, p) / percentile(nlps, p)))
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
