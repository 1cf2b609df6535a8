package papers

import (
	"fmt"
	"io"
	"math"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"khuyencong/model"
)

// minCols is the fewest columns a sheet spreads its heading over: the
// issuing body on the left, the motto on the right.
const minCols = 6

// sheetLayout is where the writer put things, for the page setup (the
// rows to repeat) and the tests.
type sheetLayout struct {
	sheet    string
	cols     int
	titleRow int // the header row of the main table, repeated on each page
}

// xlsxWriter writes one paper on one sheet, row after row.
type xlsxWriter struct {
	f      *excelize.File
	sw     *excelize.StreamWriter
	st     styles
	p      *Paper
	row    int
	cols   int
	widths []float64
	lay    sheetLayout
}

// WriteXLSX writes the paper as a workbook ready to print: the heading of
// Decree 30/2020/NĐ-CP, the tables with their total rows as SUM formulas,
// the signature blocks, and an A4 page (landscape when a table is wide)
// fit to one page wide, its table header repeated on every page and its
// pages numbered.
func WriteXLSX(w io.Writer, p *Paper) error {
	f := excelize.NewFile()
	defer f.Close()
	lay, err := fillXLSX(f, p)
	if err == nil && lay.titleRow > 0 {
		err = f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", lay.sheet, lay.titleRow, lay.titleRow), Scope: lay.sheet})
	}
	if err == nil {
		err = f.Write(w)
	}
	if err != nil {
		return fmt.Errorf("write report XLSX: %w", err)
	}
	return nil
}

func fillXLSX(f *excelize.File, p *Paper) (sheetLayout, error) {
	name := p.t(MsgSheetName)
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return sheetLayout{}, err
	}
	if err := f.SetDefaultFont(fontName); err != nil {
		return sheetLayout{}, err
	}
	st, err := newStyles(f)
	if err != nil {
		return sheetLayout{}, err
	}
	// The stream writer copies the page setup when it is made and writes
	// the sheet when the file is: the setup goes first.
	if err := pageSetup(f, p, name); err != nil {
		return sheetLayout{}, err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return sheetLayout{}, err
	}
	x := &xlsxWriter{f: f, sw: sw, st: st, p: p, row: 1}
	x.lay.sheet = name
	x.columns()
	steps := []func() error{x.heading, x.body, x.signatures}
	for _, step := range steps {
		if err := step(); err != nil {
			return x.lay, err
		}
	}
	return x.lay, sw.Flush()
}

// columns sizes the sheet's columns (Paper.columnWidths).
func (x *xlsxWriter) columns() {
	x.widths = x.p.columnWidths()
	x.cols = len(x.widths)
	x.lay.cols = x.cols
	for j, w := range x.widths {
		_ = x.sw.SetColWidth(j+1, j+1, w)
	}
}

// split is the last column of the heading's left block: the first
// columns that make at least two fifths of the sheet's width.
func (x *xlsxWriter) split() int {
	var w float64
	for j, c := range x.widths {
		w += c
		if w >= x.total()*2/5 {
			return min(j+1, x.cols-1)
		}
	}
	return x.cols - 1
}

// put writes one row of cells from column 1; merges are (from, to)
// column pairs.
func (x *xlsxWriter) put(cells []any, height float64, merges ...[2]int) error {
	cell, _ := excelize.CoordinatesToCellName(1, x.row)
	var opts []excelize.RowOpts
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	if err := x.sw.SetRow(cell, cells, opts...); err != nil {
		return err
	}
	for _, m := range merges {
		if m[1] > m[0] {
			a, _ := excelize.CoordinatesToCellName(m[0], x.row)
			b, _ := excelize.CoordinatesToCellName(m[1], x.row)
			if err := x.sw.MergeCell(a, b); err != nil {
				return err
			}
		}
	}
	x.row++
	return nil
}

// spread is a row with a left and a right block, both merged and styled.
func (x *xlsxWriter) spread(left string, ls int, right string, rs int) error {
	cells := make([]any, x.cols)
	k := x.split()
	for j := range cells {
		s := ls
		if j >= k {
			s = rs
		}
		cells[j] = excelize.Cell{StyleID: s}
	}
	cells[0] = excelize.Cell{StyleID: ls, Value: left}
	cells[k] = excelize.Cell{StyleID: rs, Value: right}
	// Capitals take about a third more room than the estimate's letters.
	h := math.Max(x.lineHeight(left, x.spanWidth(1, k)/1.35, 17), x.lineHeight(right, x.spanWidth(k+1, x.cols-k)/1.35, 17))
	return x.put(cells, h, [2]int{1, k}, [2]int{k + 1, x.cols})
}

// wide is a row of one text merged across the sheet.
func (x *xlsxWriter) wide(s string, style int, height float64) error {
	cells := make([]any, x.cols)
	for j := range cells {
		cells[j] = excelize.Cell{StyleID: style}
	}
	cells[0] = excelize.Cell{StyleID: style, Value: s}
	return x.put(cells, height, [2]int{1, x.cols})
}

func (x *xlsxWriter) heading() error {
	p, st := x.p, x.st
	rows := []struct {
		l, r   string
		ls, rs int
	}{
		{upper(p.Parent), p.t(MsgMotto1), st.parent, st.motto1},
		{p.centreLine(), p.t(MsgMotto2), st.centre, st.motto2},
		{"", "", st.parent, st.parent},
		{p.t(MsgDocNo), p.PlaceDate(), st.docNo, st.placeDate},
	}
	for _, r := range rows {
		if err := x.spread(r.l, r.ls, r.r, r.rs); err != nil {
			return err
		}
	}
	x.row++
	if err := x.wide(p.Title, st.title, 24); err != nil {
		return err
	}
	if p.Subtitle != "" {
		if err := x.wide(p.Subtitle, st.subtitle, x.lineHeight(p.Subtitle, x.total(), 18)); err != nil {
			return err
		}
	}
	return x.wide(p.Unit, st.unit, 0)
}

// total is the sheet's width in characters.
func (x *xlsxWriter) total() float64 {
	var w float64
	for _, c := range x.widths {
		w += c
	}
	return w
}

// lineHeight is a row's height for a text wrapped in a width, in points.
func (x *xlsxWriter) lineHeight(s string, width, perLine float64) float64 {
	n := math.Ceil(float64(utf8.RuneCountInString(s)) * 1.1 / math.Max(width, 1))
	return math.Max(1, n) * perLine
}

func (x *xlsxWriter) body() error {
	main := x.mainTable()
	for _, s := range x.p.Sections {
		x.row++
		if s.Heading != "" {
			if err := x.wide(s.Heading, x.st.heading, 0); err != nil {
				return err
			}
		}
		for _, l := range s.Lines {
			if err := x.wide(l, x.st.line, x.lineHeight(l, x.total(), 18)); err != nil {
				return err
			}
		}
		if s.Table == nil {
			continue
		}
		if s.Table == main {
			x.lay.titleRow = x.row
		}
		if err := x.table(s.Table); err != nil {
			return err
		}
	}
	return nil
}

// mainTable is the table whose header is repeated on each printed page:
// the projects when there are any, else the longest.
func (x *xlsxWriter) mainTable() *Table {
	if t := x.p.Table("projects"); t != nil {
		return t
	}
	var best *Table
	for _, t := range x.p.Tables() {
		if best == nil || len(t.Rows) > len(best.Rows) {
			best = t
		}
	}
	return best
}

func (x *xlsxWriter) table(t *Table) error {
	titles := make([]Cell, len(t.Cols))
	for j, c := range t.Cols {
		titles[j] = text(c.Title)
	}
	if err := x.tableRow(t, titles, x.st.th, 0, 0, true); err != nil {
		return err
	}
	first := x.row
	for _, r := range t.Rows {
		if err := x.tableRow(t, r, -1, 0, 0, false); err != nil {
			return err
		}
	}
	if len(t.Rows) == 0 {
		return x.wide(x.p.t(MsgNone), x.st.td, 0)
	}
	if t.Total == nil {
		return nil
	}
	if err := checkTotal(t); err != nil {
		return err
	}
	return x.tableRow(t, t.Total, -1, first, x.row-1, false)
}

// tableRow writes a header (style given), body or total (first > 0) row:
// each column at its sheet column, merged over its span; in a total row a
// Sum column is a SUM of the rows above whose cached value is the total
// shown.
func (x *xlsxWriter) tableRow(t *Table, r []Cell, style, first, last int, head bool) error {
	total := first > 0
	var cells []any
	var merges [][2]int
	h := 16.0
	for j, c := range t.Cols {
		v := r[j]
		st := style
		if st < 0 {
			st = x.st.cellStyle(c.Kind, total)
		}
		cell := excelize.Cell{StyleID: st}
		at := len(cells) + 1
		switch {
		case head:
			cell.Value = v.Text
		case total && c.Sum && last >= first:
			col, _ := excelize.ColumnNumberToName(at)
			cell.Formula = fmt.Sprintf("SUM(%s%d:%s%d)", col, first, col, last)
			cell.Value = v.N
		case v.Text != "" || c.Kind == ColText:
			cell.Value = v.Text
		case v.Blank:
		case c.Kind == ColPercent:
			cell.Value = float64(v.N) / 1000
		case c.Kind == ColDate:
			cell.Value = excelSerial(model.Date(v.N))
		default:
			cell.Value = v.N
		}
		if s, ok := cell.Value.(string); ok {
			// 12-point text fits about a fifth more letters than the
			// column's width in characters of the default font.
			h = math.Max(h, x.lineHeight(s, x.spanWidth(at, c.span())*1.2, 15))
		}
		cells = append(cells, cell)
		for range c.span() - 1 {
			cells = append(cells, excelize.Cell{StyleID: st})
		}
		merges = append(merges, [2]int{at, at + c.span() - 1})
	}
	return x.put(cells, h, merges...)
}

// spanWidth is the width in characters of n sheet columns from col.
func (x *xlsxWriter) spanWidth(col, n int) float64 {
	var w float64
	for j := col - 1; j < col-1+n && j < len(x.widths); j++ {
		w += x.widths[j]
	}
	return w
}

// checkTotal refuses a total row whose Sum columns do not add up to its
// rows: the SUM formula would then show another figure than the paper.
func checkTotal(t *Table) error {
	for j, c := range t.Cols {
		if !c.Sum {
			continue
		}
		var sum int64
		for _, r := range t.Rows {
			sum += r[j].N
		}
		if sum != t.Total[j].N {
			return model.Errorf(MsgTotalDiffer, t.Name, c.Title, t.Total[j].N, sum)
		}
	}
	return nil
}

// excelSerial is the day number Excel stores for a date (1900 system).
func excelSerial(d model.Date) float64 {
	base := model.Date(18991230).Time()
	return d.Time().Sub(base).Hours() / 24
}

// signatures are "Nơi nhận" on the left and the signers side by side on
// the right (one) or across the sheet (several).
func (x *xlsxWriter) signatures() error {
	x.row++
	p, st := x.p, x.st
	blocks := x.signerBlocks()
	lines := [][]string{}
	roleRow := func(f func(Signer) string) []string {
		out := make([]string, len(p.Signers))
		for i, s := range p.Signers {
			out[i] = f(s)
		}
		return out
	}
	lines = append(lines, roleRow(func(s Signer) string { return s.Role }),
		roleRow(func(s Signer) string { return s.Hint }), nil, nil, nil,
		roleRow(func(s Signer) string { return s.Name }))
	styles := []int{st.signRole, st.signHint, st.signHint, st.signHint, st.signHint, st.signName}
	left := append([]string{}, p.Recipients...)
	if len(left) > 0 {
		left = append([]string{p.t(MsgRecipients)}, left...)
	}
	n := max(len(lines), len(left))
	for i := range n {
		cells := make([]any, x.cols)
		var merges [][2]int
		if len(p.Signers) == 1 && i < len(left) {
			style := st.recipient
			if i == 0 {
				style = st.recipients
			}
			cells[0] = excelize.Cell{StyleID: style, Value: left[i]}
		}
		if i < len(lines) {
			for b, blk := range blocks {
				cell := excelize.Cell{StyleID: styles[i]}
				if lines[i] != nil {
					cell.Value = lines[i][b]
				}
				cells[blk[0]-1] = cell
				merges = append(merges, blk)
			}
		}
		h := 0.0
		if i == 0 {
			// A role in capitals may wrap in a narrow block.
			for b, blk := range blocks {
				h = math.Max(h, x.lineHeight(p.Signers[b].Role, x.spanWidth(blk[0], blk[1]-blk[0]+1)/1.35, 17))
			}
		}
		if err := x.put(cells, h, merges...); err != nil {
			return err
		}
	}
	return nil
}

// signerBlocks are the columns each signer's block spans: the right part
// for one signer, blocks of about equal width across the sheet for
// several (each boundary at the column edge nearest its share).
func (x *xlsxWriter) signerBlocks() [][2]int {
	n := len(x.p.Signers)
	if n == 1 {
		return [][2]int{{x.split() + 1, x.cols}}
	}
	cum := make([]float64, x.cols+1) // cum[c]: width of the first c columns
	for j, w := range x.widths {
		cum[j+1] = cum[j] + w
	}
	var out [][2]int
	last := 0
	for k := 1; k <= n; k++ {
		end := x.cols
		if k < n {
			target := cum[x.cols] * float64(k) / float64(n)
			end = last + 1
			for c := last + 1; c <= x.cols-(n-k); c++ {
				if math.Abs(cum[c]-target) < math.Abs(cum[end]-target) {
					end = c
				}
			}
		}
		out = append(out, [2]int{last + 1, end})
		last = end
	}
	return out
}

// pageSetup prints the sheet on A4, landscape when a table is wide, within
// Decree 30's margins (top and bottom 20 mm, left 30 mm, right 15 mm),
// one page wide, the main table's header on every page and "Trang 1/3"
// at the foot.
func pageSetup(f *excelize.File, p *Paper, sheet string) error {
	a4, one, tall := 9, 1, 0
	orient := "portrait"
	if p.Wide() {
		orient = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient,
		FitToWidth: &one, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	mm := func(v float64) *float64 { in := v / 25.4; return &in }
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Top: mm(20), Bottom: mm(20),
		Left: mm(30), Right: mm(15), Header: mm(8), Footer: mm(8)}); err != nil {
		return err
	}
	footer := `&C&"` + fontName + `,Regular"&11` + p.t(MsgPageFooter)
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer})
}
