package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"khuyencong/model"
)

func TestAuditRecordsFieldChanges(t *testing.T) {
	s := newStore(t)
	f := facility("Cơ sở cũ")
	mustCreate(t, s, editor, f)
	c := *f
	c.Name, c.AvgIncome, c.TradeGroup = "Cơ sở mới", 7_250_000, model.TradeHandicraft
	if err := s.Update(admin, &c); err != nil {
		t.Fatal(err)
	}
	es, err := s.Audit(admin, AuditQuery{Kind: model.KindFacility, ID: f.ID})
	if err != nil || len(es) != 2 {
		t.Fatalf("entries %+v, %v", es, err)
	}
	up, cr := es[0], es[1]
	if up.Op != OpUpdate || up.Actor != "lan" || up.Seq != 2 || cr.Op != OpCreate || cr.Actor != "minh" {
		t.Fatalf("entries not newest first with their actors: %+v", es)
	}
	want := []Change{{"name", "Cơ sở cũ", "Cơ sở mới"}, {"trade_group", "4", "2"}, {"avg_income", "6.500.000", "7.250.000"}}
	if len(up.Changes) != len(want) {
		t.Fatalf("changes %+v, want %+v", up.Changes, want)
	}
	for i := range want {
		if up.Changes[i] != want[i] {
			t.Fatalf("change %d = %+v, want %+v", i, up.Changes[i], want[i])
		}
	}
	for _, ch := range cr.Changes {
		if ch.Old != "" || ch.New == "" {
			t.Fatalf("creation change %+v", ch)
		}
	}
	if !up.At.Equal(c.UpdatedAt) {
		t.Fatalf("entry at %v, record updated at %v", up.At, c.UpdatedAt)
	}
}

func TestAuditQueryFilters(t *testing.T) {
	s := newStore(t)
	clock := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	s.now = func() time.Time { clock = clock.Add(time.Hour); return clock }
	for i := range 6 {
		a := editor
		if i%2 == 1 {
			a = admin
		}
		mustCreate(t, s, a, facility("Cơ sở"))
	}
	mustCreate(t, s, editor, allocation())
	all, _ := s.Audit(admin, AuditQuery{})
	if len(all) != 7 || all[0].Seq != 7 || all[6].Seq != 1 {
		t.Fatalf("whole trail: %d entries", len(all))
	}
	cases := []struct {
		name string
		q    AuditQuery
		want []uint64
	}{
		{"kind", AuditQuery{Kind: model.KindAllocation}, []uint64{7}},
		{"actor", AuditQuery{Actor: "lan"}, []uint64{6, 4, 2}},
		{"limit", AuditQuery{Limit: 2}, []uint64{7, 6}},
		{"before", AuditQuery{Before: 3}, []uint64{2, 1}},
		{"before past end", AuditQuery{Before: 100, Limit: 1}, []uint64{7}},
		{"from to", AuditQuery{From: all[4].At, To: all[1].At}, []uint64{5, 4, 3}},
		{"record", AuditQuery{Kind: model.KindFacility, ID: 4}, []uint64{4}},
		{"record before", AuditQuery{Kind: model.KindFacility, ID: 4, Before: 4}, nil},
		{"record none", AuditQuery{Kind: model.KindFacility, ID: 40}, nil},
	}
	for _, c := range cases {
		es, err := s.Audit(admin, c.q)
		if err != nil {
			t.Fatal(err)
		}
		var got []uint64
		for _, e := range es {
			got = append(got, e.Seq)
		}
		if len(got) != len(c.want) {
			t.Fatalf("%s: got %v, want %v", c.name, got, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Fatalf("%s: got %v, want %v", c.name, got, c.want)
			}
		}
	}
}

func TestAuditOfUsersAndSettings(t *testing.T) {
	s := newStore(t)
	if err := s.PutUser(admin, User{Name: "hoa", Role: model.RoleViewer}); err != nil {
		t.Fatal(err)
	}
	st := model.DefaultSettings()
	st.Ceilings[model.CatTraining] = model.Ceiling{Percent: 100, Max: 50_000_000}
	if err := s.SaveSettings(admin, st); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSettings(admin, st); err != nil { // unchanged: no entry
		t.Fatal(err)
	}
	es, _ := s.Audit(admin, AuditQuery{})
	if len(es) != 2 || es[0].Op != OpSettings || es[0].Changes[0].Field != "ceiling.1" || es[1].Op != OpUser || es[1].Note != "hoa" {
		t.Fatalf("entries %+v", es)
	}
	if !reflect.DeepEqual(s.Snapshot().Settings, st) {
		t.Fatal("settings not in the snapshot")
	}
	bad := st
	bad.AdvanceLimit = 150
	var ps model.Problems
	if err := s.SaveSettings(admin, bad); !errors.As(err, &ps) {
		t.Fatalf("invalid settings: %v", err)
	}
}
