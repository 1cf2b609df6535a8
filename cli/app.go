package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
	"khuyencong/tui"
)

// runApp runs the terminal app on this terminal: what `khuyencong` does
// without a command. The database is created on first run; the app's
// empty screen then offers the sample data. Quitting (q, ctrl+c) or a
// cancelled ctx (SIGINT, SIGTERM) ends the program; the store closes last.
func runApp(ctx context.Context, cfg config) (err error) {
	tuneGC()
	startReturningMemory(ctx)
	actor := store.LocalAdmin()
	var st *store.Store
	var held atomic.Pointer[holder]
	// The database opens while the first frame is already on screen: at a
	// million records the load takes about half a second.
	m := tui.NewLoading(tui.Config{
		Actor:   actor,
		Lang:    cfg.Lang,
		ASCII:   cfg.ASCII,
		NoColor: os.Getenv("NO_COLOR") != "",
		Mouse:   true,
		DBPath:  cfg.DB,
		LoadSample: func() error {
			_, err := exchange.LoadSample(ctx, st, actor, exchange.DefaultSampleFacilities, 1)
			return err
		},
		Export: appExport(cfg.Lang),
		Report: appReport(cfg.Lang),
		Import: func(ictx context.Context, a store.Actor, kind model.Kind, path string, ch tui.ImportChoice) (string, bool, error) {
			return appImport(ictx, st, cfg.Lang, a, kind, path, ch)
		},
		Context: ctx,
	}, func() (*store.Store, error) {
		s, err := openDB(cfg.DB, store.Options{})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cfg.DB, err)
		}
		st = s
		// Other khuyencong processes of this user then run their
		// commands here; without the socket they are refused as before.
		if etcdkv.IsURL(cfg.DB) {
			return s, nil // a cluster has no file to hold: other processes open it too
		}
		if h, err := startHolder(s, cfg.DB, cfg.Lang); err == nil {
			held.Store(h)
		}
		return s, nil
	})
	defer func() {
		if h := held.Load(); h != nil {
			_ = h.Close()
		}
		m.Close()
		if s := m.Store(); s != nil {
			if cerr := s.Close(); cerr != nil && err == nil {
				err = fmt.Errorf("close %s: %w", cfg.DB, cerr)
			}
		}
	}()
	_, err = tea.NewProgram(m, tea.WithContext(ctx)).Run()
	switch {
	case m.Err() != nil:
		return m.Err()
	case errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil, errors.Is(err, tea.ErrInterrupted):
		return nil // stopped by a signal: a normal end
	case err != nil:
		return fmt.Errorf("terminal app: %w", err)
	}
	return nil
}

// appExport is the app's x: the rows on screen, in their order, to a file
// whose extension picks the format (csv when it has none we know).
func appExport(lang i18n.Lang) tui.ExportFunc {
	return func(snap *store.Snapshot, kind model.Kind, rows []int32, path string, overwrite bool) (int, error) {
		format, err := exportFormat("", path, false)
		if err != nil {
			return 0, err
		}
		if !overwrite && exists(path) {
			return 0, tui.ErrFileExists
		}
		err = writeFileAtomic(path, func(w io.Writer) error {
			return exchange.Export(snap, kind, rows, format, w, lang)
		})
		return len(rows), err
	}
}

// appImport is the app's i: the same import as the command line, its report
// returned as text for the app to show before anything is written.
func appImport(ctx context.Context, st *store.Store, l i18n.Lang, a store.Actor, kind model.Kind, path string, ch tui.ImportChoice) (string, bool, error) {
	var b strings.Builder
	dup := map[tui.Duplicates]exchange.OnDuplicate{tui.DupRefuse: exchange.DupFail, tui.DupSkip: exchange.DupSkip, tui.DupUpdate: exchange.DupUpdate}[ch.Duplicates]
	res, err := exchange.Import(st, a, kind, path, exchange.ImportOptions{
		DryRun: ch.DryRun, SkipBad: ch.SkipBad, OnDuplicate: dup, Lang: l, Context: ctx,
		Mapped: func(r *exchange.ImportResult) { printMapping(&b, r, l) },
	})
	printImportReport(&b, res, l)
	return b.String(), err == nil && (res.Refused == 0 || ch.SkipBad), err
}
