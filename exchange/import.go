package exchange

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// OnDuplicate says what happens to a row whose tax code or project code is
// already in the database or on an earlier row of the file.
type OnDuplicate uint8

const (
	DupFail   OnDuplicate = iota // the row is an error (the default)
	DupSkip                      // the row is counted as skipped
	DupUpdate                    // the row's cells update the record it matches
)

// ParseOnDuplicate reads "fail", "skip" or "update".
func ParseOnDuplicate(s string) (OnDuplicate, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "fail":
		return DupFail, true
	case "skip":
		return DupSkip, true
	case "update":
		return DupUpdate, true
	}
	return DupFail, false
}

func (d OnDuplicate) String() string {
	return [...]string{"fail", "skip", "update"}[d]
}

// ImportOptions tune an import.
type ImportOptions struct {
	Sheet string // XLSX sheet; "" = the first
	// Map overrides the guessed mapping of some columns (--map).
	Map         []ColumnChoice
	DryRun      bool // check and report, write nothing
	OnDuplicate OnDuplicate
	// SkipBad writes the good rows even when some are bad. Without it
	// nothing is written unless every row is good.
	SkipBad bool
	Lang    i18n.Lang // language of the audit note and of messages built here
	// Context, when set, stops the import when it is done (Ctrl+C,
	// SIGTERM): reading stops, the write transaction is rolled back and
	// the error matches store.ErrCanceled.
	Context context.Context
	// Progress, when set, is called while reading (total 0: not known yet)
	// and after each batch written.
	Progress func(done, total int)
	// Mapped, when set, is called once the header row is matched, before
	// any row is read (also when a required column is missing), so that a
	// caller can show the mapping first.
	Mapped func(r *ImportResult)
}

// RowProblem is one reason a row was refused.
type RowProblem struct {
	Row    int    // as Excel numbers it: the header is row 1
	Column string // the header of the cell, or the field's label when no column holds it
	Field  string
	Err    *model.Error
}

// In renders the problem for a user.
func (p RowProblem) In(l i18n.Lang) string {
	return l.T(MsgImportRowProblem, p.Row, p.Column, p.Err.In(l))
}

// ImportResult is what an import did, or would do in a dry run.
type ImportResult struct {
	File      string
	Kind      model.Kind
	Format    string // "CSV" or "XLSX"
	Encoding  string // CSV only
	Separator string // CSV only
	Sheet     string // XLSX only
	HeaderRow int
	Mapping   []Column // the columns read, in file order
	Unknown   []string // headers not understood, ignored
	Missing   []string // required fields no column names
	DryRun    bool

	Read    int // data rows (blank rows are not counted)
	Written int // new records
	Updated int // records changed by --on-duplicate update
	Skipped int // duplicates skipped, and updates that changed nothing
	Refused int // bad rows
	// Totals lists the totals and subtotal rows left out.
	Totals []TotalRow
	// Notes groups what was guessed or kept as text in the rows read, for
	// the user to look over; NotesLeftOut counts notes past the limit.
	Notes        []NoteGroup
	NotesLeftOut int
	// Problems lists every problem of every bad row, by row.
	Problems []RowProblem
	Duration time.Duration
}

// Import reads a CSV or XLSX file into the database; see ImportReader.
func Import(s *store.Store, a store.Actor, kind model.Kind, path string, opts ImportOptions) (ImportResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return ImportResult{File: path, Kind: kind}, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	return ImportReader(s, a, kind, path, f, opts)
}

// ImportReader reads records of one kind from r, named name (the file name
// picks the format with the content's own signature, and goes into the audit
// note). Every row is checked before anything is written; by default any
// bad row stops the whole import, and the result lists every bad row.
func ImportReader(s *store.Store, a store.Actor, kind model.Kind, name string, r io.Reader, opts ImportOptions) (ImportResult, error) {
	start := time.Now()
	res := ImportResult{File: name, Kind: kind, DryRun: opts.DryRun}
	src, err := openSource(name, r, opts.Sheet)
	if err != nil {
		return res, err
	}
	defer src.Close()
	src.Describe(&res)
	in := &importer{st: s, actor: a, opts: opts, res: &res, src: src}
	if ops, ok := exchanged[kind]; ok {
		err = ops.run(in)
	} else {
		err = model.Errorf(MsgImportBadKind, kind.String())
	}
	res.Duration = time.Since(start)
	return res, err
}
