package exchange

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

func TestRulesRoundTrip(t *testing.T) {
	rules := model.NationalRules()
	for _, format := range []string{FormatCSV, FormatXLSX} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			var buf bytes.Buffer
			if err := ExportRules(rules, format, &buf, lang); err != nil {
				t.Fatal(err)
			}
			res, err := ImportRules("dinh-muc."+format, &buf, "", lang)
			if err != nil || len(res.Problems) > 0 {
				t.Fatalf("%s %v: %v %v", format, lang, err, res)
			}
			if !reflect.DeepEqual(res.Rules, rules) {
				t.Fatalf("%s %v: rules differ after a round trip", format, lang)
			}
		}
	}
}

// The shipped file is itself an import: an admin can start from it.
func TestRulesShippedFileImports(t *testing.T) {
	var buf bytes.Buffer
	if err := ExportRules(model.NationalRules(), FormatCSV, &buf, i18n.VI); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "NĐ 235/2025/NĐ-CP") || !strings.Contains(buf.String(), "15/10/2025") {
		t.Fatal("export lacks the ND 235/2025 rows")
	}
}

func TestRulesImportRefused(t *testing.T) {
	head := "Bảng định mức\n\nNội dung,Hạng mục,Căn cứ,Tỷ lệ hỗ trợ (%),Mức tối đa,Tính theo,Hiệu lực từ,Hiệu lực đến\n"
	good := "3,Máy móc,TT 28/2018/TT-BTC,50,300.000.000,cơ sở,15/05/2018,\n"
	res, err := ImportRules("a.csv", strings.NewReader(head+good), "", i18n.VI)
	if err != nil || len(res.Rules) != 1 || res.Rules[0].Ceiling != 300_000_000 {
		t.Fatalf("good file: %+v %v", res, err)
	}
	tests := []struct {
		name, body, want string
	}{
		{"share above 100", good + "3,Máy,TT 28,150,,,15/05/2018,\n", "dòng 5"},
		{"bad date", "3,Máy,TT 28,50,,,32/13/2018,\n" + good, "dòng 4"},
		{"no basis", good + good + "1,,,,,,01/01/2020,\n", "Căn cứ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ImportRules("a.csv", strings.NewReader(head+tc.body), "", i18n.VI)
			if err != nil {
				t.Fatal(err)
			}
			if res.Rules != nil || len(res.Problems) != 1 || !strings.Contains(res.Problems[0], tc.want) {
				t.Fatalf("got %+v", res)
			}
		})
	}
	if _, err := ImportRules("a.csv", strings.NewReader("Tên,Mã\nx,y\n"), "", i18n.VI); err == nil ||
		!strings.Contains(model.Localize(err, i18n.VI), "Căn cứ") {
		t.Fatalf("a file without the rules' columns: %v", err)
	}
	if _, err := ImportRules("a.csv", strings.NewReader(head), "", i18n.VI); err == nil {
		t.Fatal("a header alone was accepted")
	}
}
