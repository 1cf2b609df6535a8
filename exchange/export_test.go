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

func TestExportCSVHasBOMCommaAndLanguageHeaders(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	var vi, en bytes.Buffer
	if err := Export(st.Snapshot(), model.KindAllocation, nil, FormatCSV, &vi, i18n.VI); err != nil {
		t.Fatal(err)
	}
	if err := Export(st.Snapshot(), model.KindAllocation, []int32{1}, FormatCSV, &en, i18n.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(vi.String(), "\uFEFFNăm,Nguồn kinh phí,") {
		t.Fatalf("VI CSV starts %q", vi.String()[:40])
	}
	// rows picks records by table row, as the app's filtered view does.
	want := "\uFEFFYear,Funding source,Batch,Amount,Decision number,Decision date,Notes\r\n2022,Provincial programme,,9000000000000,,,\r\n"
	if en.String() != want {
		t.Fatalf("EN CSV\n%q\nwant\n%q", en.String(), want)
	}
}

func TestExportCSVDefusesFormulas(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	var buf bytes.Buffer
	if err := Export(st.Snapshot(), model.KindFacility, nil, FormatCSV, &buf, i18n.VI); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"'=1+1`) || !strings.Contains(buf.String(), ",'+84 912") {
		t.Fatalf("formula-like text not defused:\n%s", buf.String())
	}
}

func TestExportXLSXLayoutAndTypes(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	var buf bytes.Buffer
	if err := Export(st.Snapshot(), model.KindProject, nil, FormatXLSX, &buf, i18n.VI); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	if sheet != "Đề án" {
		t.Fatalf("sheet %q", sheet)
	}
	// Bold header, frozen under row 1.
	sid, _ := f.GetCellStyle(sheet, "A1")
	style, _ := f.GetStyle(sid)
	if style.Font == nil || !style.Font.Bold {
		t.Fatal("header is not bold")
	}
	panes, _ := f.GetPanes(sheet)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("panes %+v", panes)
	}
	// Support (column M) is a number in the #,##0 format, which a
	// Vietnamese Excel shows as 600.000.000.
	raw, _ := f.GetCellValue(sheet, "M2", excelize.Options{RawCellValue: true})
	shown, _ := f.GetCellValue(sheet, "M2")
	typ, _ := f.GetCellType(sheet, "M2")
	sid, _ = f.GetCellStyle(sheet, "M2")
	style, _ = f.GetStyle(sid)
	if raw != "600000000" || typ == excelize.CellTypeSharedString || style.NumFmt != 3 || shown != "600,000,000" {
		t.Fatalf("money cell raw %q shown %q type %v numFmt %d", raw, shown, typ, style.NumFmt)
	}
	// Start (column K) is a date: a serial number shown dd/mm/yyyy.
	raw, _ = f.GetCellValue(sheet, "K2", excelize.Options{RawCellValue: true})
	shown, _ = f.GetCellValue(sheet, "K2")
	if raw != "44621" || shown != "01/03/2022" {
		t.Fatalf("date cell raw %q shown %q", raw, shown)
	}
	// Columns fit: the name column is wider than the batch column.
	wName, _ := f.GetColWidth(sheet, "B")
	wBatch, _ := f.GetColWidth(sheet, "E")
	if wName <= wBatch || wName > maxColWidth {
		t.Fatalf("widths name %v batch %v", wName, wBatch)
	}
}

func TestExportMarkdownAndBadFormat(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	var buf bytes.Buffer
	if err := Export(st.Snapshot(), model.KindPayment, nil, FormatMD, &buf, i18n.VI); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 4 || lines[2] != "| KCQG-2022-01 | 20/06/2022 | Tạm ứng | 300.000.000 | UNC 12 |  |" {
		t.Fatalf("markdown:\n%s", buf.String())
	}
	err := Export(st.Snapshot(), model.KindPayment, nil, "pdf", &buf, i18n.VI)
	var me *model.Error
	if !errors.As(err, &me) || me.Key != model.MsgExportBadFormat {
		t.Fatalf("pdf: %v", err)
	}
}

func TestExportSkipsDeletedRecords(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	if err := st.Delete(ieAdmin, model.KindAllocation, 1, 1); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Export(st.Snapshot(), model.KindAllocation, nil, FormatCSV, &buf, i18n.VI); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\r\n"); n != 2 {
		t.Fatalf("%d lines, want header and one live record:\n%s", n, buf.String())
	}
}

func TestExportReportWorkbook(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	var buf bytes.Buffer
	if err := ExportReport(st.Snapshot(), 2022, FormatXLSX, &buf, i18n.VI); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 7 {
		t.Fatalf("sheets %q", sheets)
	}
	// The year's projects sheet holds KCQG-2022-01 and its support as a number.
	last := sheets[len(sheets)-1]
	rows, _ := f.GetRows(last, excelize.Options{RawCellValue: true})
	if len(rows) < 2 || rows[1][0] != "KCQG-2022-01" || rows[1][4] != "600000000" {
		t.Fatalf("projects sheet %q: %q", last, rows)
	}
	err = ExportReport(st.Snapshot(), 0, FormatCSV, &buf, i18n.VI)
	var me *model.Error
	if !errors.As(err, &me) || me.Key != model.MsgExportReportFormat {
		t.Fatalf("csv report: %v", err)
	}
}
