package store

import (
	"strings"
	"testing"

	"khuyencong/model"
)

// A facility's places and products are shared parts of its search text:
// the row holds their numbers, Text puts the whole text together in the
// order it always had, and Matcher finds a word in any part but a query's words
// (which have no spaces) are each found in one part.
func TestSharedTextParts(t *testing.T) {
	d := newDict()
	f := facility("Cơ sở Mây tre đan Hòa Bình")
	f.ID, f.TaxCode, f.Products = 1, "2500150000", "Mây tre đan"
	f.Address.Village, f.Address.Before.Commune, f.Address.Before.District = "Thôn Đông", "Tam Hợp", "Bình Xuyên"
	var tb textBuf
	tb.facility(f, fakeNamer{})
	pk := newPacker(d)
	row := string(pk.pack(f, &tb))
	tab := &Table[model.Facility]{rows: vec[string]{chunks: []*[chunkSize]string{new([chunkSize]string)}, n: 1}, names: d.view()}
	tab.rows.chunks[0][0] = row

	want := "co so may tre dan hoa binh | 2500150000 | thon dong | tam hop | binh xuyen | may tre dan"
	if got := tab.Text(0); got != want {
		t.Fatalf("Text = %q, want %q", got, want)
	}
	if own, _ := rowText(row); strings.Contains(own, "thon") {
		t.Fatalf("own text %q holds the shared places", own)
	}
	var g model.Facility
	tab.Load(0, &g)
	if g.Name != f.Name || g.Address.Before.District != "Bình Xuyên" {
		t.Fatalf("record after the shared parts: %+v", g)
	}
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"binh", "tam"}, true},
		{[]string{"tre", "2500"}, true},
		{[]string{"xuyen", "may"}, true},
		{[]string{"tam", "vinh"}, false},
		{[]string{"nguyen"}, false},
	} {
		m := tab.Matcher(c.words)
		if got := m(0); got != c.want {
			t.Errorf("Matcher(%q) = %v, want %v", c.words, got, c.want)
		}
		if got := matchText(want, c.words); got != c.want {
			t.Errorf("Text contains %q = %v, want %v (the cases must agree with Text)", c.words, got, c.want)
		}
	}

	// A second facility in the same places shares the parts' entries.
	n := len(d.view())
	f2 := *f
	f2.ID, f2.Name = 2, "Hộ kinh doanh Lê Văn Tám"
	tb.facility(&f2, fakeNamer{})
	pk.pack(&f2, &tb)
	if len(d.view()) != n {
		t.Fatalf("dictionary grew by %d for a facility in the same places", len(d.view())-n)
	}

	// withText keeps the deleted flag and replaces the shared parts.
	f.Deleted = true
	row = string(pk.pack(f, &tb))
	tb.reset()
	tb.add("moi")
	row = pk.withText(row, &tb)
	if row[0]&rowDeleted == 0 || row[0]&rowShared != 0 {
		t.Fatalf("flags %b after withText", row[0])
	}
	tab.rows.chunks[0][0] = row
	if got := tab.Text(0); got != "moi" {
		t.Fatalf("Text after withText = %q", got)
	}
}

func matchText(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

type fakeNamer struct{}

func (fakeNamer) facilityName(model.ID) string { return "" }
func (fakeNamer) projectCode(model.ID) string  { return "" }
func (fakeNamer) communeName(string) string    { return "" }
