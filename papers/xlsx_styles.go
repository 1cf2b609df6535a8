package papers

import (
	"github.com/xuri/excelize/v2"
)

// The typeface and sizes of Decree 30/2020/NĐ-CP App. I: Times New Roman
// (a Unicode font of TCVN 6909:2001), 12–13 for the heading, 13–14 for the
// title and text; tables use 12 so that a wide one still fits a page.
const (
	fontName  = "Times New Roman"
	sizeHead  = 12
	sizeTitle = 14
	sizeBody  = 13
	sizeTable = 12
	// numFmtThousands is Excel's built-in "#,##0": the file stores the
	// neutral code and a Vietnamese Excel or LibreOffice shows its own
	// separators, 2.170.000.000; the literal "#.##0" would mean three
	// decimals everywhere else.
	numFmtThousands = 3
	// numFmtPercent is "0.0%", custom.
	numFmtPercent = "0.0%"
	numFmtDate    = "dd/mm/yyyy"
)

// styles are the workbook's cell styles.
type styles struct {
	parent, centre, motto1, motto2, docNo, placeDate    int
	title, subtitle, unit, heading, line                int
	th, td, tdMoney, tdCount, tdPercent, tdDate         int
	total, totalMoney, totalCount, totalPercent         int
	recipients, recipient, signRole, signHint, signName int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: fontName, Size: size, Bold: bold, Italic: italic}
	}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	left := &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}
	border := []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"},
		{Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}}
	pct, dt := numFmtPercent, numFmtDate
	underlined := font(sizeBody, true, false)
	underlined.Underline = "single"
	defs := []struct {
		id *int
		st excelize.Style
	}{
		{&s.parent, excelize.Style{Font: font(sizeHead, false, false), Alignment: center}},
		{&s.centre, excelize.Style{Font: font(sizeHead, true, false), Alignment: center}},
		{&s.motto1, excelize.Style{Font: font(sizeHead, true, false), Alignment: center}},
		{&s.motto2, excelize.Style{Font: underlined, Alignment: center}},
		{&s.docNo, excelize.Style{Font: font(sizeBody, false, false), Alignment: center}},
		{&s.placeDate, excelize.Style{Font: font(sizeBody, false, true), Alignment: center}},
		{&s.title, excelize.Style{Font: font(sizeTitle, true, false), Alignment: center}},
		{&s.subtitle, excelize.Style{Font: font(sizeBody, true, false), Alignment: center}},
		{&s.unit, excelize.Style{Font: font(sizeTable, false, true), Alignment: &excelize.Alignment{Horizontal: "right"}}},
		{&s.heading, excelize.Style{Font: font(sizeBody, true, false), Alignment: left}},
		{&s.line, excelize.Style{Font: font(sizeBody, false, false), Alignment: &excelize.Alignment{Horizontal: "justify", Vertical: "top", WrapText: true}}},
		{&s.th, excelize.Style{Font: font(sizeTable, true, false), Alignment: center, Border: border}},
		{&s.td, excelize.Style{Font: font(sizeTable, false, false), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: border}},
		{&s.tdMoney, excelize.Style{Font: font(sizeTable, false, false), NumFmt: numFmtThousands, Alignment: &excelize.Alignment{Vertical: "top"}, Border: border}},
		{&s.tdCount, excelize.Style{Font: font(sizeTable, false, false), NumFmt: numFmtThousands, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Border: border}},
		{&s.tdPercent, excelize.Style{Font: font(sizeTable, false, false), CustomNumFmt: &pct, Alignment: &excelize.Alignment{Vertical: "top"}, Border: border}},
		{&s.tdDate, excelize.Style{Font: font(sizeTable, false, false), CustomNumFmt: &dt, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Border: border}},
		{&s.total, excelize.Style{Font: font(sizeTable, true, false), Alignment: center, Border: border}},
		{&s.totalMoney, excelize.Style{Font: font(sizeTable, true, false), NumFmt: numFmtThousands, Border: border}},
		{&s.totalCount, excelize.Style{Font: font(sizeTable, true, false), NumFmt: numFmtThousands, Alignment: &excelize.Alignment{Horizontal: "center"}, Border: border}},
		{&s.totalPercent, excelize.Style{Font: font(sizeTable, true, false), CustomNumFmt: &pct, Border: border}},
		{&s.recipients, excelize.Style{Font: font(sizeTable, true, true), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.recipient, excelize.Style{Font: font(11, false, false), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.signRole, excelize.Style{Font: font(sizeBody, true, false), Alignment: center}},
		{&s.signHint, excelize.Style{Font: font(sizeBody, false, true), Alignment: center}},
		{&s.signName, excelize.Style{Font: font(sizeBody, true, false), Alignment: center}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return s, err
		}
		*d.id = id
	}
	return s, nil
}

// cellStyle is the style of a body cell of a column kind.
func (s styles) cellStyle(k ColKind, total bool) int {
	if total {
		switch k {
		case ColMoney:
			return s.totalMoney
		case ColCount:
			return s.totalCount
		case ColPercent:
			return s.totalPercent
		}
		return s.total
	}
	switch k {
	case ColMoney:
		return s.tdMoney
	case ColCount:
		return s.tdCount
	case ColPercent:
		return s.tdPercent
	case ColDate:
		return s.tdDate
	}
	return s.td
}
