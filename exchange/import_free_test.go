package exchange

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"khuyencong/i18n"
	"khuyencong/model"
)

// cp1258 encodes text as Excel's plain "CSV" on a Vietnamese Windows
// does: the base letter with its shape (â, ơ, ư) precomposed and the tone
// mark as a combining character after it.
func cp1258(t *testing.T, s string) []byte {
	t.Helper()
	var b strings.Builder
	for _, r := range s {
		var base, tones []rune
		for _, x := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, x) && strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", x) {
				tones = append(tones, x)
			} else {
				base = append(base, x)
			}
		}
		b.WriteString(norm.NFC.String(string(base)) + string(tones))
	}
	out, err := charmap.Windows1258.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		t.Fatalf("cp1258: %v", err)
	}
	return out
}

// officeCSV writes rows in one of the forms Excel saves a CSV in.
func officeCSV(t *testing.T, form string, rows [][]string) []byte {
	t.Helper()
	sep := ","
	if form == "semicolon" {
		sep = ";"
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		cells := make([]string, len(r))
		for j, c := range r {
			if strings.ContainsAny(c, ",;\"") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			cells[j] = c
		}
		lines[i] = strings.Join(cells, sep)
	}
	data := ieCSV(lines...)
	switch form {
	case "bom":
		return append([]byte("\xEF\xBB\xBF"), data...)
	case "cp1258":
		return cp1258(t, string(data))
	}
	return data
}

func TestImportFreeTextTradeAndGuessedLegalForm(t *testing.T) {
	rows := [][]string{
		{"DANH SÁCH CƠ SỞ SẢN XUẤT CÔNG NGHIỆP NÔNG THÔN"},
		{},
		{"STT", "Tên cơ sở", "Ngành nghề", "Sản phẩm chính", "Huyện", "Số lao động"},
		{"1", "Công ty TNHH Đồ gỗ Tân Việt", "Đồ gỗ", "", "Tam Dương", "45"},
		{"2", "HTX Chế biến Đồng Tâm", "Chế biến thực phẩm", "Bánh chưng", "Tam Dương", "12"},
		{"3", "Hộ kinh doanh Nguyễn Văn An", "Cơ khí", "", "Yên Lạc", "4"},
		{"4", "DNTN Hoà Bình", "4", "Mây tre đan", "Yên Lạc", "9"},
		{"5", "Cơ sở Bánh đa Thổ Tang", "1", "", "Vĩnh Tường", "3"},
		{"", "Tổng cộng", "", "", "", "73"},
	}
	for _, form := range []string{"utf8", "bom", "cp1258", "semicolon"} {
		t.Run(form, func(t *testing.T) {
			st := ieOpen(t)
			path := ieWrite(t, "co-so.csv", officeCSV(t, form, rows))
			res := ieImport(t, st, model.KindFacility, path, ImportOptions{})
			if res.Written != 5 || len(res.Totals) != 1 || res.HeaderRow != 3 {
				t.Fatalf("written %d totals %v header %d", res.Written, res.Totals, res.HeaderRow)
			}
			want := []struct {
				legal    model.LegalForm
				trade    model.TradeGroup
				products string
			}{
				{model.LegalSME, 0, "Đồ gỗ"},
				{model.LegalCoop, 0, "Bánh chưng; Chế biến thực phẩm"},
				{model.LegalHousehold, model.TradeWoodTextile, "Cơ khí"},
				{model.LegalSME, model.TradeWoodTextile, "Mây tre đan"},
				{0, model.TradeFood, ""},
			}
			for i, w := range want {
				f, _ := st.Snapshot().Facilities().Get(model.ID(i + 1))
				if f.LegalForm != w.legal || f.TradeGroup != w.trade || f.Products != w.products {
					t.Errorf("row %d: legal %d trade %d products %q, want %+v", i+4, f.LegalForm, f.TradeGroup, f.Products, w)
				}
			}
			var notes []string
			for _, g := range res.Notes {
				notes = append(notes, g.In(i18n.EN))
			}
			all := strings.Join(notes, "\n")
			for _, s := range []string{
				`"Đồ gỗ" is none of the values of Trade group`,
				`"Cơ khí": Trade group guessed as "Wood, rattan, ceramics, textiles, small engineering"`,
				`Legal form guessed from the name as "Small or medium enterprise"`,
			} {
				if !strings.Contains(all, s) {
					t.Errorf("notes lack %q:\n%s", s, all)
				}
			}
		})
	}
}

// A list that is not free text still refuses what it cannot read, and
// the message lists what it accepts; the refused file writes nothing.
func TestImportBadChoiceListsAcceptedNames(t *testing.T) {
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV("Tên cơ sở;Loại hình", "Cơ sở A;Quốc doanh", "Công ty B;Công ty cổ phần"))
	res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	var me *model.Error
	if !errors.As(err, &me) || len(res.Problems) != 1 || ieCounts(st)[0] != 0 {
		t.Fatalf("err %v problems %v", err, ieProblemTexts(res))
	}
	msg := res.Problems[0].In(i18n.VI)
	for _, s := range []string{`"Quốc doanh"`, "DNNVV (Doanh nghiệp nhỏ và vừa)", "HKD (Hộ kinh doanh)"} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q: %s", s, msg)
		}
	}
	// "Công ty cổ phần" in the legal-form column is read as a guess.
	res = ieImport(t, st, model.KindFacility, ieWrite(t, "b.csv", ieCSV("Tên cơ sở;Loại hình", "Công ty B;Công ty cổ phần")), ImportOptions{})
	f, _ := st.Snapshot().Facilities().Get(1)
	if f.LegalForm != model.LegalSME || len(res.Notes) != 1 || res.Notes[0].Kind != NoteGuessed {
		t.Fatalf("guess %+v notes %+v", f, res.Notes)
	}
}

func TestGuessLegalForm(t *testing.T) {
	for name, want := range map[string]model.LegalForm{
		"Công ty TNHH Tân Việt": model.LegalSME, "CÔNG TY CỔ PHẦN GỐM": model.LegalSME, "DNTN Hoà Bình": model.LegalSME,
		"HTX Mây tre Đồng Tâm": model.LegalCoop, "Hợp tác xã Nông nghiệp": model.LegalCoop,
		"Liên hiệp HTX Vĩnh Phúc": model.LegalCoopUnion, "Tổ hợp tác Gốm": model.LegalCoopGroup,
		"Hộ kinh doanh Nguyễn An": model.LegalHousehold, "HKD Bình": model.LegalHousehold,
		"Cơ sở Bánh đa": 0, "Congtyxyz": 0, "Hương Canh HTXX": 0,
	} {
		if got, _ := guessLegalForm(name); got != want {
			t.Errorf("guessLegalForm(%q) = %d, want %d", name, got, want)
		}
	}
}
