package papers

import (
	"fmt"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
)

// The years a paper accepts, as the summary report does.
const (
	minYear = 2000
	maxYear = 2100
)

// Period is what a paper covers: a whole year, a half (Half 1..2) or a
// quarter (Quarter 1..4) of it.
type Period struct {
	Year    int32
	Half    int8
	Quarter int8
}

// ParsePeriod reads "2026", "2026-H1" or "2026-Q3" (case and spaces
// ignored); anything else is refused with the forms it accepts.
func ParsePeriod(s string) (Period, error) {
	in := strings.ToUpper(strings.TrimSpace(s))
	yearText, part, hasPart := strings.Cut(in, "-")
	y, err := strconv.Atoi(yearText)
	if err != nil || len(yearText) != 4 {
		return Period{}, model.Errorf(MsgBadPeriod, s)
	}
	if y < minYear || y > maxYear {
		return Period{}, model.Errorf(model.MsgReportBadYear, y, minYear, maxYear)
	}
	p := Period{Year: int32(y)}
	if !hasPart {
		return p, nil
	}
	if len(part) != 2 {
		return Period{}, model.Errorf(MsgBadPeriod, s)
	}
	n := int8(part[1] - '0')
	switch {
	case part[0] == 'H' && n >= 1 && n <= 2:
		p.Half = n
	case part[0] == 'Q' && n >= 1 && n <= 4:
		p.Quarter = n
	default:
		return Period{}, model.Errorf(MsgBadPeriod, s)
	}
	return p, nil
}

// YearPeriod is the whole of a year.
func YearPeriod(y int32) Period { return Period{Year: y} }

// String is the form ParsePeriod reads.
func (p Period) String() string {
	switch {
	case p.Half != 0:
		return fmt.Sprintf("%d-H%d", p.Year, p.Half)
	case p.Quarter != 0:
		return fmt.Sprintf("%d-Q%d", p.Year, p.Quarter)
	}
	return strconv.Itoa(int(p.Year))
}

// months are the first and last month of the period.
func (p Period) months() (first, last int) {
	switch {
	case p.Half != 0:
		return int(p.Half-1)*6 + 1, int(p.Half) * 6
	case p.Quarter != 0:
		return int(p.Quarter-1)*3 + 1, int(p.Quarter) * 3
	}
	return 1, 12
}

// From and To are the first and last day of the period.
func (p Period) From() model.Date {
	m, _ := p.months()
	return model.Date(int(p.Year)*10000 + m*100 + 1)
}

func (p Period) To() model.Date {
	_, m := p.months()
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && p.Year%4 == 0 && (p.Year%100 != 0 || p.Year%400 == 0) {
		days = 29
	}
	return model.Date(int(p.Year)*10000 + m*100 + days)
}

// Whole tells whether the period is a whole year.
func (p Period) Whole() bool { return p.Half == 0 && p.Quarter == 0 }

// Label names the period in a title: "năm 2026", "6 tháng đầu năm 2026",
// "quý III năm 2026".
func (p Period) Label(l i18n.Lang) string {
	switch {
	case p.Half == 1:
		return l.T(MsgPeriodH1, int(p.Year))
	case p.Half == 2:
		return l.T(MsgPeriodH2, int(p.Year))
	case p.Quarter != 0:
		return l.T(MsgPeriodQuarter, [5]string{"", "I", "II", "III", "IV"}[p.Quarter], int(p.Year))
	}
	return l.T(MsgPeriodYear, int(p.Year))
}
