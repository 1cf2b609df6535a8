package tui

import (
	"testing"

	"khuyencong/model"
)

// TestUnitReviewWrapsAt80: a commune merged before 4/1/2025 offers its
// district's new communes, and the sentence that says so wraps at 80
// columns instead of losing its end.
func TestUnitReviewWrapsAt80(t *testing.T) {
	s := reviewStore(t)
	f := &model.Facility{Name: "Hộ kinh doanh Phạm Phương Linh", Address: model.Address{Village: "thôn Lý Nhân",
		Before: model.OldAddress{Commune: "Lý Nhân", District: "Vĩnh Tường", Province: "Vĩnh Phúc"}}}
	if err := s.Create(admin, f); err != nil {
		t.Fatal(err)
	}
	h := start(t, s, editor, 80, 24)
	h.keys("2", "a")
	h.see("— 1/4")
	h.keys("s", "s", "s")
	h.see("— 4/4", "Hộ kinh doanh Phạm Phương Linh", "(đã sáp nhập trước đó): các xã mới", "\ncủa huyện cũ.", "Xã Vĩnh Tường (09076)")
}

// TestProvinceChooserWrapsAt80: the chooser's sentence wraps at 80 columns
// (it ends with how to filter) and the table still shows its footer.
func TestProvinceChooserWrapsAt80(t *testing.T) {
	s := openStore(t)
	h := start(t, s, admin, 80, 24)
	h.keys("p")
	h.see("Tỉnh của trung tâm", "các tỉnh đã nhập vào nó. Gõ tên để lọc.", "34 / 34")
}

// TestDetailNotConvertedWraps: the detail's warning that a record waits
// for conversion wraps in the side panel instead of losing its key.
func TestDetailNotConvertedWraps(t *testing.T) {
	s := reviewStore(t)
	h := start(t, s, viewer, 120, 40)
	h.keys("2", "enter")
	h.see("Trước 1/7/2025", "Chưa chuyển sang đơn vị mới: phím a để rà", "soát")
	h.notSee("rà so │")
}
