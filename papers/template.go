package papers

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"khuyencong/model"
)

// placeholder is "{{name}}", "{{table:projects}}" or "{{total:projects}}".
var placeholder = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// slot is one cell of a template holding placeholders.
type slot struct {
	sheet    string
	col, row int
	text     string   // the cell's text
	names    []string // the placeholders in it
}

func (s slot) addr() string {
	c, _ := excelize.CoordinatesToCellName(s.col, s.row)
	return s.sheet + "!" + c
}

// FillTemplate writes the paper into a copy of the centre's own workbook:
// each {{name}} in a cell becomes the value of that name, the row holding
// {{table:NAME}} is repeated downwards once per row of the table (each
// copy keeps the row's formatting; the table's columns start at the
// placeholder's cell), and {{total:NAME}} becomes the table's total row
// with SUM formulas. A placeholder the paper does not have is refused with
// its cell's address, before anything is written.
func FillTemplate(w io.Writer, p *Paper, path string) error {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return model.Errorf(MsgTplNotXLSX, path)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		return model.Errorf(MsgTplBroken, path, err)
	}
	defer f.Close()
	slots, err := findSlots(f)
	if err != nil {
		return model.Errorf(MsgTplBroken, path, err)
	}
	if err := checkSlots(p, slots, filepath.Base(path)); err != nil {
		return err
	}
	if err := fillSlots(f, p, slots); err != nil {
		return fmt.Errorf("fill template %s: %w", path, err)
	}
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return fmt.Errorf("fill template %s: %w", path, err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// findSlots lists the cells with placeholders, sheet by sheet, top down.
func findSlots(f *excelize.File) ([]slot, error) {
	var out []slot
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		for r, row := range rows {
			for c, v := range row {
				ms := placeholder.FindAllStringSubmatch(v, -1)
				if len(ms) == 0 {
					continue
				}
				s := slot{sheet: sheet, col: c + 1, row: r + 1, text: v}
				for _, m := range ms {
					s.names = append(s.names, m[1])
				}
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// checkSlots refuses the first placeholder the paper cannot fill.
func checkSlots(p *Paper, slots []slot, file string) error {
	var tables []string
	for _, t := range p.Tables() {
		tables = append(tables, t.Name)
	}
	for _, s := range slots {
		for _, n := range s.names {
			kind, name, isTable := strings.Cut(n, ":")
			switch {
			case isTable && (kind == "table" || kind == "total"):
				if p.Table(name) == nil {
					return model.Errorf(MsgTplNoTable, file, s.addr(), name, strings.Join(tables, ", "))
				}
			case isTable:
				return model.Errorf(MsgTplUnknown, file, s.addr(), n)
			default:
				if _, ok := p.Values[n]; !ok {
					return model.Errorf(MsgTplUnknown, file, s.addr(), n)
				}
			}
		}
	}
	return nil
}

// fillSlots fills the slots top down; a table's rows push what is below
// it down, so the later slots move by the rows inserted above them.
func fillSlots(f *excelize.File, p *Paper, slots []slot) error {
	slices.SortStableFunc(slots, func(a, b slot) int {
		return cmp.Or(strings.Compare(a.sheet, b.sheet), cmp.Compare(a.row, b.row), cmp.Compare(a.col, b.col))
	})
	shift := map[string]int{}
	type span struct{ first, last int }
	spans := map[string]span{}
	for _, s := range slots {
		s.row += shift[s.sheet]
		n := s.names[0]
		switch {
		case strings.HasPrefix(n, "table:"):
			t := p.Table(strings.TrimPrefix(n, "table:"))
			for i := 1; i < len(t.Rows); i++ {
				if err := f.DuplicateRow(s.sheet, s.row); err != nil {
					return err
				}
			}
			if err := fillRows(f, s, t); err != nil {
				return err
			}
			spans[t.Name] = span{s.row, s.row + len(t.Rows) - 1}
			shift[s.sheet] += max(len(t.Rows), 1) - 1
		case strings.HasPrefix(n, "total:"):
			t := p.Table(strings.TrimPrefix(n, "total:"))
			sp, ok := spans[t.Name]
			if !ok {
				sp = span{1, 0}
			}
			if err := fillTotal(f, s, t, sp.first, sp.last); err != nil {
				return err
			}
		default:
			if err := fillText(f, p, s); err != nil {
				return err
			}
		}
	}
	return nil
}

func fillText(f *excelize.File, p *Paper, s slot) error {
	v := placeholder.ReplaceAllStringFunc(s.text, func(m string) string {
		return p.Values[placeholder.FindStringSubmatch(m)[1]]
	})
	cell, _ := excelize.CoordinatesToCellName(s.col, s.row)
	return f.SetCellStr(s.sheet, cell, v)
}

// fillRows writes a table's rows from the slot's cell; an empty table
// leaves the row blank.
func fillRows(f *excelize.File, s slot, t *Table) error {
	if len(t.Rows) == 0 {
		cell, _ := excelize.CoordinatesToCellName(s.col, s.row)
		return f.SetCellStr(s.sheet, cell, "")
	}
	for i, r := range t.Rows {
		for j, c := range t.Cols {
			if err := setTyped(f, s.sheet, s.col+j, s.row+i, c, r[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

// fillTotal writes the total row: the label, SUM formulas over the rows
// the table filled in its Sum columns, the model's figure elsewhere.
func fillTotal(f *excelize.File, s slot, t *Table, first, last int) error {
	if t.Total == nil {
		cell, _ := excelize.CoordinatesToCellName(s.col, s.row)
		return f.SetCellStr(s.sheet, cell, "")
	}
	for j, c := range t.Cols {
		if err := setTyped(f, s.sheet, s.col+j, s.row, c, t.Total[j]); err != nil {
			return err
		}
		if !c.Sum || last < first {
			continue
		}
		col, _ := excelize.ColumnNumberToName(s.col + j)
		cell, _ := excelize.CoordinatesToCellName(s.col+j, s.row)
		if err := f.SetCellFormula(s.sheet, cell, fmt.Sprintf("SUM(%s%d:%s%d)", col, first, col, last)); err != nil {
			return err
		}
	}
	return nil
}

// setTyped writes a cell as its column's kind, keeping the cell's style.
func setTyped(f *excelize.File, sheet string, col, row int, c Col, v Cell) error {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	switch {
	case v.Blank:
		return f.SetCellStr(sheet, cell, "")
	case c.Kind == ColText:
		return f.SetCellStr(sheet, cell, v.Text)
	case c.Kind == ColPercent:
		return f.SetCellFloat(sheet, cell, float64(v.N)/1000, -1, 64)
	case c.Kind == ColDate:
		return f.SetCellFloat(sheet, cell, excelSerial(model.Date(v.N)), -1, 64)
	}
	return f.SetCellInt(sheet, cell, v.N)
}
