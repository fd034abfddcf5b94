#!/usr/bin/env bash
# Soak run (docs/benchmarks.md, "Soak"): ingests a corpus of N articles, then writes every article graph into a running
# `newskg serve --allow-update` (Graph Store PUT, as `push` does) while 4 clients run the named queries against it
# without pause, then compares the served store with the ingest's own store, quad for quad, and validates both.
# Usage: scripts/soak.sh [N (default 2000)] [WORKDIR (default /tmp/newskg-soak)]
# WORKDIR is emptied first, except WORKDIR/nlp: the NLP cache of an earlier run, which makes a rerun's ingest faster.
# Only loopback traffic; every client loop ends when the push has ended.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
work="${2:-/tmp/newskg-soak}"
port="${SOAK_PORT:-3391}"
newskg="$here/newskg"
mkdir -p "$work" && find "$work" -mindepth 1 -maxdepth 1 ! -name nlp -exec rm -rf {} + && mkdir -p "$work/clients"
"$newskg" --version >/dev/null

# The corpus: the Re-DocRED documents as JSON Lines, cycled under new URLs until N records; every 40th record
# repeats an earlier URL with another text, so replacement within a run is soaked too.
python3 - "$here/../shared/benchmarks/redocred-dev/articles" "$n" \
        > "$work/corpus.jsonl" <<'PY'
import json, os, re, sys
*folders, n = sys.argv[1:]
docs = []
for folder in folders:
    for name in sorted(os.listdir(folder)):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        title = next(line for line in text.splitlines() if line.strip()).lstrip("# ").strip()
        date = re.search(r"Published at: \*\*([^*]+)\*\*", text)
        body = text.split("\n\n", 4)[-1] if "Original:" in text else text
        docs.append((title, date.group(1) if date else "2020-01-01T00:00:00Z", body))
for i in range(int(n)):
    title, date, body = docs[i % len(docs)]
    url_index = i - 17 if i % 40 == 39 else i
    print(json.dumps({"title": title, "published": date, "url": f"https://soak.example.org/a/{url_index}",
                      "text": body}))
PY
echo "corpus: $(wc -l < "$work/corpus.jsonl") records"

ingest_start=$(date +%s)
"$newskg" ingest --db "$work/ingested" --threads 2 --nlp-cache "$work/nlp" "$work/corpus.jsonl" > "$work/ingest.log" 2>&1 || true
echo "ingest: $(tail -1 "$work/ingest.log") ($(( $(date +%s) - ingest_start )) s wall)"

printf '%s\n' "soak-$RANDOM-$RANDOM" > "$work/editor.pw"
# serve needs a database: it starts with the corpus's first article (its NLP from the cache), which the push replaces.
head -1 "$work/corpus.jsonl" > "$work/first.jsonl"
"$newskg" ingest --db "$work/served" --threads 1 --nlp-cache "$work/nlp" "$work/first.jsonl" 2>&1 | tail -1
"$newskg" serve --db "$work/served" --port "$port" --allow-update --user editor --password-file "$work/editor.pw" \
    > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/newskg/sparql?query=ASK%7B%7D" >/dev/null 2>&1 && break
    sleep 1
done

touch "$work/pushing"
for c in 1 2 3 4; do
    (
        rounds=0
        while [ -f "$work/pushing" ] && [ $rounds -lt 100000 ]; do
            for q in "$here"/queries/{leadership,quotes,family,located,entities,speaker-affiliations}.rq; do
                code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 \
                    "http://127.0.0.1:$port/newskg/sparql" --data-urlencode "query@$q" -H 'Accept: text/csv')
                echo "$code" >> "$work/clients/$c.codes"
            done
            rounds=$((rounds + 1))
        done
    ) &
done

start=$(date +%s)
"$newskg" push --db "$work/ingested" --endpoint "http://127.0.0.1:$port/newskg/data" --user editor \
    --password-file "$work/editor.pw" 2>&1 | tail -3 | tee "$work/push.log" || true
rm -f "$work/pushing"
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
end=$(date +%s)
kill $server && wait $server 2>/dev/null || true
trap - EXIT

queries=$(cat "$work"/clients/*.codes | wc -l)
failed=$(cat "$work"/clients/*.codes | { grep -vc '^200$' || true; })
echo "push: $((end - start)) s; client queries: $queries, not 200: $failed"
dump() { java -cp "$here/target/lib/*" tdb2.tdbdump --loc "$1" | LC_ALL=C sort; }
dump "$work/ingested" > "$work/ingested.nq"
dump "$work/served" > "$work/served.nq"
echo "quads: ingested $(wc -l < "$work/ingested.nq"), served $(wc -l < "$work/served.nq")"
graphs() { awk '{print $(NF-1)}' "$1" | sort -u | wc -l; }
echo "graphs: ingested $(graphs "$work/ingested.nq"), served $(graphs "$work/served.nq")"
if cmp -s "$work/ingested.nq" "$work/served.nq"; then echo "stores: identical"; else echo "stores: DIFFER"; fi
verdicts() { grep -E '^(Conforms|Does not conform|Spelled differently)' || true; }
for store in ingested served; do
    validate_start=$(date +%s)
    "$newskg" validate --db "$work/$store" > "$work/validate-$store.txt" || true
    echo "validate $store ($(( $(date +%s) - validate_start )) s): $(verdicts < "$work/validate-$store.txt")"
done
