package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"khuyencong/model"
	"khuyencong/store"
)

// reviewStore is a Phú Thọ centre with three facilities whose address
// before 1/7/2025 needs a person's choice (communes of Hòa Bình split over
// two new ones) and one that converts with certainty.
func reviewStore(t *testing.T) *store.Store {
	t.Helper()
	s := openStore(t)
	set := s.Snapshot().Settings
	set.Province = "25"
	if err := s.SaveSettings(admin, set); err != nil {
		t.Fatal(err)
	}
	old := func(commune, district, province string) model.Address {
		return model.Address{Village: "thôn Mới", Before: model.OldAddress{Commune: commune, District: district, Province: province}}
	}
	fs := []model.Record{
		&model.Facility{Name: "Hộ kinh doanh Bùi Văn An", Address: old("xã Cao Sơn", "Lương Sơn", "Hòa Bình")},
		&model.Facility{Name: "Hợp tác xã Chè Vầy Nưa", Address: old("Vầy Nưa", "huyện Đà Bắc", "Hoà Bình")},
		&model.Facility{Name: "Công ty TNHH Gốm Hương Canh", Address: old("TT. Hương Canh", "Bình Xuyên", "Vĩnh Phúc")},
		&model.Facility{Name: "Hộ kinh doanh Đinh Thị Mai", Address: old("Xã Đồng Tân", "H. Mai Châu", "Hòa Bình")},
	}
	if err := s.CreateMany(admin, fs, "review fixtures"); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestUnitReviewByKeys: a opens the review on the facilities tab; ↓ enter
// applies the second candidate, s skips a record, the last one is applied
// with enter; the certain one is not offered; an applied choice is saved
// as the session's user and audited.
func TestUnitReviewByKeys(t *testing.T) {
	s := reviewStore(t)
	h := start(t, s, editor, 80, 24)
	h.keys("2", "a")
	h.see("Rà soát địa chỉ trước 1/7/2025 — 1/3", "Hộ kinh doanh Bùi Văn An", "xã Cao Sơn, Lương Sơn, Hòa Bình",
		"Xã Lương Sơn (04924)", "Xã Liên Sơn (04960)")
	h.keys("down", "enter")
	h.until("saved", func() bool {
		f, _ := s.Snapshot().Facilities().Get(1)
		return f.Address.CommuneCode != ""
	})
	f, _ := s.Snapshot().Facilities().Get(1)
	if f.Address.CommuneCode != "04960" || f.Address.ProvinceCode != "25" || f.Address.Before.Commune != "xã Cao Sơn" ||
		f.Address.Before.CommuneCode != "04957" || f.UpdatedBy != editor.Name {
		t.Fatalf("after the choice: %+v by %s", f.Address, f.UpdatedBy)
	}
	h.see("— 1/2", "Hợp tác xã Chè Vầy Nưa")
	h.keys("s")
	h.see("— 2/2", "Hộ kinh doanh Đinh Thị Mai")
	h.keys("enter")
	h.until("second saved", func() bool {
		f, _ := s.Snapshot().Facilities().Get(4)
		return f.Address.CommuneCode != ""
	})
	h.see("Xong: đã chọn xã mới cho 2 cơ sở; 1 cơ sở còn lại")
	if f, _ := s.Snapshot().Facilities().Get(2); f.Address.CommuneCode != "" {
		t.Fatalf("a skipped record was changed: %+v", f.Address)
	}
	h.keys("esc")
	h.see("Cơ sở")
}

// A viewer may not open the review: the status bar says which role it
// needs and nothing opens.
func TestUnitReviewNeedsEditor(t *testing.T) {
	s := reviewStore(t)
	h := start(t, s, viewer, 80, 24)
	h.keys("2", "a")
	h.see("cần quyền biên tập")
	if h.M.modal != nil {
		t.Fatal("the review opened for a viewer")
	}
}

// TestGoldenUnitReview records the review at 80×24 and 120×40.
func TestGoldenUnitReview(t *testing.T) {
	s := reviewStore(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			h := start(t, s, admin, sz[0], sz[1])
			h.keys("2", "a")
			h.see("— 1/3")
			h.keys("down")
			golden.RequireEqual(t, stable(h.screen()))
		})
	}
}

// TestEmptyScreenAsksProvince: an empty database asks an admin for the
// centre's province first; p, a diacritic-blind filter and enter set it.
func TestEmptyScreenAsksProvince(t *testing.T) {
	s := openStore(t)
	h := start(t, s, admin, 80, 24)
	h.see("chọn tỉnh của trung tâm trước tiên")
	h.keys("p")
	h.typ("phu tho") // a letter filters at once, and one enter takes the province
	h.keys("enter")
	h.until("province saved", func() bool { return s.Snapshot().Settings.Province == "25" })
	h.see("tỉnh của trung tâm: Phú Thọ")
	h.keys("p", "/")
	h.typ("ha noi")
	h.keys("enter", "enter") // "/" still filters; a second enter reaches the screen behind
	h.until("province changed", func() bool { return s.Snapshot().Settings.Province == "01" })
	h2 := start(t, s, editor, 80, 24)
	h2.keys("p")
	if h2.M.modal != nil {
		t.Fatal("an editor opened the province chooser")
	}
}

// TestCommuneTypedInForm: in a new facility's form the province is the
// centre's; typing "binh ng" on the commune field opens the list filtered
// without diacritics, enter takes Xã Bình Nguyên, and the save keeps it.
func TestCommuneTypedInForm(t *testing.T) {
	s := reviewStore(t)
	h := start(t, s, editor, 120, 40)
	h.keys("2", "n")
	h.typ("Cơ sở thử địa chỉ")
	h.next(6)
	h.typ("binh ng")
	h.see("Xã Bình Nguyên")
	h.keys("enter") // one enter takes the unit typed for, and the list closes
	h.see("Xã, phường", "Xã Bình Nguyên", "┃ Thôn, xóm, đường")
	h.notSee("/ binh ng")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return s.Snapshot().Facilities().Live() == 5 })
	f, _ := s.Snapshot().Facilities().Get(5)
	if f.Address.ProvinceCode != "25" || f.Address.CommuneCode != "08935" {
		t.Fatalf("address %+v", f.Address)
	}
}

// TestOverviewCountsCertifiedProducts: the sample's 2025 provincial round
// published its certificates; the overview of 2025 counts them, as the
// model counts them.
func TestOverviewCountsCertifiedProducts(t *testing.T) {
	s := sampleStore(t, 300)
	want := model.CertifiedProducts(store.TableOf[model.Entry](s.Snapshot()).All(), 20250101, 20251231)
	if want == 0 {
		t.Fatal("the sample has no certificate in 2025")
	}
	h := start(t, s, admin, 120, 40)
	h.keys("1", "[") // from 2026, the pinned clock's year, back to 2025
	h.see("Năm 2025", fmt.Sprintf("SP tiêu biểu %d", want))
}
