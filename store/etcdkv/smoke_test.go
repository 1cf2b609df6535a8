package etcdkv_test

import (
	"testing"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv/etcdtest"
)

var editor = store.Actor{Name: "minh", Role: model.RoleEditor}

func TestSmoke(t *testing.T) {
	c := etcdtest.Start(t, 1)
	s, err := store.OpenKV(openKV(t, c, "k1"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := &model.Facility{Name: "Cơ sở A", LegalForm: model.LegalHousehold, TradeGroup: model.TradeWoodTextile,
		Products: "Đồ gỗ", Address: model.Address{Village: "Thôn Đông", ProvinceCode: "25", CommuneCode: "08950"}, Employees: 3}
	if err := s.Create(editor, f); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := store.OpenKV(openKV(t, c, "k1"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, ok := s2.Snapshot().Facilities().Get(f.ID); !ok || got.Name != f.Name {
		t.Fatalf("reopened: %v %v", got, ok)
	}
	probs, err := s2.Check()
	if err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}
