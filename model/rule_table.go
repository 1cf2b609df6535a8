package model

import (
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/vntext"
)

// RuleFields are the columns of the rules table, in the order it is
// listed, exported and shipped (rules_default.csv); a column's header is
// its field label in either language, or the field name itself.
var RuleFields = []string{
	"category", "rule_item", "rule_basis", "rule_share", "rule_ceiling", "rule_per",
	"rule_advance", "rule_from", "rule_to", "notes",
}

var perLabels = []label{
	PerNone:     {"", "", ""},
	PerFacility: {"co-so", "cơ sở", "facility"},
	PerProject:  {"de-an", "đề án", "project"},
}

func (p Per) Label(l i18n.Lang) string { return pick(perLabels, int(p), l) }

// ParsePer reads "cơ sở", "đề án" (or their English or codes).
func ParsePer(s string) (Per, bool) { i, ok := parseLabel(perLabels, s); return Per(i), ok }

// RuleHeader maps a header row to RuleFields: idx[f] is the cell of field
// f, or -1. A table without its category, basis or from-date column is
// refused, naming the columns it lacks.
func RuleHeader(cells []string) ([]int, *Error) {
	idx := make([]int, len(RuleFields))
	for f := range idx {
		idx[f] = -1
	}
	for i, c := range cells {
		key := vntext.Fold(strings.TrimSpace(c))
		for f, name := range RuleFields {
			if idx[f] < 0 && (key == name || key == vntext.Fold(FieldLabel(name, i18n.VI)) ||
				key == vntext.Fold(FieldLabel(name, i18n.EN))) {
				idx[f] = i
			}
		}
	}
	var missing []string
	for _, f := range []int{0, 2, 7} {
		if idx[f] < 0 {
			missing = append(missing, FieldLabel(RuleFields[f], i18n.VI))
		}
	}
	if len(missing) > 0 {
		return idx, Errorf(MsgRuleMissingColumns, strings.Join(missing, ", "))
	}
	return idx, nil
}

// ParseRuleRow reads one row of the rules table; a cell that does not
// parse, and every rule problem, is reported with its field.
func ParseRuleRow(idx []int, cells []string) (Rule, Problems) {
	var r Rule
	var ps Problems
	cell := func(f int) string {
		if idx[f] < 0 || idx[f] >= len(cells) {
			return ""
		}
		return strings.TrimSpace(cells[idx[f]])
	}
	if s := cell(0); s != "" {
		c, ok := ParseCategory(s)
		if !ok {
			ps.add("category", MsgRuleBadValue, s)
		}
		r.Category = c
	}
	r.Item, r.Basis, r.Note = cell(1), cell(2), cell(9)
	r.Share = parsePct(&ps, "rule_share", cell(3))
	r.Advance = parsePct(&ps, "rule_advance", cell(6))
	if s := cell(4); s != "" {
		m, err := ParseMoney(s)
		if err != nil {
			ps.add("rule_ceiling", MsgRuleBadValue, s)
		}
		r.Ceiling = m
	}
	if s := cell(5); s != "" {
		p, ok := ParsePer(s)
		if !ok {
			ps.add("rule_per", MsgRuleBadValue, s)
		}
		r.Per = p
	}
	r.From = parseRuleDate(&ps, "rule_from", cell(7))
	r.To = parseRuleDate(&ps, "rule_to", cell(8))
	r.Sanitize()
	if len(ps) == 0 {
		ps = r.Validate()
	}
	return r, ps
}

func parsePct(ps *Problems, field, s string) int32 {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 100 {
		ps.add(field, MsgPercent)
		return 0
	}
	return int32(n)
}

func parseRuleDate(ps *Problems, field, s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		ps.add(field, MsgBadDate)
	}
	return d
}

// RuleCells is a rule as the table's cells, in RuleFields order; they read
// back through ParseRuleRow to the same rule.
func RuleCells(r *Rule, l i18n.Lang) []string {
	pct := func(n int32) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(int(n))
	}
	ceiling := ""
	if r.Ceiling > 0 {
		ceiling = r.Ceiling.Full()
	}
	return []string{
		r.Category.Code(), r.Item, r.Basis, pct(r.Share), ceiling, r.Per.Label(l),
		pct(r.Advance), r.From.String(), r.To.String(), r.Note,
	}
}

// RuleHeaders are the table's headers in the language.
func RuleHeaders(l i18n.Lang) []string {
	hs := make([]string, len(RuleFields))
	for i, f := range RuleFields {
		hs[i] = FieldLabel(f, l)
	}
	return hs
}
