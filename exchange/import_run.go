package exchange

import (
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// importer holds one import's inputs and result.
type importer struct {
	st    *store.Store
	actor store.Actor
	opts  ImportOptions
	res   *ImportResult
	src   rowSource

	noteIndex map[RowNote]int
}

// boundColumn is a file column with the spec column that reads it.
type boundColumn[T any] struct {
	Column
	col *column[T]
}

// planned is a good row waiting to be written.
type planned[T any] struct {
	row    int
	rec    *T
	update bool // rec is a changed copy of a stored record
}

// rowPlanner turns rows into records and decides what happens to each.
type rowPlanner[T any, P interface {
	*T
	model.Record
}] struct {
	sp    *spec[T]
	in    *importer
	cols  []boundColumn[T]
	ctx   rowCtx
	plan  []planned[T]
	byKey map[string]int // key → index in plan
}

func runImport[T any, P interface {
	*T
	model.Record
}](sp *spec[T], in *importer) error {
	res := in.res
	hr := &headerReader{src: in.src}
	hdr, err := hr.findHeader(sp.index)
	if err != nil {
		return err
	}
	res.HeaderRow = hdr.row
	chosen, err := mapOverrides(sp.index, sp.fields(), in.opts.Map, hdr.fields)
	if err != nil {
		return err
	}
	res.Mapping, res.Unknown = matchHeaders(sp.index, hdr.fields, chosen)
	res.Missing = missingRequired(res.Mapping, sp.required())
	if in.opts.Mapped != nil {
		in.opts.Mapped(res)
	}
	if miss := res.Missing; len(miss) > 0 {
		return model.Errorf(MsgImportMissingColumns, fieldLabels(miss, in.opts.Lang))
	}
	rp := &rowPlanner[T, P]{sp: sp, in: in, byKey: map[string]int{}}
	rp.ctx = rowCtx{look: newLookups(in.st.Snapshot(), sp.look), date1904: in.src.Date1904(), lang: in.opts.Lang}
	rp.ctx.columns = map[string]bool{}
	for _, c := range res.Mapping {
		rp.cols = append(rp.cols, boundColumn[T]{Column: c, col: sp.column(c.Field)})
		rp.ctx.columns[c.Field] = true
	}
	ch := newChunker(rp)
	tf := newTotalsFinder(sp, res.Mapping)
	for {
		row, fields, err := hr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if blankRow(fields) {
			continue
		}
		if tr, ok := tf.check(row, fields); ok {
			res.Totals = append(res.Totals, tr)
			continue
		}
		res.Read++
		if ch.push(row, fields) {
			if err := in.canceled(); err != nil {
				return err
			}
			if err := ch.flush(); err != nil {
				return err
			}
			in.progress(res.Read, 0)
		}
	}
	if err := ch.flush(); err != nil {
		return err
	}
	return rp.finish()
}

// decide plans a parsed row, or records why it is refused: its own
// problems, or a duplicate under --on-duplicate fail.
func (rp *rowPlanner[T, P]) decide(row int, fields []string, rec *T, ps model.Problems) {
	if len(ps) > 0 {
		rp.refuse(row, ps)
		return
	}
	// A deleted record holds no unique key (store/unique.go), so it is
	// never a duplicate.
	if rp.sp.key == nil || P(rec).Header().Deleted {
		rp.plan = append(rp.plan, planned[T]{row: row, rec: rec})
		return
	}
	key := rp.sp.key(rec)
	if key == "" {
		rp.plan = append(rp.plan, planned[T]{row: row, rec: rec})
		return
	}
	res, mode := rp.in.res, rp.in.opts.OnDuplicate
	shown := strings.TrimSpace(cellOf(fields, rp.columnIndex(rp.sp.keyField)))
	if i, ok := rp.byKey[key]; ok {
		earlier := rp.plan[i]
		switch mode {
		case DupSkip:
			res.Skipped++
		case DupUpdate:
			if merged, ok := rp.merge(row, earlier.rec, fields); ok {
				rp.plan[i].rec = merged
				res.Updated++
			}
		default:
			rp.refuse(row, model.Problems{{Field: rp.sp.keyField,
				Err: model.Errorf(MsgImportDupInFile, shown, earlier.row)}})
		}
		return
	}
	old, ok := rp.sp.existing(rp.ctx.look, key)
	if !ok {
		rp.byKey[key] = len(rp.plan)
		rp.plan = append(rp.plan, planned[T]{row: row, rec: rec})
		return
	}
	switch mode {
	case DupSkip:
		res.Skipped++
	case DupUpdate:
		merged, ok := rp.merge(row, old, fields)
		switch {
		case !ok:
		case sameRecord[T, P](merged, old, rp.sp.clone):
			res.Skipped++
		default:
			rp.byKey[key] = len(rp.plan)
			rp.plan = append(rp.plan, planned[T]{row: row, rec: merged, update: true})
			res.Updated++
		}
	default:
		rp.refuse(row, model.Problems{{Field: rp.sp.keyField,
			Err: model.Errorf(MsgImportDupInDB, shown, int(P(old).Header().ID))}})
	}
}

// parse fills rec from the row's cells and checks it. Cell errors come
// first; a rule broken by a field whose cell did not parse is not repeated.
// It may run on several rows at once, each with its own rowCtx.
func (rp *rowPlanner[T, P]) parse(c *rowCtx, rec *T, fields []string) model.Problems {
	c.reset()
	var ps model.Problems
	for _, col := range rp.cols {
		v := undefuse(strings.TrimSpace(cellOf(fields, col.Index)))
		if v == "" {
			continue
		}
		if err := col.col.set(rec, v, c); err != nil {
			ps = append(ps, model.Problem{Field: col.Field, Err: err})
		}
	}
	cellErrs := len(ps)
	rp.spill(c, rec)
	if rp.sp.fill != nil {
		rp.sp.fill(rec, c)
	}
	P(rec).Sanitize()
	rules := P(rec).Validate()
	if rp.sp.check != nil {
		rules = append(rules, rp.sp.check(rec, c)...)
	}
	for _, p := range rules {
		if !slices.ContainsFunc(ps[:cellErrs], func(q model.Problem) bool { return q.Field == p.Field }) {
			ps = append(ps, p)
		}
	}
	return ps
}

// spill keeps the cells that fit no value of their list in the free-text
// field named for them, after what that field's own column holds.
func (rp *rowPlanner[T, P]) spill(c *rowCtx, rec *T) {
	for _, s := range c.spills {
		col := rp.sp.column(s.field)
		cur := col.get(rec, &outCtx{}).s
		switch {
		case cur == "":
			cur = s.text
		case !strings.Contains(cur, s.text):
			cur += "; " + s.text
		}
		_ = col.set(rec, cur, c)
	}
}

// merge applies a row's non-empty cells to a copy of a record: an update
// changes what the file says and keeps the rest.
func (rp *rowPlanner[T, P]) merge(row int, base *T, fields []string) (*T, bool) {
	merged := rp.sp.clone(base)
	if ps := rp.parse(&rp.ctx, merged, fields); len(ps) > 0 {
		rp.refuse(row, ps)
		return nil, false
	}
	return merged, true
}

func cellOf(fields []string, i int) string {
	if i < 0 || i >= len(fields) {
		return ""
	}
	return fields[i]
}

// sameRecord compares two records field by field, ignoring Meta, so that an
// update that changes nothing is not written.
func sameRecord[T any, P interface {
	*T
	model.Record
}](a, b *T, clone func(*T) *T) bool {
	ca, cb := clone(a), clone(b)
	*P(ca).Header() = model.Meta{}
	*P(cb).Header() = model.Meta{}
	return reflect.DeepEqual(ca, cb)
}

func fieldLabels(fields []string, l i18n.Lang) string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = model.FieldLabel(f, l)
	}
	return strings.Join(out, ", ")
}
