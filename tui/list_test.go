package tui

import (
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/tui/lists"
)

func TestFilterTanViet(t *testing.T) {
	s := openStore(t)
	fill(t, s, 300)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := start(t, s, admin, size[0], size[1])
		h.keys("2", "/")
		h.typ("tan viet")
		h.until("filter result", func() bool { return strings.Contains(h.screen(), "1 / 304") })
		h.keys("enter")
		h.see("Công ty TNHH Thương mại và")
		h.notSee("Bao bì Atlantic")
		h.keys("enter") // open the detail
		h.see("Công ty TNHH MTV xây dựng", "KCQG-2022-01")
		h.keys("esc")
		h.notSee("KCQG-2022-01")
	}
}

func TestFilterDiacritics(t *testing.T) {
	s := openStore(t)
	fill(t, s, 30)
	h := start(t, s, admin, 120, 40)
	h.keys("2", "/")
	h.typ("thi huong")
	h.until("NFD name found", func() bool { return strings.Contains(h.screen(), "1 / 34") })
	h.see("Nguyễn Thị Hường")
}

func TestSortByName(t *testing.T) {
	s := openStore(t)
	fill(t, s, 40)
	h := start(t, s, admin, 120, 40)
	h.keys("2", "s")
	h.settle()
	col, desc := h.M.tabs[1].(*lists.Tab).Table.Sort()
	if col != 0 || desc {
		t.Fatalf("sort = %d %v", col, desc)
	}
	want := []string{"Công ty TNHH Bao bì Atlantic", "Công ty TNHH chế biến nông sản Phúc Yên", "Công ty TNHH chế biến nông sản Tam Đảo"}
	for i, w := range want {
		if got := rowName(h, 1, i); !strings.HasPrefix(got, w) {
			t.Fatalf("row %d by name: %q, want %q", i, got, w)
		}
	}
	h.keys("r")
	if got := rowName(h, 1, 0); !strings.HasPrefix(got, "Tổ hợp tác mây tre đan Vĩnh Tường") {
		t.Fatalf("first row descending: %q", got)
	}
	h.see("Tên ▼")
	h.keys("home")
	h.see(">Tổ hợp tác mây tre đan Vĩnh Tường")
}

// rowName is the name of the facility or project listed at position i of
// tab's table, in its current order.
func rowName(h *harness, tab, i int) string {
	lt := h.M.tabs[tab].(*lists.Tab)
	rows := lt.Table.Rows()
	if i >= len(rows) {
		return ""
	}
	r, _ := lt.Spec.Record(h.M.c.Snap, model.ID(rows[i]+1))
	if lt.Spec.Kind == model.KindFacility {
		f, _ := h.M.c.Snap.Facilities().Get(r.ID)
		return f.Name
	}
	return r.Name
}
