package papers

import (
	"strconv"
	"strings"

	"khuyencong/dvhc"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// Kind is a kind of paper, as the command line names it.
type Kind string

const (
	Periodic     Kind = "periodic"     // báo cáo kết quả thực hiện kế hoạch khuyến công
	Registration Kind = "registration" // đăng ký kế hoạch khuyến công năm sau
	Settlement   Kind = "settlement"   // bảng quyết toán một đề án
	Budget       Kind = "budget"       // kinh phí theo năm và nguồn
	Contest      Kind = "contest"      // kết quả một đợt bình chọn sản phẩm tiêu biểu
)

// Kinds are the papers in the order the help lists them.
var Kinds = []Kind{Periodic, Registration, Settlement, Budget, Contest}

// Paper is one paper as data: every writer (XLSX, Markdown, text, a
// template) prints the same figures from it.
type Paper struct {
	Kind     Kind
	Parent   string // the managing body, first line of the issuing body
	Centre   string // the centre's name
	Place    string // the province's name, for "Phú Thọ, ngày … tháng … năm …"
	Date     model.Date
	Title    string
	Subtitle string // the period, or the project
	Unit     string // "Đơn vị tính: đồng"
	Sections []Section
	// Recipients are the "Nơi nhận" lines of a report; none for a
	// financial sheet.
	Recipients []string
	Signers    []Signer
	// Values are the single placeholders a template may use, by name
	// (period, centre, province, date, director…).
	Values map[string]string
	lang   i18n.Lang
}

// Section is a titled part of a paper: paragraphs, then a table.
type Section struct {
	Heading string
	Lines   []string
	Table   *Table
}

// ColKind is how a column's cells are typed.
type ColKind uint8

const (
	ColText ColKind = iota
	ColMoney
	ColCount
	ColPercent // tenths of a percent
	ColDate
)

// Col is one column of a table. A Sum column's total is the sum of its
// rows, written in a workbook as a SUM formula.
type Col struct {
	Title string
	Kind  ColKind
	Sum   bool
	Width float64 // in characters; 0 picks one from the kind
	// Span is how many sheet columns the column covers in a workbook (0
	// or 1: one), so that a short table under a wide one lines up with it
	// instead of widening the sheet's columns.
	Span int
}

// span is the sheet columns a column covers.
func (c Col) span() int { return max(c.Span, 1) }

// Cell is a table cell: Text for text columns, N for the others.
type Cell struct {
	Text  string
	N     int64
	Blank bool
}

// Table is a paper's table. Name is what a template's {{table:NAME}}
// refers to. Total, when set, is the total row the model computed; the
// first cell is its label.
type Table struct {
	Name  string
	Cols  []Col
	Rows  [][]Cell
	Total []Cell
}

// Signer is one signature block: the role ("GIÁM ĐỐC"), the hint under it
// and the name from the settings ("" leaves the line to fill by hand).
type Signer struct {
	Role, Hint, Name string
}

func text(s string) Cell                       { return Cell{Text: s} }
func money(m model.Money) Cell                 { return Cell{N: int64(m)} }
func count(n int) Cell                         { return Cell{N: int64(n)} }
func blank() Cell                              { return Cell{Blank: true} }
func date(d model.Date) Cell                   { return Cell{N: int64(d), Blank: d == 0} }
func (p *Paper) t(k i18n.Key, a ...any) string { return p.lang.T(k, a...) }

// newPaper fills the heading every paper shares from the settings: the
// issuing body, the province (named by the unit table, never written in
// code) and the date.
func newPaper(snap *store.Snapshot, kind Kind, day model.Date, l i18n.Lang) *Paper {
	c := snap.Settings.Centre
	p := &Paper{Kind: kind, Parent: c.Parent, Centre: c.Name, Date: day, lang: l}
	if code := snap.Settings.Province; code != "" {
		p.Place = dvhc.BareName(snap.Units.ProvinceLabel(code))
	}
	p.Unit = l.T(MsgUnitDong)
	p.Values = map[string]string{
		"centre": p.Centre, "parent": p.Parent, "province": p.Place,
		"date": p.PlaceDate(), "day": day.String(),
		"director": c.Director, "accountant": c.Accountant, "preparer": c.Preparer,
		"period": "", "year": "",
	}
	return p
}

// finish sets the title placeholders once the builder has chosen them.
func (p *Paper) finish() *Paper {
	p.Values["title"] = p.Title
	p.Values["subtitle"] = p.Subtitle
	return p
}

// officeSigners are the three blocks of a financial sheet: prepared by,
// chief accountant, director.
func (p *Paper) officeSigners(c model.Centre) {
	p.Signers = []Signer{
		{Role: p.t(MsgSignPreparer), Hint: p.t(MsgSignHint), Name: c.Preparer},
		{Role: p.t(MsgSignAccountant), Hint: p.t(MsgSignHint), Name: c.Accountant},
		{Role: p.t(MsgSignDirector), Hint: p.t(MsgSignHintSeal), Name: c.Director},
	}
}

// PlaceDate is "Phú Thọ, ngày 05 tháng 02 năm 2026" (Decree 30/2020/NĐ-CP
// App. I: days below 10 and months 1 and 2 get a leading zero).
func (p *Paper) PlaceDate() string {
	d := p.Date
	day, month := int(d)%100, int(d)/100%100
	ds, ms := strconv.Itoa(day), strconv.Itoa(month)
	if day < 10 {
		ds = "0" + ds
	}
	if month < 3 {
		ms = "0" + ms
	}
	place := p.Place
	if place == "" {
		place = "……"
	}
	return p.t(MsgPlaceDate, place, ds, ms, d.Year())
}

// Tables are the paper's tables in order.
func (p *Paper) Tables() []*Table {
	var ts []*Table
	for i := range p.Sections {
		if t := p.Sections[i].Table; t != nil {
			ts = append(ts, t)
		}
	}
	return ts
}

// Table is the paper's table of that name, nil when it has none.
func (p *Paper) Table(name string) *Table {
	for _, t := range p.Tables() {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Wide tells whether the paper's sheet needs a landscape page: its
// columns, each as wide as the widest table column at its place, pass
// what a standing page holds.
func (p *Paper) Wide() bool {
	var w float64
	for _, c := range p.columnWidths() {
		w += c
	}
	return w > portraitWidth
}

// columnWidths are the sheet's columns: each as wide as the widest table
// column at its place, at least minCols of them for the heading.
func (p *Paper) columnWidths() []float64 {
	var ws []float64
	for _, t := range p.Tables() {
		pos := 0
		for _, c := range t.Cols {
			for len(ws) < pos+c.span() {
				ws = append(ws, 0)
			}
			if c.span() == 1 {
				ws[pos] = max(ws[pos], c.width())
			}
			pos += c.span()
		}
	}
	for j := range ws {
		if ws[j] == 0 {
			ws[j] = 8
		}
	}
	for len(ws) < minCols {
		ws = append(ws, 16)
	}
	return ws
}

func (c Col) width() float64 {
	if c.Width > 0 {
		return c.Width
	}
	switch c.Kind {
	case ColMoney:
		return 16
	case ColCount:
		return 10
	case ColPercent:
		return 9
	case ColDate:
		return 12
	}
	return 24
}

// upper is the issuing body as Decree 30 prints it: in capitals.
func upper(s string) string { return strings.ToUpper(s) }

// centreLine is the centre's name in capitals, or how to set it.
func (p *Paper) centreLine() string {
	if p.Centre == "" {
		return p.t(MsgCentreUnset)
	}
	return upper(p.Centre)
}
