package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"khuyencong/model"
)

// ieWorkbook builds a workbook: sheet name → rows of cells (nil = empty).
func ieWorkbook(t *testing.T, sheets []string, rows map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	money, _ := f.NewStyle(&excelize.Style{NumFmt: 3})
	df := "dd/mm/yyyy"
	date, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &df})
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range rows[name] {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(name, cell, v); err != nil {
					t.Fatal(err)
				}
				switch v.(type) {
				case time.Time:
					_ = f.SetCellStyle(name, cell, cell, date)
				case int64:
					_ = f.SetCellStyle(name, cell, cell, money)
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestImportXLSXVietnameseHeadersTitleRowsAndNumberCells(t *testing.T) {
	st := ieOpen(t)
	tax := ieTaxIn("01", 5) // stored as a number, it loses its leading zero
	num := 0
	for _, c := range tax[1:] {
		num = num*10 + int(c-'0')
	}
	data := ieWorkbook(t, []string{"Cơ sở"}, map[string][][]any{"Cơ sở": {
		{"DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN TỈNH VĨNH PHÚC"},
		{},
		{"STT", "Tên cơ sở", "Mã số thuế", "Loại hình", "Nhóm ngành", "Huyện", "Số lao động", "Thu nhập bình quân (đồng/tháng)", "Năm thành lập"},
		{1, "Công ty TNHH Thương mại và Cơ khí Tân Việt", num, "DNNVV", "4", "Vĩnh Yên", 45, int64(6_500_000), 2009},
		{2, "HKD Đồng Tâm", nil, "Hộ kinh doanh", "Thủ công mỹ nghệ", "Tam Dương", 4, "3,2 tr", nil},
		{3, nil, "abc", nil, nil, "Đông Anh", nil, nil, nil},
	}})
	res, err := ImportReader(st, ieAdmin, model.KindFacility, "co-so.xlsx", bytes.NewReader(data), ImportOptions{})
	if err == nil {
		t.Fatal("the bad row 6 was accepted")
	}
	if res.Format != "XLSX" || res.Sheet != "Cơ sở" || res.HeaderRow != 3 {
		t.Fatalf("format %q sheet %q header row %d", res.Format, res.Sheet, res.HeaderRow)
	}
	got := strings.Join(ieProblems(res), " ")
	if got != "6:Tên cơ sở 6:Mã số thuế" {
		t.Fatalf("problems %s\n%s", got, strings.Join(ieProblemTexts(res), "\n"))
	}
	res, err = ImportReader(st, ieAdmin, model.KindFacility, "co-so.xlsx", bytes.NewReader(data), ImportOptions{SkipBad: true})
	if err != nil || res.Written != 2 {
		t.Fatalf("skip bad: %v %+v", err, res)
	}
	f, _ := st.Snapshot().Facilities().Get(1)
	if f.TaxCode != tax || f.Employees != 45 || f.AvgIncome != 6_500_000 || f.YearFounded != 2009 ||
		f.LegalForm != model.LegalSME || f.TradeGroup != model.TradeWoodTextile {
		t.Fatalf("facility %+v", f)
	}
	g, _ := st.Snapshot().Facilities().Get(2)
	if g.AvgIncome != 3_200_000 || g.TradeGroup != model.TradeHandicraft || g.LegalForm != model.LegalHousehold {
		t.Fatalf("facility %+v", g)
	}
}

func TestImportXLSXNamedSheetWithDateCells(t *testing.T) {
	st := ieOpen(t)
	data := ieWorkbook(t, []string{"Ghi chú", "Đề án 2022"}, map[string][][]any{
		"Ghi chú": {{"Trang này không phải dữ liệu"}},
		"Đề án 2022": {
			{"Mã đề án", "Tên đề án", "Năm", "Nguồn", "Nội dung", "Trạng thái", "Bắt đầu", "Kết thúc", "Kinh phí hỗ trợ", "Ngày quyết định"},
			{"KCQG-2022-04", "Hội chợ hàng công nghiệp nông thôn", 2022, "KCQG", "Hội chợ, triển lãm, sản phẩm tiêu biểu", "Nghiệm thu",
				time.Date(2022, 9, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 11, 30, 0, 0, 0, 0, time.UTC), int64(170_000_000), "05/08/2022"},
		},
	})
	_, err := ImportReader(st, ieAdmin, model.KindProject, "de-an.xlsx", bytes.NewReader(data), ImportOptions{Sheet: "Không có"})
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgXLSXSheetMissing {
		t.Fatalf("missing sheet: %v", err)
	}
	res, err := ImportReader(st, ieAdmin, model.KindProject, "de-an.xlsx", bytes.NewReader(data), ImportOptions{Sheet: "de an 2022"})
	if err != nil {
		t.Fatalf("%v %v", err, ieProblemTexts(res))
	}
	p, _ := st.Snapshot().Projects().Get(1)
	if p.Start != 20220901 || p.End != 20221130 || p.DecisionDate != 20220805 || p.Support != 170_000_000 ||
		p.Category != model.CatTradeFair || p.Status != model.StatusAccepted {
		t.Fatalf("project %+v", p)
	}
}

func TestImportRefusesOldXLSAndBrokenWorkbook(t *testing.T) {
	st := ieOpen(t)
	_, err := ImportReader(st, ieAdmin, model.KindFacility, "cu.xls", bytes.NewReader([]byte{0xD0, 0xCF, 0x11, 0xE0, 0, 0}), ImportOptions{})
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgImportOldXLS {
		t.Fatalf("xls: %v", err)
	}
	_, err = ImportReader(st, ieAdmin, model.KindFacility, "x.xlsx", strings.NewReader("PK\x03\x04garbage"), ImportOptions{})
	if !errors.As(err, &me) || me.Key != MsgXLSXBroken {
		t.Fatalf("broken: %v", err)
	}
}
