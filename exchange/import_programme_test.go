package exchange

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

// TestImportProgrammesRefused: a programme row whose indicators cannot be
// read is refused with the reason, once, and nothing is written.
func TestImportProgrammesRefused(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	before := st.Snapshot().Len(model.KindProgramme)
	head := "Mã chương trình,Tên,Cấp,Từ năm,Đến năm,Chỉ tiêu\n"
	for _, c := range []struct{ row, want string }{
		{`KCĐP-2026-2030,CT tỉnh,DP,2026,2030,"Cơ sở | cơ sở | co-so | 3 | ba mươi"`, `"ba mươi"`},
		{`KCĐP-2026-2030,CT tỉnh,DP,2026,2030,"Người | người | nhap | | 10 | 2031=5"`, `"2031=5"`},
		{`KCĐP-2026-2030,CT tỉnh,DP,2026,2030,"Người | người | đếm | | 10"`, `"đếm"`},
		{`KCĐP-2026-2030,CT tỉnh,XYZ,2026,2030,"Người | người | nhap | | 10"`, `XYZ`},
		{`KCĐP-2026-2030,CT tỉnh,DP,2030,2026,"Người | người | nhap | | 10"`, `2030–2026`},
	} {
		path := filepath.Join(t.TempDir(), "ct.csv")
		if err := os.WriteFile(path, []byte(head+c.row+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		res, err := Import(st, ieAdmin, model.KindProgramme, path, ImportOptions{})
		if err == nil {
			t.Errorf("%s: imported", c.row)
			continue
		}
		var msgs []string
		for _, rp := range res.Problems {
			msgs = append(msgs, rp.In(i18n.VI))
		}
		if len(msgs) != 1 || !strings.Contains(msgs[0], c.want) {
			t.Errorf("%s: problems %q, want one naming %s", c.row, msgs, c.want)
		}
	}
	if n := st.Snapshot().Len(model.KindProgramme); n != before {
		t.Fatalf("refused rows wrote programmes: %d, want %d", n, before)
	}
}
