package exchange

import (
	"fmt"
	"path/filepath"

	"khuyencong/model"
)

// finish writes the plan, unless a row was bad (and bad rows are not to be
// skipped) or this is a dry run. New records go in batches of BatchSize,
// one transaction and one audit entry each; updates go one by one with the
// version read, so that a record changed meanwhile is refused, not lost.
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
	total := len(creates) + len(updates)
	for from := 0; from < len(creates); from += BatchSize {
		to := min(from+BatchSize, len(creates))
		batch := make([]model.Record, 0, to-from)
		for _, p := range creates[from:to] {
			batch = append(batch, P(p.rec))
		}
		if err := in.st.CreateMany(in.actor, batch, rp.note(from, to, len(creates))); err != nil {
			return fmt.Errorf("write rows %d to %d of %s: %w", creates[from].row, creates[to-1].row, res.File, err)
		}
		res.Written = to
		in.progress(res.Written, total)
	}
	for i, p := range updates {
		if err := in.st.Update(in.actor, P(p.rec)); err != nil {
			return fmt.Errorf("update from row %d of %s: %w", p.row, res.File, err)
		}
		res.Updated++
		if (i+1)%100 == 0 || i+1 == len(updates) {
			in.progress(res.Written+res.Updated, total)
		}
	}
	return nil
}

// note is the audit entry's text: the file, and the part of it when the
// import takes more than one transaction.
func (rp *rowPlanner[T, P]) note(from, to, n int) string {
	l, file := rp.in.opts.Lang, filepath.Base(rp.in.res.File)
	if n <= BatchSize {
		return l.T(MsgImportNote, file, n)
	}
	return l.T(MsgImportNoteBatch, file, from+1, to, n)
}

func (in *importer) progress(done, total int) {
	if in.opts.Progress != nil {
		in.opts.Progress(done, total)
	}
}
