#!/usr/bin/env bash
# compare-lucene.sh: whole-process speed of rasid against Lucene's
# ArabicAnalyzer on the same SaudiNewsNet text (docs/benchmarks.md).
#
#   scripts/compare-lucene.sh [MB] [FULL_MB]
#
# builds MB (default 20) megabytes of article text from ../shared/data/
# saudinewsnet, as JSON lines ({"id","date","text"}) and as plain text (the
# same texts, one after the other), in $WORK (default /tmp/rasid-compare),
# and runs, each as a whole process with its output to /dev/null:
#   lucene   ArabicAnalyzer over the plain text, one term a line
#            (scripts/lucene/ArabicTokens.java; Debian's liblucene8-java)
#   tokens   rasid analyze --input jsonl --layers tokens (text view: one
#            line a document, the issue's "tokens path")
#   tokens --tokens   the same listing every sentence and token (text view)
#   full     rasid analyze --input jsonl --format json (every layer), on the
#            first FULL_MB megabytes (default: all MB)
# rasid runs at --jobs 1 and --jobs 2 (JOBS="1 2" overrides). It prints
# wall and CPU time (user + system, /usr/bin/time), peak memory, words/s
# (words: `wc -w` of the plain text) and the ratios to Lucene. The machine
# may be shared: CPU time is the steadier figure, and the load average is
# printed. Needs: go, jq, unzip, java + javac, /usr/share/java/lucene-*.jar
# (apt-get install -y liblucene8-java default-jdk-headless); not CI.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=${RASID_DATA:-$root/../shared/data}
mb=${1:-20}
full_mb=${2:-$mb}
jobs=${JOBS:-"1 2"}
work=${WORK:-/tmp/rasid-compare}
mkdir -p "$work"

# build_text BYTES OUT: the first articles of SaudiNewsNet up to BYTES of text
build_text() {
	local limit=$1 out=$2
	[ -s "$out.jsonl" ] && return
	for z in "$data"/saudinewsnet/*.zip; do
		unzip -p "$z" | jq -c '.[] | select((.content // "") | test("\\S")) | {id: .url, date: .date_extracted, text: .content}'
	done | LC_ALL=C awk -v limit="$limit" '{ n += length($0); print; if (n >= limit) exit }' > "$out.jsonl" || true
	jq -r .text < "$out.jsonl" > "$out.txt"
}
build_text $((mb << 20)) "$work/news$mb"
build_text $((full_mb << 20)) "$work/news$full_mb"

(cd "$root" && go build -o "$work/rasid" ./cmd/rasid)
cp="/usr/share/java/lucene-core.jar:/usr/share/java/lucene-analyzers-common.jar"
[ -e /usr/share/java/lucene-core.jar ] || cp=$(ls /usr/share/java/lucene-core-8*.jar /usr/share/java/lucene-analyzers-common-8*.jar | tr '\n' ':')
javac -d "$work" -cp "$cp" "$root/scripts/lucene/ArabicTokens.java"

# run NAME WORDS CMD...: one whole-process run, stdout to /dev/null
run() {
	local name=$1 words=$2
	shift 2
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null
	read -r wall user sys rss < "$work/time"
	awk -v n="$name" -v w="$words" -v e="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v l="$lucene_wps" -v lc="$lucene_cps" 'BEGIN {
		cpu = u + s; wps = w / e; cps = w / cpu
		r = ""; if (l > 0) r = sprintf("  %5.2f× Lucene (wall), %5.2f× (CPU)", wps / l, cps / lc)
		printf "%-26s %7.2f s wall %7.2f s CPU %5d MB  %10.0f words/s %10.0f words/CPU-s%s\n", n, e, cpu, m / 1024, wps, cps, r
	}'
	if [ "$name" = lucene ]; then
		lucene_wps=$(awk -v w="$words" -v e="$wall" 'BEGIN { print w / e }')
		lucene_cps=$(awk -v w="$words" -v c="$user" -v s="$sys" 'BEGIN { print w / (c + s) }')
	fi
}

words=$(wc -w < "$work/news$mb.txt")
full_words=$(wc -w < "$work/news$full_mb.txt")
echo "text: $mb MB, $(wc -l < "$work/news$mb.jsonl") articles, $words words; full analysis on $full_mb MB, $full_words words"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
lucene_wps=0 lucene_cps=0
run lucene "$words" java -cp "$work:$cp" ArabicTokens < "$work/news$mb.txt"
for j in $jobs; do
	run "tokens --jobs $j" "$words" "$work/rasid" analyze --quiet --jobs "$j" --input jsonl --layers tokens "$work/news$mb.jsonl"
	run "tokens --tokens --jobs $j" "$words" "$work/rasid" analyze --quiet --jobs "$j" --input jsonl --layers tokens --tokens "$work/news$mb.jsonl"
done
for j in $jobs; do
	run "full json --jobs $j" "$full_words" "$work/rasid" analyze --quiet --jobs "$j" --input jsonl --format json "$work/news$full_mb.jsonl"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
