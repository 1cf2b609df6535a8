package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"khuyencong/i18n"
	"khuyencong/model"
)

// officeBook builds a sheet as a district keeps it: merged title rows,
// a two-line header under merged cells, then the rows.
func officeBook(t *testing.T, header, sub []string, rows [][]any, merges ...[2]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	put := func(r int, cells []any) {
		for c, v := range cells {
			if v == nil || v == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r)
			if err := f.SetCellValue(sh, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	put(1, []any{"UBND HUYỆN TAM DƯƠNG", nil, nil, nil, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	put(2, []any{"DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN NĂM 2024"})
	put(3, []any{"(Kèm theo Báo cáo số 12/BC-UBND ngày 05/01/2025)"})
	anyRow := func(ss []string) []any {
		out := make([]any, len(ss))
		for i, s := range ss {
			out[i] = s
		}
		return out
	}
	put(5, anyRow(header))
	next := 6
	if sub != nil {
		put(6, anyRow(sub))
		next = 7
	}
	for i, r := range rows {
		put(next+i, r)
	}
	for _, m := range append([][2]string{{"A1", "D1"}, {"E1", "J1"}, {"A2", "J2"}, {"A3", "J3"}}, merges...) {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// taxNumber is a tax code as a number cell keeps it.
func taxNumber(code string) int {
	n := 0
	for _, c := range code {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestImportXLSXTwoLineHeaderUnderMergedCells(t *testing.T) {
	st := ieOpen(t)
	lost := ieTaxIn("01", 7)
	data := officeBook(t,
		[]string{"STT", "Tên cơ sở", "Mã số thuế", "Địa bàn", "", "Số lao động"},
		[]string{"", "", "", "Xã", "Huyện", ""},
		[][]any{
			{1, "Công ty TNHH Cơ khí Tân Việt", taxNumber(lost), "Hợp Thịnh", "Tam Dương", 45},
			{2, "HKD Nguyễn Văn An", nil, "Đạo Tú", "Tam Dương", 4},
			{nil, "Tổng cộng", nil, nil, nil, 49},
		},
		[2]string{"A5", "A6"}, [2]string{"B5", "B6"}, [2]string{"C5", "C6"}, [2]string{"D5", "E5"}, [2]string{"F5", "F6"})
	res, err := ImportReader(st, ieAdmin, model.KindFacility, "co-so.xlsx", bytes.NewReader(data), ImportOptions{})
	if err != nil {
		t.Fatalf("%v %v", model.Localize(err, i18n.EN), ieProblemTexts(res))
	}
	if res.HeaderRow != 5 || res.Written != 2 || len(res.Totals) != 1 || res.Totals[0].Row != 9 {
		t.Fatalf("header %d written %d totals %v mapping %v", res.HeaderRow, res.Written, res.Totals, res.Mapping)
	}
	f, _ := st.Snapshot().Facilities().Get(1)
	if f.TaxCode != lost || f.Address.Before.Commune != "Hợp Thịnh" || f.Address.Before.District != "Tam Dương" || f.Employees != 45 {
		t.Fatalf("facility %+v", f)
	}
}

func TestTaxCodeFromANumberCell(t *testing.T) {
	good := ieTaxIn("01", 5)
	for cell, want := range map[string]string{
		good[1:]:         good, // the leading zero put back
		good[1:] + ".0":  good,
		good:             good,
		ieTax(3):         ieTax(3),
		"1.00233488E8":   "0100233488", // how a workbook may store 0100233488
		"1.00233488E+08": "0100233488",
	} {
		got, err := parseTaxCell(cell)
		if err != nil || got != want {
			t.Errorf("parseTaxCell(%q) = %q, %v; want %q", cell, got, err, want)
		}
	}
	// Nine digits whose check digit fails with the zero back: refused,
	// saying what happened to the cell.
	bad := good[1:9] + string(rune('0'+(int(good[9]-'0')+1)%10))
	_, err := parseTaxCell(bad)
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgImportTaxLostZero || !strings.Contains(me.In(i18n.EN), "format the column as Text") {
		t.Fatalf("bad check digit: %v", err)
	}
	st := ieOpen(t)
	path := ieWrite(t, "co-so.csv", ieCSV("Tên cơ sở;MST", "Cơ sở A;"+bad))
	res, ierr := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
	if ierr == nil || len(res.Problems) != 1 || res.Problems[0].Err.Key != MsgImportTaxLostZero || ieCounts(st)[0] != 0 {
		t.Fatalf("import: %v %v", ierr, ieProblemTexts(res))
	}
}
