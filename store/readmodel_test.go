package store

import (
	"slices"
	"strings"
	"testing"

	"khuyencong/model"
)

func TestSearchTextFollowsRelatedRecords(t *testing.T) {
	s := newStore(t)
	f := facility("Công ty TNHH Tân Việt")
	f.TaxCode = taxCode(9)
	f.CraftVillage = "Làng nghề mộc Thanh Lãng"
	mustCreate(t, s, editor, f)
	p := project("KCQG-2022-01", f.ID)
	mustCreate(t, s, editor, p)
	pay := payment(p.ID)
	mustCreate(t, s, editor, pay)
	snap := s.Snapshot()
	ft := snap.Facilities().Text(0)
	for _, want := range []string{"cong ty tnhh tan viet", f.TaxCode, "binh xuyen", "xa thanh lang", "thon dong", "lang nghe moc thanh lang", "do go my nghe"} {
		if !strings.Contains(ft, want) {
			t.Fatalf("facility text %q lacks %q", ft, want)
		}
	}
	if pt := snap.Projects().Text(0); !strings.Contains(pt, "kcqg-2022-01") || !strings.Contains(pt, "tan viet") {
		t.Fatalf("project text %q", pt)
	}
	if yt := snap.Payments().Text(0); !strings.Contains(yt, "unc-01") || !strings.Contains(yt, "kcqg-2022-01") || !strings.Contains(yt, "tam ung") {
		t.Fatalf("payment text %q", yt)
	}
	// Renaming the beneficiary and recoding the project reach the texts.
	c := *f
	c.Name = "Công ty Cơ khí Hưng Thịnh"
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	q := *p
	q.Code = "KCQG-2022-07"
	if err := s.Update(editor, &q); err != nil {
		t.Fatal(err)
	}
	after := s.Snapshot()
	if pt := after.Projects().Text(0); !strings.Contains(pt, "hung thinh") || strings.Contains(pt, "tan viet") {
		t.Fatalf("project text after rename %q", pt)
	}
	if yt := after.Payments().Text(0); !strings.Contains(yt, "kcqg-2022-07") {
		t.Fatalf("payment text after recode %q", yt)
	}
	// The old snapshot is untouched.
	if old, _ := snap.Facilities().Get(f.ID); old.Name != "Công ty TNHH Tân Việt" || !strings.Contains(snap.Projects().Text(0), "tan viet") {
		t.Fatal("a write changed an older snapshot")
	}
}

func TestRelationsFollowWrites(t *testing.T) {
	s := newStore(t)
	for range 3 {
		mustCreate(t, s, editor, facility("Cơ sở"))
	}
	p1, p2 := project("KCQG-2022-01", 1, 2), project("KCQG-2022-02", 2, 3)
	mustCreate(t, s, editor, p1)
	mustCreate(t, s, editor, p2)
	pay1, pay2 := payment(1), payment(1)
	mustCreate(t, s, editor, pay1)
	mustCreate(t, s, editor, pay2)
	snap := s.Snapshot()
	if got := snap.ProjectsOf(2); !slices.Equal(got, []model.ID{1, 2}) {
		t.Fatalf("ProjectsOf(2) = %v", got)
	}
	if got := snap.PaymentsOf(1); !slices.Equal(got, []model.ID{1, 2}) {
		t.Fatalf("PaymentsOf(1) = %v", got)
	}
	c := *p1
	c.Beneficiaries = []model.ID{3}
	if err := s.Update(editor, &c); err != nil {
		t.Fatal(err)
	}
	m := *pay2
	m.Project = 2
	if err := s.Update(editor, &m); err != nil {
		t.Fatal(err)
	}
	after := s.Snapshot()
	checks := []struct {
		got, want []model.ID
	}{
		{after.ProjectsOf(1), nil}, {after.ProjectsOf(2), []model.ID{2}}, {after.ProjectsOf(3), []model.ID{1, 2}},
		{after.PaymentsOf(1), []model.ID{1}}, {after.PaymentsOf(2), []model.ID{2}},
		{snap.ProjectsOf(2), []model.ID{1, 2}}, // the older snapshot keeps its view
	}
	for i, c := range checks {
		if !slices.Equal(c.got, c.want) {
			t.Fatalf("check %d: %v, want %v", i, c.got, c.want)
		}
	}
}

func TestVecCopiesOnlyTouchedChunks(t *testing.T) {
	var v vec[int]
	e := v.edit()
	for i := range 3 * chunkSize {
		e.set(i, i)
	}
	a := e.done()
	e = a.edit()
	e.set(chunkSize+5, -1)
	e.set(3*chunkSize, 7) // grows
	b := e.done()
	if a.at(chunkSize+5) != chunkSize+5 || b.at(chunkSize+5) != -1 || b.n != 3*chunkSize+1 || a.n != 3*chunkSize {
		t.Fatal("edit changed the old vector or lost the new value")
	}
	if a.chunks[0] != b.chunks[0] || a.chunks[2] != b.chunks[2] || a.chunks[1] == b.chunks[1] {
		t.Fatal("untouched chunks must be shared, the touched one copied")
	}
}

func TestTableAllSkipsDeletedAndGapsArePlaceholders(t *testing.T) {
	d := newDict()
	tb := (&Table[model.Facility]{}).edit(d, newPacker(d))
	tb.put(&model.Facility{Meta: model.Meta{ID: 3}, Name: "c"}, ownText("c"))
	tb.put(&model.Facility{Meta: model.Meta{ID: 1}, Name: "a"}, ownText("a"))
	tab := tb.done()
	if tab.Len() != 3 || tab.Live() != 2 || tab.At(1) == nil || !tab.At(1).Deleted || tab.At(1).ID != 2 {
		t.Fatalf("len %d live %d row 1 %+v", tab.Len(), tab.Live(), tab.At(1))
	}
	var names []string
	for f := range tab.All() {
		names = append(names, f.Name)
	}
	if !slices.Equal(names, []string{"a", "c"}) {
		t.Fatalf("All = %v", names)
	}
}
