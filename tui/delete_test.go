package tui

import (
	"strings"
	"testing"
)

func TestDeleteAndRestoreAsAdmin(t *testing.T) {
	s := openStore(t)
	fill(t, s, 20)
	h := start(t, s, admin, 120, 40)
	h.keys("2", "/")
	h.typ("atlantic")
	h.keys("enter", "d")
	h.see("Xoá Công ty TNHH Bao bì Atlantic?")
	h.keys("enter") // the dialog starts on "no"
	if f, _ := s.Snapshot().Facilities().Get(2); f.Deleted {
		t.Fatal("enter on the default button deleted")
	}
	h.keys("d", "y")
	h.until("deleted", func() bool { f, _ := s.Snapshot().Facilities().Get(2); return f.Deleted })
	h.until("row gone", func() bool { return strings.Contains(h.screen(), "0 / 23") })
	h.see("✓ Đã xoá Công ty TNHH Bao bì Atlantic", "Cơ sở 23")
	h.keys("D")
	h.until("deleted row shown", func() bool { return strings.Contains(h.screen(), "(đã xoá) Công ty TNHH Bao bì") })
	h.keys("u")
	h.until("restored", func() bool { f, _ := s.Snapshot().Facilities().Get(2); return !f.Deleted })
	h.until("count back", func() bool { return strings.Contains(h.screen(), "Cơ sở 24") })
	h.see("✓ Đã khôi phục Công ty TNHH Bao bì Atlantic", "> Công ty TNHH Bao bì Atlantic"[1:])
	h.keys("D")
	h.see("Công ty TNHH Bao bì Atlantic")
}

func TestEditorCannotDelete(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 80, 24)
	seq := s.Snapshot().Seq
	h.keys("2", "d")
	if h.M.modal != nil {
		t.Fatal("an editor was asked to confirm a delete")
	}
	h.see("✗ Không được phép: cần quyền quản trị")
	h.keys("D", "u")
	if s.Snapshot().Seq != seq {
		t.Fatal("the database changed")
	}
}

func TestProjectWithBeneficiaryPicker(t *testing.T) {
	s := openStore(t)
	fill(t, s, 50)
	h := start(t, s, editor, 120, 40)
	before := s.Snapshot().Projects().Len()
	h.keys("3", "n")
	h.see("Thêm đề án")
	h.typ("KCĐP-2026-01")
	h.next(1)
	h.typ("Hỗ trợ máy cưa vòng")
	h.next(1) // year keeps its default
	h.next(1) // source
	h.next(1) // batch
	h.next(1)
	h.keys("right", "right", "right") // category 3, machinery
	h.next(1)                         // its sub-item, left empty
	h.next(1)                         // status
	h.next(1)                         // implementer
	h.next(1)                         // beneficiaries
	h.keys("enter")                   // opens the picker
	h.see("Chọn đơn vị thụ hưởng")
	h.keys("/")
	h.typ("tan viet")
	h.keys("enter", "space", "esc")
	h.see("Chọn đơn vị thụ hưởng") // esc cleared the filter, not the picker
	h.keys("/")
	h.typ("long thanh")
	h.keys("enter", "space")
	h.see("đã chọn 2", tanViet)
	h.keys("enter")
	h.see("đã chọn 2: " + tanViet + "; Công ty TNHH Đầu tư")
	h.next(3) // location, start, end
	h.typ("2.170 tr")
	h.keys("ctrl+s")
	h.until("saved", func() bool { return s.Snapshot().Projects().Len() == before+1 })
	p, _ := s.Snapshot().Projects().Get(5)
	if len(p.Beneficiaries) != 2 || p.Beneficiaries[0] != 1 || p.Beneficiaries[1] != 3 || p.Support != 2_170_000_000 || p.Year != 2026 {
		t.Fatalf("saved %+v", *p)
	}
}

// TestDeleteWarnsOfReferences: deleting a facility that live projects
// name, or a project with live payments, says so before asking; a record
// nobody refers to gets the plain question.
func TestDeleteWarnsOfReferences(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, admin, 80, 24)
	h.keys("2", "/")
	h.typ("atlantic")
	h.keys("enter", "d")
	h.see("Xoá Công ty TNHH Bao bì Atlantic?", "thụ hưởng 1 đề án", "KCQG-2022-02", "check")
	h.keys("esc")
	h.keys("3", "d")
	h.see("Đề án có 2 khoản giải ngân còn hiệu lực")
	h.keys("esc")
	h.keys("2", "esc", "end", "d")
	h.notSee("thụ hưởng", "giải ngân còn")
}
