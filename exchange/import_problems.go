package exchange

import (
	"cmp"
	"math"
	"slices"

	"khuyencong/model"
)

// refuse records a bad row; its problems are listed in the file's column
// order, as the user reads the row.
func (rp *rowPlanner[T, P]) refuse(row int, ps model.Problems) {
	res := rp.in.res
	res.Refused++
	slices.SortStableFunc(ps, func(a, b model.Problem) int {
		return cmp.Compare(rp.position(a.Field), rp.position(b.Field))
	})
	for _, p := range ps {
		res.Problems = append(res.Problems, RowProblem{Row: row, Column: rp.header(p.Field), Field: p.Field, Err: p.Err})
	}
}

// header names a field's column as the file does, or by its label when the
// file has no such column.
func (rp *rowPlanner[T, P]) header(field string) string {
	for _, c := range rp.cols {
		if c.Field == field {
			return c.Header
		}
	}
	return model.FieldLabel(field, rp.in.opts.Lang)
}

// position orders a field by its column; fields without one come last.
func (rp *rowPlanner[T, P]) position(field string) int {
	if i := rp.columnIndex(field); i >= 0 {
		return i
	}
	return math.MaxInt
}

func (rp *rowPlanner[T, P]) columnIndex(field string) int {
	for _, c := range rp.cols {
		if c.Field == field {
			return c.Index
		}
	}
	return -1
}
