package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rasid/rasid"
	"github.com/rasid/rasid/web"
)

const serveUsage = `usage: rasid serve [--db DB] [--addr 127.0.0.1:8080] [flags]

Serves the JSON API and the web UI (docs/api.md) over the archive DB, and
the analysis of pasted text. Without --db only /analyze and /api/analyze
work. SIGINT or SIGTERM stops it after in-flight requests finish.

flags:
`

// serveOptions are the flags of rasid serve.
type serveOptions struct {
	db          string
	addr        string
	maxBody     int64
	maxAnalyses int
	logFormat   string
	shutdown    time.Duration
}

func serveCmd(args []string, stderr io.Writer) error {
	ctx, stop := signalContext()
	defer stop()
	return serve(ctx, args, stderr, nil)
}

// signalContext is done at the first SIGINT or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// serve runs the server until ctx is done. When ready is not nil, it
// receives the listening address once the server accepts connections.
func serve(ctx context.Context, args []string, stderr io.Writer, ready chan<- string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, serveUsage)
		fs.PrintDefaults()
	}
	var o serveOptions
	fs.StringVar(&o.db, "db", "", "archive database (built by rasid ingest)")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen address (host:port); loopback by default")
	fs.Int64Var(&o.maxBody, "max-body", web.DefaultMaxBody, "request body limit in bytes; larger bodies get 413")
	fs.IntVar(&o.maxAnalyses, "max-analyses", 0, "analyses running at once (0: one per CPU)")
	fs.StringVar(&o.logFormat, "log", "text", "log format on stderr: text or json")
	fs.DurationVar(&o.shutdown, "shutdown-timeout", 30*time.Second, "how long in-flight requests may run after SIGINT/SIGTERM")
	if err := checkFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("serve: %w", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("serve: unexpected argument %q (use --db DB)", fs.Arg(0))
	}
	if o.maxBody <= 0 {
		return fmt.Errorf("serve: --max-body %d: want a positive number of bytes", o.maxBody)
	}
	var h slog.Handler
	switch o.logFormat {
	case "text":
		h = slog.NewTextHandler(stderr, nil)
	case "json":
		h = slog.NewJSONHandler(stderr, nil)
	default:
		return fmt.Errorf("serve: --log %q: want text or json", o.logFormat)
	}
	log := slog.New(h)

	layers, err := rasid.ParseLayers(defaultLayers)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	p, err := buildPipeline(layers)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	cfg := web.Config{Annotator: p, Logger: log, MaxBody: o.maxBody, MaxAnalyses: o.maxAnalyses}
	if o.db != "" {
		a, created, err := openWebArchive(o.db, p)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		if created {
			log.Warn("no archive at --db: created an empty one; fill it with rasid ingest", "db", o.db)
		}
		defer a.Close()
		cfg.Archive = a
	} else {
		log.Warn("no --db given: serving the analysis pages only")
	}
	srv, err := web.New(cfg)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(h, slog.LevelWarn),
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "db", o.db)
	if ready != nil {
		ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down: waiting for in-flight requests", "timeout", o.shutdown)
	sctx, cancel := context.WithTimeout(context.Background(), o.shutdown)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	log.Info("stopped")
	return nil
}
