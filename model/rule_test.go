package model

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
)

func TestNationalRulesParse(t *testing.T) {
	rs := NationalRules()
	if len(rs) < 30 {
		t.Fatalf("only %d shipped rules", len(rs))
	}
	st := DefaultSettings()
	st.Rules = rs
	if ps := st.Validate(); len(ps) > 0 {
		t.Fatalf("shipped rules invalid: %v", ps)
	}
	// Every category has a norm on every day from ND 45's entry into force.
	for _, day := range []Date{20120705, 20140407, 20140408, 20180514, 20180515, 20251014, 20251015, 20301231} {
		for _, c := range AllCategories {
			if _, ok := RuleAt(rs, c, "", day); !ok {
				t.Errorf("category %s has no rule on %s", c.Code(), day)
			}
		}
	}
}

func TestRuleCellsRoundTrip(t *testing.T) {
	idx, err := RuleHeader(RuleHeaders(i18n.EN))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range NationalRules() {
		got, ps := ParseRuleRow(idx, RuleCells(&r, i18n.EN))
		if len(ps) > 0 || !reflect.DeepEqual(got, r) {
			t.Fatalf("round trip %+v → %+v (%v)", r, got, ps)
		}
	}
}

func TestRuleRowRefused(t *testing.T) {
	idx, _ := RuleHeader(RuleHeaders(i18n.VI))
	good := []string{"3", "Máy", "TT 28/2018/TT-BTC", "50", "300.000.000", "cơ sở", "70", "15/05/2018", "", ""}
	if _, ps := ParseRuleRow(idx, good); len(ps) > 0 {
		t.Fatalf("good row refused: %v", ps)
	}
	tests := []struct {
		name  string
		cell  int
		value string
		field string
	}{
		{"unknown category", 0, "99", "category"},
		{"no category", 0, "", "category"},
		{"no basis", 2, "", "rule_basis"},
		{"share above 100", 3, "150", "rule_share"},
		{"share not a number", 3, "half", "rule_share"},
		{"negative ceiling", 4, "-5", "rule_ceiling"},
		{"bad ceiling", 4, "lots", "rule_ceiling"},
		{"ceiling per what", 5, "", "rule_per"},
		{"bad per", 5, "hộ", "rule_per"},
		{"advance above 100", 6, "101", "rule_advance"},
		{"no start", 7, "", "rule_from"},
		{"bad start", 7, "31/02/2020", "rule_from"},
		{"ends before it starts", 8, "01/01/2018", "rule_to"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := append([]string(nil), good...)
			row[tc.cell] = tc.value
			_, ps := ParseRuleRow(idx, row)
			if ps.For(tc.field) == nil {
				t.Fatalf("%v: no problem on %s: %v", row, tc.field, ps)
			}
			if msg := ps.In(i18n.EN); strings.Contains(msg, "rule.") || strings.Contains(msg, "field.") {
				t.Errorf("untranslated message %q", msg)
			}
		})
	}
	if _, err := RuleHeader([]string{"Hạng mục", "Ghi chú"}); err == nil ||
		!strings.Contains(err.In(i18n.VI), "Căn cứ") {
		t.Errorf("missing columns: %v", err)
	}
}

// boundaryRules differ on each side of ND 235/2025's entry into force, so
// that which side a project falls on shows in its warnings.
func boundaryRules() []Rule {
	return []Rule{
		{Category: CatMachinery, Item: "old", Basis: "ND 45/2012", Share: 50, Ceiling: 300 * tr,
			Per: PerFacility, Advance: 70, From: 20180515, To: 20251014},
		{Category: CatMachinery, Item: "new", Basis: "ND 235/2025", Share: 40, Ceiling: 200 * tr,
			Per: PerProject, Advance: 50, From: 20251015},
		{Category: CatTraining, Item: "training", Basis: "ND 45/2012", From: 20180515, To: 20251014},
	}
}

func TestRuleWarningsAcrossND235(t *testing.T) {
	st := DefaultSettings()
	st.Rules = boundaryRules()
	type want struct {
		kind  WarningKind
		limit Money
		basis string
	}
	tests := []struct {
		name     string
		decided  Date
		cat      Category
		support  Money
		advanced Money
		want     []want
	}{
		{"old rules, within", 20251014, CatMachinery, 250 * tr, 0, nil},
		{"new rules, same project, over both", 20251015, CatMachinery, 250 * tr, 0, []want{
			{WarnCeilingPercent, 240 * tr, "ND 235/2025"}, {WarnCeilingMax, 200 * tr, "ND 235/2025"}}},
		{"old rules: share 50 %", 20251014, CatMachinery, 400 * tr, 0, []want{
			{WarnCeilingPercent, 375 * tr, "ND 45/2012"}, {WarnCeilingMax, 300 * tr, "ND 45/2012"}}},
		{"old advance 70 %", 20251014, CatMachinery, 200 * tr, 150 * tr, []want{
			{WarnAdvance, 140 * tr, "ND 45/2012"}}},
		{"new advance 50 %", 20251015, CatMachinery, 200 * tr, 150 * tr, []want{
			{WarnAdvance, 100 * tr, "ND 235/2025"}}},
		{"training, no ceiling", 20251014, CatTraining, 900 * tr, 0, nil},
		{"training after 14/10/2025: no norm", 20251015, CatTraining, 100 * tr, 0, []want{
			{WarnNoRule, 0, ""}}},
		{"before any rule", 20180514, CatMachinery, 100 * tr, 0, []want{{WarnNoRule, 0, ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := proj(1, "KCĐP-2025-01", 2025, SourceLocal, tc.cat, StatusApproved, tc.support, 350*tr, 1)
			p.DecisionDate = tc.decided
			w := &world{ps: []*Project{p}, as: []*Allocation{alloc(1, 2025, SourceLocal, 10_000*tr)}}
			if tc.advanced > 0 {
				w.pays = []*Payment{pay(1, 1, PayAdvance, tc.advanced)}
			}
			got := Warnings(w.data(), st)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d warnings %+v, want %+v", len(got), briefs(got), tc.want)
			}
			for i, g := range got {
				wt := tc.want[i]
				if g.Kind != wt.kind || g.Limit != wt.limit {
					t.Errorf("warning %d: got %v limit %s, want %v limit %s", i, g.Kind, g.Limit, wt.kind, wt.limit)
				}
				if text := g.Text(i18n.VI); !strings.Contains(text, wt.basis) || strings.Contains(text, "%!") {
					t.Errorf("warning %q does not name the basis %q", text, wt.basis)
				}
			}
		})
	}
}

// Before approval, the proposal's date decides; without any date, the
// plan year's first day.
func TestRuleDate(t *testing.T) {
	p := &Project{Year: 2026}
	if d := RuleDate(p, 0); d != 20260101 {
		t.Errorf("no dates: %s", d)
	}
	p.Start = 20260301
	if d := RuleDate(p, 20251014); d != 20251014 {
		t.Errorf("proposed: %s", d)
	}
	p.DecisionDate = 20251020
	if d := RuleDate(p, 20251014); d != 20251020 {
		t.Errorf("decided: %s", d)
	}
}

// A database from before rules has none: its ceilings decide as before.
func TestNoRulesKeepsCeilings(t *testing.T) {
	w := vinhPhuc()
	old := Warnings(w.data(), DefaultSettings())
	st := DefaultSettings()
	st.Rules = NationalRules()
	// The article's projects were approved in 2022 under TT 28/2018, whose
	// figures the ceilings hold: the same warnings, now naming the norm.
	got := Warnings(w.data(), st)
	if !reflect.DeepEqual(briefs(got), briefs(old)) {
		t.Errorf("with national rules\n got %+v\nwant %+v", briefs(got), briefs(old))
	}
	for _, g := range got {
		if g.Kind == WarnCeilingMax && !strings.Contains(g.Text(i18n.VI), "TT 28/2018/TT-BTC") {
			t.Errorf("%q names no basis", g.Text(i18n.VI))
		}
	}
}

func TestRuleFieldLabels(t *testing.T) {
	for _, f := range append(append([]string(nil), ruleFieldNames...), stepFieldNames...) {
		m, ok := i18n.Lookup(i18n.Key("field." + f))
		if !ok || m.VI == "" || m.EN == "" {
			t.Errorf("field %q has no VI+EN label", f)
		}
	}
}

// Before approval, the registration step's date picks the norms: a
// project registered on 14/10/2025 keeps the old ones.
func TestRuleDateFromRegistration(t *testing.T) {
	st := DefaultSettings()
	st.Rules = boundaryRules()
	p := proj(1, "KCĐP-2026-01", 2026, SourceLocal, CatMachinery, StatusProposed, 250*tr, 350*tr, 1)
	w := &world{ps: []*Project{p}}
	d := w.data()
	// Without steps: 1/1/2026, the new norms (250 tr > 200 tr per project).
	if got := Warnings(d, st); len(got) == 0 {
		t.Fatal("no warning under the new norms")
	}
	d.Steps = slices.Values([]*Step{{Project: 1, Stage: StageRegistered, Date: 20251014}})
	if got := Warnings(d, st); len(got) != 0 {
		t.Fatalf("registered 14/10/2025: %v", texts(got))
	}
}

// TestRuleAtItem: a project that names a sub-item is held to that item's
// norm (a technology line: 450 tr per facility since 15/05/2018, TT
// 28/2018/TT-BTC Art. 8 cl. 4); one that names none, or one the table
// does not know on that day, to the category's general norm.
func TestRuleAtItem(t *testing.T) {
	rs := NationalRules()
	for _, c := range []struct {
		item string
		day  Date
		want Money
	}{
		{"", 20220601, 300_000_000},
		{"Dây chuyền công nghệ", 20220601, 450_000_000},
		{"day chuyen cong nghe", 20251015, 450_000_000},
		{"Dây chuyền công nghệ", 20160601, 200_000_000}, // no such item before 2018
		{"Hạng mục lạ", 20220601, 300_000_000},
	} {
		r, ok := RuleAt(rs, CatMachinery, c.item, c.day)
		if !ok || r.Ceiling != c.want {
			t.Errorf("%q on %s: %+v, want ceiling %s", c.item, c.day, r, c.want)
		}
	}
}
