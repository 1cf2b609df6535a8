package model

import (
	"strconv"
	"strings"
)

// Ceiling is the most a project may receive from khuyến công funds for one
// content category: Percent of the project's total cost (0 = no percentage
// limit) and Max per beneficiary facility (0 = no amount limit).
type Ceiling struct {
	Percent int32
	Max     Money
}

// Settings are the province's configurable rules, kept as one record in the
// database and edited by admins.
type Settings struct {
	// Ceilings is indexed by Category; index 0 (unknown) is unused.
	Ceilings [10]Ceiling
	// AdvanceLimit is the share of a project's support, in percent, that
	// may be advanced before acceptance (nghiệm thu); 0 turns the check off.
	AdvanceLimit int32
	// Rules are the dated support norms (see Rule). When there are none
	// (a database made before rules existed), Ceilings and AdvanceLimit
	// are the norms for every date, as they were.
	Rules []Rule
	// Deadlines date the paperwork (see Deadlines); settings saved
	// before they existed read the defaults.
	Deadlines Deadlines
	// Province is the code of the centre's province since 1/7/2025 ("" until
	// an admin chooses it): new addresses default to it, and old ones
	// without a province are looked for in the provinces merged into it.
	Province string
	// Centre names the centre and the people who sign its papers (the
	// issuing body and signature blocks of Decree 30/2020/NĐ-CP); settings
	// saved before it existed read it empty.
	Centre Centre
}

// Centre is who issues and signs the centre's papers. Empty fields leave
// a blank line to be filled by hand.
type Centre struct {
	Name       string // "Trung tâm Khuyến công và Phát triển Công nghiệp"
	Parent     string // the managing body above it, e.g. the Department of Industry and Trade
	Director   string // giám đốc
	Accountant string // kế toán trưởng
	Preparer   string // người lập biểu
}

// DefaultSettings are the national norms, which a province may change.
//
// Only the categories whose norm fits one percentage and one amount per
// facility get a ceiling:
//   - machinery and technology transfer: ≤ 50 % of cost, ≤ 300 triệu per
//     facility (TT 28/2018/TT-BTC Art. 8 cl. 4, the current norm). The same
//     category also holds demonstration models (≤ 30 %, ≤ 1.000 triệu per
//     model), which this single ceiling cannot tell apart;
//   - consulting: ≤ 50 %, ≤ 35 triệu per facility (TTLT 26/2014; the
//     amount under TT 28/2018 was not found, so the older one stands).
//
// Training, trade fairs (100 % of listed costs), information, linkage and
// industrial clusters (from 150 triệu for a cluster of firms to 3.000 triệu
// for cluster infrastructure), international cooperation and management
// mix items whose norms differ by an order of magnitude, so they have none.
func DefaultSettings() Settings {
	var s Settings
	s.Ceilings[CatMachinery] = Ceiling{Percent: 50, Max: 300_000_000}
	s.Ceilings[CatConsulting] = Ceiling{Percent: 50, Max: 35_000_000}
	// Advances are capped at 70 % of the support (TTLT 26/2014 Art. 8 cl. 2b).
	s.AdvanceLimit = 70
	s.Deadlines = DefaultDeadlines()
	return s
}

// Ceiling returns the ceiling of a category; an unknown category has none.
func (s *Settings) Ceiling(c Category) Ceiling {
	if int(c) >= len(s.Ceilings) {
		return Ceiling{}
	}
	return s.Ceilings[c]
}

// Validate returns every problem with the settings: percentages must be
// within 0..100 and amounts must not be negative.
func (s *Settings) Validate() Problems {
	var ps Problems
	for c, ce := range s.Ceilings {
		code := strconv.Itoa(c) // the category's number, as in Category.Code
		if ce.Percent < 0 || ce.Percent > 100 {
			ps.add("ceiling", MsgCeilingPercent, code)
		}
		if ce.Max < 0 {
			ps.add("ceiling", MsgCeilingMax, code)
		}
	}
	if s.AdvanceLimit < 0 || s.AdvanceLimit > 100 {
		ps.add("advance_limit", MsgPercent)
	}
	for i := range s.Rules {
		// An import reports each row; here the first bad rule is enough.
		ps = append(ps, s.Rules[i].Validate()...)
	}
	ps = append(ps, s.Deadlines.Validate()...)
	ps.unitCode("province", s.Province, 2)
	ps.centre(&s.Centre)
	return ps
}

// centre checks the names a paper prints on one line each.
func (ps *Problems) centre(c *Centre) {
	for _, f := range []struct{ name, v string }{{"centre_name", c.Name}, {"centre_parent", c.Parent},
		{"centre_director", c.Director}, {"centre_accountant", c.Accountant}, {"centre_preparer", c.Preparer}} {
		ps.text(f.name, f.v, maxLineRunes, false)
		if strings.ContainsAny(f.v, "\r\n") {
			ps.add(f.name, MsgOneLine)
		}
	}
}
