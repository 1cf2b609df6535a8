package exchange

import (
	"strings"
	"unicode"

	"khuyencong/vntext"
)

// TotalRow is a totals or subtotal row of the file, left out of the import
// and named in the report.
type TotalRow struct {
	Row  int
	Text string // the row's label ("Tổng cộng"), or "" for a row of sums only
}

// totalWords are the labels offices put on a totals line, compared in
// lower case with their diacritics: "Tổng công ty ..." and "Công ty ..."
// are company names, "Tổng" and "Cộng" alone are not.
var totalWords = map[string]bool{
	"tổng cộng": true, "cộng": true, "tổng": true, "tổng số": true, "tổng hợp": true,
	"cộng chung": true, "tổng cộng chung": true, "total": true, "subtotal": true,
	"sub-total": true, "grand total": true, "sum": true,
}

// totalPrefixes start a subtotal that goes on to name its group ("Cộng
// huyện Tam Dương", "Tổng cộng toàn tỉnh").
var totalPrefixes = []string{"tổng cộng ", "tổng số ", "cộng huyện ", "cộng xã ", "cộng phường ",
	"cộng thị xã ", "cộng thành phố ", "cộng tp ", "cộng nhóm ", "cộng ngành ", "cộng loại ",
	"cộng trang ", "total ", "subtotal "}

// isTotalLabel reports whether a cell is a totals label.
func isTotalLabel(cell string) bool {
	s := strings.ToLower(vntext.CleanLine(cell))
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	s = strings.Join(strings.Fields(s), " ")
	if totalWords[s] {
		return true
	}
	for _, p := range totalPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// sumColumn is a numeric column whose running sums a row of sums is
// compared with: since the start, and since the last totals row.
type sumColumn struct {
	index      int
	money      bool
	all, group int64
}

// totalsFinder tells totals rows from data rows. A row is a totals row
// when it has no key (a tax code, a project code) and either its first
// cell or its name cell is a totals label, or its name cell is empty, it
// holds nothing but figures, and one of them is the sum of its column above
// (since the start or since the last totals row), as a sheet's =SUM() row is.
type totalsFinder struct {
	name, key int // cell indexes; -1 when the file has no such column
	sums      []sumColumn
	mapped    []int // every mapped column
	rows      int   // data rows added since the start
}

// check says whether the row is a totals row and, if so, resets the
// group sums; otherwise it adds the row's figures.
func (t *totalsFinder) check(row int, fields []string) (TotalRow, bool) {
	if strings.TrimSpace(cellOf(fields, t.key)) != "" {
		t.add(fields)
		return TotalRow{}, false
	}
	first := firstCell(fields)
	for _, c := range []string{first, cellOf(fields, t.name)} {
		if isTotalLabel(c) {
			t.endGroup()
			return TotalRow{Row: row, Text: vntext.CleanLine(c)}, true
		}
	}
	if t.sumsOnly(fields) {
		t.endGroup()
		return TotalRow{Row: row}, true
	}
	t.add(fields)
	return TotalRow{}, false
}

func firstCell(fields []string) string {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return f
		}
	}
	return ""
}

// sumsOnly: the name is empty, every filled mapped cell is a figure, and
// one of them, not zero, is a running sum. Other figures may be anything:
// a totals row often gives an average income beside the summed workers.
func (t *totalsFinder) sumsOnly(fields []string) bool {
	if t.name < 0 || t.rows < 2 || strings.TrimSpace(cellOf(fields, t.name)) != "" {
		return false
	}
	for _, i := range t.mapped {
		if strings.TrimSpace(cellOf(fields, i)) != "" && !t.isSum(i) {
			return false
		}
	}
	for _, c := range t.sums {
		if v, ok := t.number(c, fields); ok && v != 0 && (v == c.all || v == c.group) {
			return true
		}
	}
	return false
}

func (t *totalsFinder) isSum(i int) bool {
	for _, c := range t.sums {
		if c.index == i {
			return true
		}
	}
	return false
}

func (t *totalsFinder) number(c sumColumn, fields []string) (int64, bool) {
	v := undefuse(strings.TrimSpace(cellOf(fields, c.index)))
	if v == "" {
		return 0, false
	}
	if c.money {
		m, err := parseMoneyCell(v)
		return int64(m), err == nil
	}
	n, err := parseInt32(v)
	return int64(n), err == nil
}

func (t *totalsFinder) add(fields []string) {
	t.rows++
	for k := range t.sums {
		if v, ok := t.number(t.sums[k], fields); ok {
			t.sums[k].all += v
			t.sums[k].group += v
		}
	}
}

func (t *totalsFinder) endGroup() {
	for k := range t.sums {
		t.sums[k].group = 0
	}
}

// newTotalsFinder watches the file's name, key and figure columns.
func newTotalsFinder[T any](sp *spec[T], mapping []Column) *totalsFinder {
	t := &totalsFinder{name: -1, key: -1}
	for _, c := range mapping {
		t.mapped = append(t.mapped, c.Index)
		switch {
		case c.Field == "name":
			t.name = c.Index
		case c.Field == sp.keyField:
			t.key = c.Index
		}
		if col := sp.column(c.Field); col != nil && (col.kind == cMoney || col.kind == cNumber) && c.Field != "year" {
			t.sums = append(t.sums, sumColumn{index: c.Index, money: col.kind == cMoney})
		}
	}
	return t
}
