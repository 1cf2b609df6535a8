package etcdkv_test

import (
	"strings"
	"testing"

	"khuyencong/dvhc"
	"khuyencong/model"
	"khuyencong/store/etcdkv/etcdtest"
)

// TestFrontEndsFollowUnits: a unit table replaced through one front end
// renames a commune on the other too, in its facilities' search texts,
// and the other's facilities table asks its readers to rebuild.
func TestFrontEndsFollowUnits(t *testing.T) {
	c := etcdtest.Start(t, 1)
	a, b := openFront(t, c, "units"), openFront(t, c, "units")
	f := &model.Facility{Name: "Cơ sở Bình Nguyên", Address: model.Address{ProvinceCode: "25", CommuneCode: "08935"}}
	if err := a.Create(editor, f); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the facility on b", func() bool { _, ok := b.Snapshot().Facilities().Get(f.ID); return ok })
	before := b.Snapshot().Facilities()
	src, err := dvhc.ShippedSources()
	if err != nil {
		t.Fatal(err)
	}
	renamed := strings.ReplaceAll(string(src.Conversion), "Xã Bình Nguyên,08935", "Xã Bình Nguyên Mới,08935")
	if _, err := a.ReplaceUnits(admin, []byte(renamed)); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the new name on b", func() bool {
		return strings.Contains(b.Snapshot().Units.CommuneLabel("08935"), "Bình Nguyên Mới")
	})
	tb := b.Snapshot().Facilities()
	if txt := tb.Text(0); !strings.Contains(txt, "binh nguyen moi") {
		t.Errorf("b's search text %q", txt)
	}
	if _, ok := tb.ChangedSince(before.Version()); ok {
		t.Error("b's facilities table claims to know its changes after a rename")
	}
}
