package model

import "khuyencong/vntext"

// Per says what a rule's ceiling is counted for.
type Per uint8

const (
	PerNone     Per = iota // no ceiling
	PerFacility            // per beneficiary facility (cơ sở)
	PerProject             // per project or model (đề án, mô hình)
)

// Rule is one support norm (định mức hỗ trợ) in force for a period: for a
// content category, and a sub-item where the norm differs within it
// (machinery, a technology line, a demonstration model), the share of the
// eligible cost khuyến công money may cover, the ceiling, and the share
// that may be advanced before acceptance. Norms change by decree and
// circular (ND 235/2025 from 15/10/2025; TT 28/2018/TT-BTC is expected to
// be replaced), so every figure carries its legal basis and dates, and a
// project is checked against the rules in force when it was approved.
type Rule struct {
	Category Category
	Item     string // sub-item label; "" for the whole category
	Basis    string // the legal basis, e.g. "TT 28/2018/TT-BTC Điều 8 khoản 4"
	Share    int32  // % of the eligible cost; 0 = no share limit
	Ceiling  Money  // 0 = no amount limit
	Per      Per
	Advance  int32 // % of the support advanced before acceptance; 0 = no check
	From, To Date  // in force from/to, both inclusive; To 0 = still in force
	Note     string
}

// InForce reports whether the rule applies on day d.
func (r *Rule) InForce(d Date) bool {
	return d >= r.From && (r.To == 0 || d <= r.To)
}

// Name is the rule as a warning names it: its item or category, and basis.
func (r *Rule) Name() string {
	if r.Item != "" {
		return r.Item
	}
	return r.Category.Code()
}

// RuleAt is the rule for category c and sub-item item in force on d: the
// rule whose Item is item (ignoring case and diacritics), else the first
// rule of the category in table order, which is the general norm (a
// category's rows list it first), so a project that names no sub-item, or
// one the table does not have on that day, is held to the general norm.
func RuleAt(rules []Rule, c Category, item string, d Date) (*Rule, bool) {
	var first *Rule
	key := vntext.Fold(item)
	for i := range rules {
		r := &rules[i]
		if r.Category != c || !r.InForce(d) {
			continue
		}
		if key != "" && vntext.Fold(r.Item) == key {
			return r, true
		}
		if first == nil {
			first = r
		}
	}
	return first, first != nil
}

// Limit is the most the rule allows for a project of eligible cost total
// with n beneficiaries, or -1 when it sets no limit.
func (r *Rule) Limit(total Money, n int) Money {
	lim := Money(-1)
	if r.Share > 0 {
		lim = mulPct(total, r.Share)
	}
	if c := r.ceilingFor(n); c > 0 && (lim < 0 || c < lim) {
		lim = c
	}
	return lim
}

func (r *Rule) ceilingFor(n int) Money {
	switch {
	case r.Ceiling <= 0:
		return 0
	case r.Per == PerFacility:
		return mulCount(r.Ceiling, max(n, 1))
	}
	return r.Ceiling
}

// Validate returns every problem with the rule.
func (r *Rule) Validate() Problems {
	var ps Problems
	ps.enum("category", int(r.Category), int(CatManagement), true)
	ps.text("rule_item", r.Item, maxLineRunes, false)
	ps.text("rule_basis", r.Basis, maxLineRunes, true)
	ps.text("notes", r.Note, maxLineRunes, false)
	if r.Share < 0 || r.Share > 100 {
		ps.add("rule_share", MsgPercent)
	}
	if r.Advance < 0 || r.Advance > 100 {
		ps.add("rule_advance", MsgPercent)
	}
	ps.nonNegative("rule_ceiling", r.Ceiling)
	if r.Ceiling > 0 && r.Per == PerNone {
		ps.add("rule_per", MsgChoose)
	}
	if r.Per > PerProject {
		ps.add("rule_per", MsgBadChoice, int(r.Per))
	}
	ps.date("rule_from", r.From)
	if r.From == 0 {
		ps.add("rule_from", MsgRequired)
	}
	if r.To != 0 {
		ps.date("rule_to", r.To)
		if r.From != 0 && r.To < r.From {
			ps.add("rule_to", MsgEndBeforeStart, r.To.String(), r.From.String())
		}
	}
	return ps
}

// Sanitize cleans the rule's text fields.
func (r *Rule) Sanitize() {
	r.Item = vntext.CleanLine(r.Item)
	r.Basis = vntext.CleanLine(r.Basis)
	r.Note = vntext.CleanLine(r.Note)
}
