package exchange

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"khuyencong/model"
)

// Number formats. numFmtThousands is Excel's built-in "#,##0": the file
// always stores format codes in Excel's neutral syntax, and Excel shows the
// separators of the reader's locale, so a Vietnamese Excel displays
// 2.170.000.000 (its "#.##0"). Writing the literal code "#.##0" would
// instead mean "no grouping, three decimals" everywhere.
const (
	numFmtThousands = 3
	numFmtPercent   = 10 // 0.00%
	dateFormat      = "dd/mm/yyyy"
	minColWidth     = 6
	maxColWidth     = 60
)

// xlsxStyles are the workbook's cell styles.
type xlsxStyles struct{ header, money, date, percent int }

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var s xlsxStyles
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	}); err != nil {
		return s, err
	}
	if s.money, err = f.NewStyle(&excelize.Style{NumFmt: numFmtThousands}); err != nil {
		return s, err
	}
	if s.percent, err = f.NewStyle(&excelize.Style{NumFmt: numFmtPercent}); err != nil {
		return s, err
	}
	df := dateFormat
	s.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &df})
	return s, err
}

// writeXLSX writes one sheet per grid: bold frozen header, columns as wide
// as their content, amounts as numbers, dates as dates.
func writeXLSX(w io.Writer, grids []*grid) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newXLSXStyles(f)
	if err != nil {
		return fmt.Errorf("write XLSX: %w", err)
	}
	names := map[string]bool{}
	for i, g := range grids {
		name := sheetName(g.sheet, i, names)
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err == nil {
			err = writeSheet(f, name, g, st)
		}
		if err != nil {
			return fmt.Errorf("write XLSX sheet %s: %w", name, err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write XLSX: %w", err)
	}
	return nil
}

func writeSheet(f *excelize.File, name string, g *grid, st xlsxStyles) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for j, width := range columnWidths(g) {
		if err := sw.SetColWidth(j+1, j+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]any, len(g.headers))
	for j, h := range g.headers {
		row[j] = excelize.Cell{StyleID: st.header, Value: h}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	vals := make([]value, len(g.headers))
	for i := 0; i < g.n; i++ {
		g.row(i, vals)
		for j, v := range vals {
			row[j] = xlsxCell(v, st)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// xlsxCell is a typed cell: text stays a string cell (never a formula, so
// nothing typed by a user runs when the file is opened), amounts are
// numbers in the thousands format, dates are serial numbers shown as dates.
func xlsxCell(v value, st xlsxStyles) any {
	if v.blank {
		return nil
	}
	switch v.kind {
	case cNumber:
		return v.n
	case cMoney:
		return excelize.Cell{StyleID: st.money, Value: v.n}
	case cDate:
		return excelize.Cell{StyleID: st.date, Value: excelSerial(model.Date(v.n))}
	case cPercent:
		return excelize.Cell{StyleID: st.percent, Value: float64(v.n) / 1000}
	}
	if v.s == "" {
		return nil
	}
	return v.s
}

// excelSerial is the day number Excel stores for a date (1900 system).
func excelSerial(d model.Date) float64 {
	base := model.Date(18991230).Time()
	return float64(d.Time().Sub(base).Hours() / 24)
}

// columnWidths fits each column to its longest cell in characters, within
// bounds, so a sheet opens readable without dragging column edges.
func columnWidths(g *grid) []float64 {
	widths := make([]int, len(g.headers))
	for j, h := range g.headers {
		widths[j] = utf8.RuneCountInString(h)
	}
	vals := make([]value, len(g.headers))
	for i := 0; i < g.n; i++ {
		g.row(i, vals)
		for j, v := range vals {
			if n := longestLine(v.display()); n > widths[j] {
				widths[j] = n
			}
		}
	}
	out := make([]float64, len(widths))
	for j, n := range widths {
		out[j] = float64(min(max(n+2, minColWidth), maxColWidth))
	}
	return out
}

func longestLine(s string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		n = max(n, utf8.RuneCountInString(line))
	}
	return n
}

// sheetName makes a valid, unique sheet name: at most 31 characters and
// none of : \ / ? * [ ].
func sheetName(want string, i int, used map[string]bool) string {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(want))
	if clean == "" {
		clean = fmt.Sprintf("Sheet%d", i+1)
	}
	name := truncateRunes(clean, 31)
	for k := 2; used[strings.ToLower(name)]; k++ {
		suffix := fmt.Sprintf(" (%d)", k)
		name = truncateRunes(clean, 31-len(suffix)) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
