package model

import (
	"khuyencong/i18n"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// brief is a warning without its sentence, for comparing.
type brief struct {
	Kind          WarningKind
	RecordKind    Kind
	ID            ID
	Year          int32
	Source        Source
	Amount, Limit Money
}

func briefs(ws []Warning) []brief {
	out := make([]brief, len(ws))
	for i, w := range ws {
		out[i] = brief{w.Kind, w.RecordKind, w.ID, w.Year, w.Source, w.Amount, w.Limit}
	}
	return out
}

func TestWarningsVinhPhuc(t *testing.T) {
	got := Summarize(vinhPhuc().data(), SummaryOptions{Settings: DefaultSettings()}).Warnings
	want := []brief{
		// 80 tr committed in 2024 KCĐP with nothing allocated.
		{WarnNoAllocation, KindAllocation, 0, 2024, SourceLocal, 80 * tr, 0},
		// KCĐP-2024-01: 100 tr paid on 80 tr of support.
		{WarnOverPaid, KindProject, 7, 2024, SourceLocal, 100 * tr, 80 * tr},
		// KCQG-2022-03, in progress: 250 tr advanced > 70 % of 310 tr = 217 tr.
		// (KCQG-2022-01 advanced 200 tr of 300 tr but is settled.)
		{WarnAdvance, KindProject, 3, 2022, SourceNational, 250 * tr, 217 * tr},
		// KCQG-2022-04: 560 tr > 50 % of 1.000 tr.
		{WarnCeilingPercent, KindProject, 4, 2022, SourceNational, 560 * tr, 500 * tr},
		// Machinery ≤ 300 tr per facility: 310 tr and 560 tr for one each.
		{WarnCeilingMax, KindProject, 3, 2022, SourceNational, 310 * tr, 300 * tr},
		{WarnCeilingMax, KindProject, 4, 2022, SourceNational, 560 * tr, 300 * tr},
	}
	if !reflect.DeepEqual(briefs(got), want) {
		t.Errorf("warnings\n got %+v\nwant %+v", briefs(got), want)
	}
	// The standalone function gives the same list.
	if alone := Warnings(vinhPhuc().data(), DefaultSettings()); !reflect.DeepEqual(alone, got) {
		t.Errorf("Warnings() differs from Summary.Warnings:\n%+v\n%+v", alone, got)
	}
}

func TestWarningCases(t *testing.T) {
	st := DefaultSettings()
	tests := []struct {
		name string
		w    *world
		st   Settings
		want []brief
	}{
		{"committed above allocation", &world{
			ps: []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusApproved, 600*tr, 0)},
			as: []*Allocation{alloc(7, 2023, SourceLocal, 300*tr), alloc(5, 2023, SourceLocal, 200*tr)},
		}, st, []brief{{WarnOverCommitted, KindAllocation, 5, 2023, SourceLocal, 600 * tr, 500 * tr}}},
		{"committed equal to allocation", &world{
			ps: []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusApproved, 500*tr, 0)},
			as: []*Allocation{alloc(1, 2023, SourceLocal, 500*tr)},
		}, st, nil},
		{"proposals do not commit", &world{
			ps: []*Project{
				proj(1, "A", 2023, SourceLocal, CatTraining, StatusProposed, 900*tr, 0),
				proj(2, "B", 2023, SourceLocal, CatTraining, StatusRejected, 900*tr, 0),
				proj(3, "C", 2023, SourceLocal, CatTraining, StatusStopped, 900*tr, 0),
			},
		}, st, nil},
		{"allocation without projects", &world{as: []*Allocation{alloc(1, 2023, SourceLocal, 500*tr)}}, st, nil},
		{"no allocation for the source of the year", &world{
			ps: []*Project{proj(1, "A", 2023, SourceNational, CatTraining, StatusContracted, 1, 0)},
			as: []*Allocation{alloc(1, 2023, SourceLocal, 500*tr), alloc(2, 2022, SourceNational, 500*tr)},
		}, st, []brief{{WarnNoAllocation, KindAllocation, 0, 2023, SourceNational, 1, 0}}},
		{"paid exactly the support", &world{
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusSettled, 100*tr, 0)},
			as:   []*Allocation{alloc(1, 2023, SourceLocal, 100*tr)},
			pays: []*Payment{pay(1, 1, PayAdvance, 70*tr), pay(2, 1, PaySettlement, 30*tr)},
		}, st, nil},
		{"paid one đồng above the support", &world{
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusSettled, 100*tr, 0)},
			as:   []*Allocation{alloc(1, 2023, SourceLocal, 100*tr)},
			pays: []*Payment{pay(1, 1, PayPayment, 100*tr), pay(2, 1, PayPayment, 1)},
		}, st, []brief{{WarnOverPaid, KindProject, 1, 2023, SourceLocal, 100*tr + 1, 100 * tr}}},
		{"payments on a stopped project", &world{
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatMachinery, StatusStopped, 0, 0)},
			pays: []*Payment{pay(1, 1, PayAdvance, 5*tr)},
		}, st, []brief{
			{WarnOverPaid, KindProject, 1, 2023, SourceLocal, 5 * tr, 0},
			{WarnAdvance, KindProject, 1, 2023, SourceLocal, 5 * tr, 0},
		}},
		{"advance at exactly 70 percent", &world{
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusContracted, 100*tr, 0)},
			as:   []*Allocation{alloc(1, 2023, SourceLocal, 100*tr)},
			pays: []*Payment{pay(1, 1, PayAdvance, 70*tr)},
		}, st, nil},
		{"advance one đồng above 70 percent", &world{
			// 70 % of 33 đ is 23,1 đ: 23 đ is within, 24 đ is not.
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusContracted, 33, 0)},
			as:   []*Allocation{alloc(1, 2023, SourceLocal, 100)},
			pays: []*Payment{pay(1, 1, PayAdvance, 23), pay(2, 1, PayAdvance, 1), pay(3, 1, PayPayment, 5)},
		}, st, []brief{{WarnAdvance, KindProject, 1, 2023, SourceLocal, 24, 23}}},
		{"advance above the limit after acceptance", &world{
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusAccepted, 100*tr, 0)},
			as:   []*Allocation{alloc(1, 2023, SourceLocal, 100*tr)},
			pays: []*Payment{pay(1, 1, PayAdvance, 100*tr)},
		}, st, nil},
		{"advance check turned off", &world{
			ps:   []*Project{proj(1, "A", 2023, SourceLocal, CatTraining, StatusContracted, 100*tr, 0)},
			as:   []*Allocation{alloc(1, 2023, SourceLocal, 100*tr)},
			pays: []*Payment{pay(1, 1, PayAdvance, 90*tr)},
		}, Settings{}, nil},
		{"machinery ceiling per facility", &world{
			// Three beneficiaries: up to 900 tr; 50 % of 2.000 tr is 1.000 tr.
			ps: []*Project{
				proj(1, "A", 2023, SourceLocal, CatMachinery, StatusApproved, 900*tr, 1100*tr, 1, 2, 3),
				proj(2, "B", 2023, SourceLocal, CatMachinery, StatusApproved, 901*tr, 1100*tr, 1, 2, 3),
				// No beneficiary counts as one facility.
				proj(3, "C", 2023, SourceLocal, CatMachinery, StatusProposed, 301*tr, 1000*tr),
			},
			as: []*Allocation{alloc(1, 2023, SourceLocal, 5000*tr)},
		}, st, []brief{
			{WarnCeilingMax, KindProject, 2, 2023, SourceLocal, 901 * tr, 900 * tr},
			{WarnCeilingMax, KindProject, 3, 2023, SourceLocal, 301 * tr, 300 * tr},
		}},
		{"full state funding breaks the 50 percent ceiling", &world{
			ps: []*Project{proj(1, "A", 2023, SourceLocal, CatConsulting, StatusApproved, 20*tr, 0, 1)},
			as: []*Allocation{alloc(1, 2023, SourceLocal, 20*tr)},
		}, st, []brief{{WarnCeilingPercent, KindProject, 1, 2023, SourceLocal, 20 * tr, 10 * tr}}},
		{"ceilings skip rejected and stopped projects", &world{
			ps: []*Project{
				proj(1, "A", 2023, SourceLocal, CatConsulting, StatusRejected, 90*tr, 0, 1),
				proj(2, "B", 2023, SourceLocal, CatConsulting, StatusStopped, 90*tr, 0, 1),
			},
		}, st, nil},
		{"category without a ceiling", &world{
			ps: []*Project{proj(1, "A", 2023, SourceLocal, CatTradeFair, StatusApproved, 5000*tr, 0)},
			as: []*Allocation{alloc(1, 2023, SourceLocal, 5000*tr)},
		}, st, nil},
		{"deleted records are ignored", &world{
			ps: []*Project{
				{Meta: Meta{ID: 1, Deleted: true}, Code: "A", Year: 2023, Source: SourceLocal,
					Category: CatMachinery, Status: StatusApproved, Support: 5000 * tr},
				proj(2, "B", 2023, SourceLocal, CatTraining, StatusApproved, 10*tr, 0),
			},
			as: []*Allocation{alloc(1, 2023, SourceLocal, 10*tr),
				{Meta: Meta{ID: 2, Deleted: true}, Year: 2023, Source: SourceLocal, Amount: 1}},
			pays: []*Payment{{Meta: Meta{ID: 1, Deleted: true}, Project: 2, PayKind: PayAdvance, Amount: 10 * tr}},
		}, st, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(Warnings(tc.w.data(), tc.st))
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestWarningsNearInt64Limits(t *testing.T) {
	const max = math.MaxInt64
	w := &world{
		ps: []*Project{
			// Support + counterpart overflows: the total saturates, so the
			// 50 % limit is half of the maximum, not a wrapped negative.
			proj(1, "A", 2023, SourceLocal, CatMachinery, StatusApproved, max, max, 1),
			proj(2, "B", 2023, SourceLocal, CatTraining, StatusContracted, max, 0),
		},
		as:   []*Allocation{alloc(1, 2023, SourceLocal, max)},
		pays: []*Payment{pay(1, 2, PayAdvance, max), pay(2, 2, PayAdvance, max)},
	}
	st := DefaultSettings()
	s := Summarize(w.data(), SummaryOptions{Settings: st})
	if !s.Overflow {
		t.Error("overflow not reported")
	}
	limit70 := new(big.Int).Mul(big.NewInt(max), big.NewInt(70))
	limit70.Div(limit70, big.NewInt(100))
	got := briefs(s.Warnings)
	kinds := make([]WarningKind, len(got))
	for i, g := range got {
		kinds[i] = g.Kind
	}
	// Committed = max (saturated) is not above the allocation of max, so
	// there is no over-commitment warning; the saturation is reported
	// through Overflow instead.
	wantKinds := []WarningKind{WarnAdvance, WarnCeilingPercent, WarnCeilingMax}
	if !slices.Equal(kinds, wantKinds) {
		t.Fatalf("kinds %v, want %v (%+v)", kinds, wantKinds, got)
	}
	if got[0].Amount != max || got[0].Limit != Money(limit70.Int64()) {
		t.Errorf("advance warning %+v, limit want %s", got[0], limit70)
	}
	if got[1].Limit != max/2 || got[2].Limit != 300*tr {
		t.Errorf("ceiling warnings %+v", got[1:])
	}
}

func TestWarningText(t *testing.T) {
	ws := Warnings(vinhPhuc().data(), DefaultSettings())
	for _, w := range ws {
		for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
			text := w.Text(l)
			if strings.Contains(text, "%!") || strings.Contains(text, "warn.") {
				t.Errorf("lang %d: bad text %q", l, text)
			}
			if !strings.Contains(text, w.Amount.String()) {
				t.Errorf("lang %d: %q does not show the amount %s", l, text, w.Amount.String())
			}
			if w.Kind.Label(l) == "" || strings.HasPrefix(w.Kind.Label(l), "warn.") {
				t.Errorf("kind %d has no label", w.Kind)
			}
		}
	}
	adv := ws[2]
	if got := adv.Text(i18n.VI); !strings.Contains(got, "KCQG-2022-03") || !strings.Contains(got, "70%") {
		t.Errorf("advance text %q", got)
	}
	if got := ws[0].Text(i18n.EN); !strings.Contains(got, "KCĐP 2024") {
		t.Errorf("no-allocation text %q", got)
	}
	if WarningKind(0).Label(i18n.VI) != "" || WarningKind(200).Label(i18n.EN) != "" {
		t.Error("unknown kinds must have no label")
	}
}
