package exchange

import (
	"fmt"
	"runtime"
	"slices"
	"sync"

	"khuyencong/model"
)

// chunkRows is how many rows are parsed together. Parsing, cleaning and
// checking a row is most of an import's work and rows do not depend on one
// another, so a chunk is spread over the processors; duplicates and the
// plan are then decided one row at a time, in file order.
const chunkRows = 1024

type parsedRow[T any] struct {
	row    int
	fields []string
	rec    *T
	ps     model.Problems
	notes  []RowNote
}

type chunker[T any, P interface {
	*T
	model.Record
}] struct {
	rp   *rowPlanner[T, P]
	rows []parsedRow[T]
	ctxs []rowCtx // one per worker: the memos are not shared
}

func newChunker[T any, P interface {
	*T
	model.Record
}](rp *rowPlanner[T, P]) *chunker[T, P] {
	ctxs := make([]rowCtx, min(runtime.GOMAXPROCS(0), 8))
	for i := range ctxs {
		ctxs[i] = rowCtx{look: rp.ctx.look, date1904: rp.ctx.date1904, lang: rp.ctx.lang, columns: rp.ctx.columns}
	}
	return &chunker[T, P]{rp: rp, rows: make([]parsedRow[T], 0, chunkRows), ctxs: ctxs}
}

// push keeps a row (the source may reuse its slice) and reports whether
// the chunk is full.
func (c *chunker[T, P]) push(row int, fields []string) bool {
	c.rows = append(c.rows, parsedRow[T]{row: row, fields: slices.Clone(fields)})
	return len(c.rows) == chunkRows
}

// flush parses the chunk in parallel and decides its rows in order.
func (c *chunker[T, P]) flush() error {
	n := len(c.rows)
	if n == 0 {
		return nil
	}
	per := (n + len(c.ctxs) - 1) / len(c.ctxs)
	errs := make([]error, len(c.ctxs))
	var wg sync.WaitGroup
	for k := range c.ctxs {
		lo, hi := k*per, min((k+1)*per, n)
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[k] = c.parse(&c.ctxs[k], c.rows[lo:hi])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	res := c.rp.in.res
	for _, p := range c.rows {
		refused := res.Refused
		c.rp.decide(p.row, p.fields, p.rec, p.ps)
		if res.Refused == refused {
			c.rp.in.note(p.row, p.notes)
		}
	}
	c.rows = c.rows[:0]
	return nil
}

// parse runs on a worker goroutine, where a panic would take the whole
// server down with it: a bug met on some row becomes an error instead.
func (c *chunker[T, P]) parse(ctx *rowCtx, rows []parsedRow[T]) (err error) {
	i := 0
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("import: internal error on row %d: %v", rows[i].row, r)
		}
	}()
	for ; i < len(rows); i++ {
		p := &rows[i]
		p.rec = new(T)
		p.ps = c.rp.parse(ctx, p.rec, p.fields)
		p.notes = ctx.notes
	}
	return nil
}
