package exchange

import (
	"context"
	"fmt"
	"path/filepath"

	"khuyencong/model"
	"khuyencong/store"
)

// finish writes the plan, unless a row was bad (and bad rows are not to be
// skipped) or this is a dry run. Everything goes in one transaction, all or
// nothing whatever the file's size: an import killed or cancelled half-way
// leaves the database as it was, and running it again does the whole of
// it. New records share one audit entry naming the file; updates are
// checked against the version read, so that a record changed meanwhile is
// refused, not lost, and each keeps its own audit entry.
func (rp *rowPlanner[T, P]) finish() error {
	in, res := rp.in, rp.in.res
	var creates, updates []planned[T]
	for _, p := range rp.plan {
		if p.update {
			updates = append(updates, p)
		} else {
			creates = append(creates, p)
		}
	}
	if res.Refused > 0 && !in.opts.SkipBad {
		res.Updated = 0
		if in.opts.DryRun {
			return nil
		}
		return model.Errorf(MsgImportRefused, fmtCount(res.Refused))
	}
	if in.opts.DryRun {
		res.Written = len(creates)
		return nil
	}
	res.Updated = 0
	err := in.st.WriteBatch(in.context(), in.actor, rp.note(len(creates)), func(b *store.Batch) error {
		// References resolve to deleted records only where the file
		// names one no live record answers to (import_lookup.go).
		b.KeepDeletedRefs()
		return rp.write(b, creates, updates)
	})
	if err != nil {
		res.Written, res.Updated = 0, 0
	}
	return err
}

// write offers the plan to the batch, reporting progress every chunk.
func (rp *rowPlanner[T, P]) write(b *store.Batch, creates, updates []planned[T]) error {
	in, res := rp.in, rp.in.res
	total := len(creates) + len(updates)
	for i, p := range creates {
		if err := b.Create(P(p.rec)); err != nil {
			return fmt.Errorf("write row %d of %s: %w", p.row, res.File, err)
		}
		res.Written = i + 1
		if res.Written%chunkRows == 0 {
			in.progress(res.Written, total)
		}
	}
	for _, p := range updates {
		if err := b.Update(P(p.rec)); err != nil {
			return fmt.Errorf("update from row %d of %s: %w", p.row, res.File, err)
		}
		res.Updated++
		if res.Updated%chunkRows == 0 {
			in.progress(res.Written+res.Updated, total)
		}
	}
	in.progress(total, total)
	return nil
}

// note is the audit entry's text: the file and how many records it made.
func (rp *rowPlanner[T, P]) note(n int) string {
	return rp.in.opts.Lang.T(MsgImportNote, filepath.Base(rp.in.res.File), n)
}

// context is the import's context: the caller's, or one never done.
func (in *importer) context() context.Context {
	if in.opts.Context != nil {
		return in.opts.Context
	}
	return context.Background()
}

// canceled stops reading a file once the caller's context is done.
func (in *importer) canceled() error { return store.Canceled(in.context()) }

func (in *importer) progress(done, total int) {
	if in.opts.Progress != nil {
		in.opts.Progress(done, total)
	}
}
