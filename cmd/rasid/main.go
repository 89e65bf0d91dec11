// Command rasid analyses Arabic news text.
//
//	rasid analyze [flags] [FILE...]   analyse articles (stdin when no file)
//	rasid eval ud|segments|ner|timex|topic GOLD
//	rasid train morph|ner|topic|keyphrase|speaker
//	rasid --version
//
// See README.md and docs/cli.md.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

const usage = `usage:
  rasid analyze [flags] [FILE...]   analyse articles (stdin when no FILE is given)
  rasid eval ud GOLD.conllu         CoNLL 2018 metrics against a UD treebank
  rasid eval segments GOLD          segmentation and POS accuracy (WikiNews format)
  rasid eval ner GOLD               conlleval-style NER scores (ANERcorp format)
  rasid eval timex DIR              temporal expressions against TimeML files
  rasid eval topic FILE.jsonl[.gz]  topic accuracy, macro-F1, confusion (records with title, text, category)
  rasid eval keyphrase GOLD.jsonl   keyphrase precision/recall@10 (testdata/keyphrases)
  rasid eval summary FILE.jsonl[.gz] ROUGE-1/2 of the summary against abstracts, beside first-N baselines
  rasid train morph|ner|topic|keyphrase|speaker   train a model from ../shared/data
  rasid ingest --db DB PATH...      add articles to an archive (docs/cli.md)
  rasid search --db DB QUERY        search an archive (docs/search.md)
  rasid quotes --db DB --speaker NAME [QUERY]
  rasid entity --db DB NAME         an entity's page
  rasid stats --db DB               what an archive holds
  rasid serve [--db DB] [--addr A]  HTTP API and web UI (docs/api.md)
  rasid --version                   the program's and the embedded models' versions

Run 'rasid analyze -h' for the flags of analyze.
`

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// The models take about 100 MB; a soft limit keeps the garbage of
		// long JSON-lines streams from doubling that (docs/benchmarks.md).
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	processGC = true
	if path := os.Getenv("RASID_CPUPROFILE"); path != "" {
		// a CPU profile of the whole process (docs/benchmarks.md)
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// processGC is set when rasid runs as its own process (not inside tests),
// where analyze may tune the collector for the whole process.
var processGC bool

// analyzeGC lets the heap of `rasid analyze` grow to five times what is
// live before a collection (GOGC=400) unless GOGC says otherwise; analyze
// calls it once the models are loaded, so that their loading keeps the
// default. Each document's layers are garbage once written, and with
// GOGC's default the collector ran every few documents (half the CPU time
// of --layers tokens). The soft memory limit still bounds the heap: with
// the models loaded it is what starts a collection.
func analyzeGC() {
	if processGC && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

// defaultMemoryLimit is the soft memory limit of the rasid process unless
// GOMEMLIMIT says otherwise.
const defaultMemoryLimit = 240 << 20

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "analyze", "analyse":
		err = analyze(args[1:], stdin, stdout, stderr)
	case "eval":
		err = evalCmd(args[1:], stdout)
	case "train":
		err = trainCmd(args[1:])
	case "ingest", "search", "quotes", "entity", "stats":
		err = archiveCmd(args[0], args[1:], stdout, stderr)
	case "serve":
		err = serveCmd(args[1:], stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return 0
	case "version", "--version", "-version":
		writeVersion(stdout)
		return 0
	default:
		fmt.Fprintf(stderr, "rasid: unknown command %q\n%s", args[0], usage)
		return 2
	}
	code, print := exitCode(err)
	if print {
		fmt.Fprintf(stderr, "rasid: %v\n", err)
		if code == 2 {
			fmt.Fprintf(stderr, "Run 'rasid %s -h' for usage.\n", args[0])
		}
	}
	return code
}

func evalCmd(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return usagef("eval: which evaluation? ud, segments, ner, timex, topic, keyphrase, summary, news or retrieval")
	}
	switch args[0] {
	case "ud":
		return evalUD(args[1:], stdout)
	case "segments":
		return evalSegments(args[1:])
	case "ner":
		return evalNER(args[1:])
	case "timex":
		return evalTimex(args[1:])
	case "topic":
		return evalTopic(args[1:], stdout)
	case "keyphrase":
		return evalKeyphrase(args[1:], stdout)
	case "summary":
		return evalSummary(args[1:], stdout)
	case "news":
		return evalNews(args[1:], stdout)
	case "retrieval":
		return evalRetrieval(args[1:], stdout, os.Stderr)
	}
	return usagef("eval: unknown evaluation %q (ud, segments, ner, timex, topic, keyphrase, summary, news, retrieval)", args[0])
}

func trainCmd(args []string) error {
	if len(args) == 0 {
		return usagef("train: which model? morph, ner, topic, keyphrase or speaker")
	}
	switch args[0] {
	case "morph":
		return trainMorph(args[1:])
	case "ner":
		return trainNER(args[1:])
	case "topic":
		return trainTopic(args[1:])
	case "keyphrase":
		return trainKeyphrase(args[1:])
	case "speaker":
		return trainSpeaker(args[1:])
	}
	return usagef("train: unknown model %q (morph, ner, topic, keyphrase, speaker)", args[0])
}
