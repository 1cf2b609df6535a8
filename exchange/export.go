package exchange

import (
	"io"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// Export formats. Markdown shares its name with the report's.
const (
	FormatCSV  = "csv"
	FormatXLSX = "xlsx"
	FormatMD   = "md"
)

// ExportFormats lists the formats Export writes.
var ExportFormats = []string{FormatCSV, FormatXLSX, FormatMD}

// grid is an export before it is written: the headers and, per record, one
// value per column. Rows are produced on demand so that a large table is
// never held twice.
type grid struct {
	headers []string
	kinds   []cellKind
	sheet   string // the sheet name of a workbook
	n       int
	row     func(i int, out []value) // fills out with record i's values
}

// Export writes records of one kind. rows are table rows (ID-1) in the
// order wanted, as the app's filtered and sorted view holds them; nil means
// every live record in ID order. CSV is UTF-8 with a BOM and ',' so that
// Excel opens it with its diacritics; XLSX has typed cells; Markdown is for
// pasting into a document.
func Export(snap *store.Snapshot, kind model.Kind, rows []int32, format string, w io.Writer, lang i18n.Lang) error {
	var g *grid
	x := &outCtx{snap: snap, lang: lang}
	ops, ok := exchanged[kind]
	if !ok {
		return model.Errorf(MsgExportBadKind, kind.String())
	}
	g = ops.grid(x, rows)
	ki, _ := kind.Info()
	g.sheet = lang.T(ki.Many)
	switch format {
	case FormatCSV:
		return writeCSV(w, g)
	case FormatXLSX:
		return writeXLSX(w, []*grid{g})
	case FormatMD:
		return writeMarkdown(w, g)
	}
	return model.Errorf(model.MsgExportBadFormat, format, strings.Join(ExportFormats, ", "))
}

func makeGrid[T any, P interface {
	*T
	model.Record
}](sp *spec[T], x *outCtx, rows []int32) *grid {
	t := store.TableOf[T, P](x.snap)
	if rows == nil {
		rows = make([]int32, 0, t.Len())
		for i := range t.Len() {
			if exportedRow(x.snap, sp.kind, t.Deleted(i), model.ID(i+1)) {
				rows = append(rows, int32(i))
			}
		}
	} else {
		kept := make([]int32, 0, len(rows))
		for _, i := range rows {
			if i >= 0 && int(i) < t.Len() {
				kept = append(kept, i)
			}
		}
		rows = kept
	}
	anyDeleted := false
	for _, i := range rows {
		anyDeleted = anyDeleted || t.Deleted(int(i))
	}
	cols := make([]column[T], 0, len(sp.columns))
	for _, c := range sp.columns {
		if c.importOnly || (c.onlyDeleted && !anyDeleted) {
			continue
		}
		cols = append(cols, c)
	}
	g := &grid{n: len(rows)}
	for _, c := range cols {
		g.headers = append(g.headers, columnLabel(c.field, x.lang))
		g.kinds = append(g.kinds, c.kind)
	}
	g.row = func(i int, out []value) {
		r := t.At(int(rows[i]))
		for j := range cols {
			out[j] = cols[j].get(r, x)
		}
	}
	return g
}

// columnLabel is a column's header: the field's label, the deleted mark's
// from this package's catalog.
func columnLabel(field string, l i18n.Lang) string {
	if field == deletedField {
		return l.T(MsgColDeleted)
	}
	return model.FieldLabel(field, l)
}

// plain is a value as text in a file meant to be read back: digits without
// grouping for numbers and amounts (any locale's Excel reads them as
// numbers), dd/mm/yyyy for dates.
func (v value) plain() string {
	if v.blank {
		return ""
	}
	switch v.kind {
	case cNumber, cMoney:
		return strconv.FormatInt(v.n, 10)
	case cDate:
		return model.Date(v.n).String()
	case cPercent:
		return strings.Replace(strconv.FormatFloat(float64(v.n)/10, 'f', 1, 64), ".", ",", 1) + "%"
	}
	return v.s
}

// display is a value as people read it: amounts grouped Vietnamese-style.
func (v value) display() string {
	if !v.blank && v.kind == cMoney {
		return model.Money(v.n).Full()
	}
	return v.plain()
}

// RowsOfYear picks the live records of a plan year, as Export's rows:
// projects and allocations by their year, payments by the year of their
// date. Year 0 gives nil (everything). Facilities have no plan year.
func RowsOfYear(snap *store.Snapshot, kind model.Kind, year int32) []int32 {
	if year == 0 {
		return nil
	}
	if ops, ok := exchanged[kind]; ok && ops.rows != nil {
		return ops.rows(snap, year)
	}
	return nil
}
