package model

import (
	"slices"
	"testing"
)

func TestSaveRisks(t *testing.T) {
	st := DefaultSettings()
	w := &world{
		ps: []*Project{
			proj(1, "A", 2025, SourceLocal, CatTraining, StatusApproved, 300*tr, 0),
			proj(2, "B", 2025, SourceLocal, CatTraining, StatusProposed, 400*tr, 0),
		},
		as:   []*Allocation{alloc(1, 2025, SourceLocal, 500*tr)},
		pays: []*Payment{pay(1, 1, PayAdvance, 250*tr)},
	}
	approved := *w.ps[1]
	approved.Status = StatusApproved
	tests := []struct {
		name string
		rec  Record
		want []SaveRisk
	}{
		{"approving B commits 700 tr of 500 tr", &approved, []SaveRisk{{
			Warning: Warning{Kind: WarnOverCommitted, Year: 2025, Source: SourceLocal, Amount: 700 * tr, Limit: 500 * tr},
			Before:  300 * tr}}},
		{"a proposal commits nothing", &Project{Year: 2025, Source: SourceLocal, Status: StatusProposed, Support: 900 * tr}, nil},
		{"a payment past the support", &Payment{Project: 1, Amount: 60 * tr}, []SaveRisk{{
			Warning: Warning{Kind: WarnOverPaid, ID: 1, Year: 2025, Source: SourceLocal, Amount: 310 * tr, Limit: 300 * tr},
			Before:  250 * tr, This: 60 * tr}}},
		{"a payment up to the support", &Payment{Project: 1, Amount: 50 * tr}, nil},
		{"editing the payment to 320 tr", &Payment{Meta: Meta{ID: 1}, Project: 1, Amount: 320 * tr}, []SaveRisk{{
			Warning: Warning{Kind: WarnOverPaid, ID: 1, Year: 2025, Source: SourceLocal, Amount: 320 * tr, Limit: 300 * tr},
			Before:  250 * tr, This: 320 * tr}}},
		{"lowering the allocation", &Allocation{Meta: Meta{ID: 1}, Year: 2025, Source: SourceLocal, Amount: 200 * tr}, []SaveRisk{{
			Warning: Warning{Kind: WarnOverCommitted, Year: 2025, Source: SourceLocal, Amount: 300 * tr, Limit: 200 * tr},
			Before:  300 * tr}}},
		{"a facility cannot over-commit", &Facility{Name: "X"}, nil},
	}
	for _, tc := range tests {
		got := SaveRisks(w.data(), tc.rec, st)
		for i := range got {
			got[i].Err, got[i].RecordKind, got[i].Warning.ID = nil, 0, idIf(got[i].Kind == WarnOverPaid, got[i].Warning.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
	// A warning that already stands is asked about again only when the
	// save makes it worse.
	over := &world{ps: w.ps, as: w.as, pays: []*Payment{pay(1, 1, PayAdvance, 350*tr)}}
	if got := SaveRisks(over.data(), &Payment{Meta: Meta{ID: 1}, Project: 1, Amount: 340 * tr}, st); got != nil {
		t.Errorf("lowering an over-payment asks: %+v", got)
	}
	if got := SaveRisks(over.data(), &Payment{Project: 1, Amount: 1 * tr}, st); len(got) != 1 || got[0].Before != 350*tr {
		t.Errorf("adding to an over-payment: %+v", got)
	}
}

func idIf(keep bool, id ID) ID {
	if keep {
		return id
	}
	return 0
}
