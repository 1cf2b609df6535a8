package papers

import (
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

func TestParsePeriod(t *testing.T) {
	for _, c := range []struct {
		in         string
		from, to   model.Date
		label, out string
	}{
		{"2026", 20260101, 20261231, "năm 2026", "2026"},
		{"2026-h1", 20260101, 20260630, "6 tháng đầu năm 2026", "2026-H1"},
		{" 2026-H2 ", 20260701, 20261231, "6 tháng cuối năm 2026", "2026-H2"},
		{"2026-Q3", 20260701, 20260930, "quý III năm 2026", "2026-Q3"},
		{"2024-Q1", 20240101, 20240331, "quý I năm 2024", "2024-Q1"},
	} {
		p, err := ParsePeriod(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if p.From() != c.from || p.To() != c.to || p.Label(i18n.VI) != c.label || p.String() != c.out {
			t.Errorf("%q: %v–%v %q %q", c.in, p.From(), p.To(), p.Label(i18n.VI), p.String())
		}
	}
}

// TestParsePeriodRefused: each bad period is refused saying what is
// accepted (or the years accepted).
func TestParsePeriodRefused(t *testing.T) {
	for _, in := range []string{"2026-Q5", "2026-Q0", "2026-H3", "2026-X1", "2026-Q", "2026-Q12", "26", "abcd", "", "2026/Q1"} {
		_, err := ParsePeriod(in)
		if err == nil || !strings.Contains(model.Localize(err, i18n.VI), "2026-Q1 … 2026-Q4") {
			t.Errorf("%q: %v", in, err)
		}
	}
	if _, err := ParsePeriod("1999"); err == nil || !strings.Contains(err.Error(), "2000") {
		t.Errorf("1999: %v", err)
	}
}

func TestPlaceDate(t *testing.T) {
	p := &Paper{Place: "Phú Thọ", Date: 20260205, lang: i18n.VI}
	if got := p.PlaceDate(); got != "Phú Thọ, ngày 05 tháng 02 năm 2026" {
		t.Errorf("got %q", got)
	}
	p.Date = 20261215
	if got := p.PlaceDate(); got != "Phú Thọ, ngày 15 tháng 12 năm 2026" {
		t.Errorf("got %q", got)
	}
}
