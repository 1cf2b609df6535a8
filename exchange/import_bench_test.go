package exchange

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"khuyencong/model"
	"khuyencong/store"
)

const benchRows = 100_000

var benchHeader = []string{"STT", "Tên cơ sở", "Mã số thuế", "Loại hình", "Nhóm ngành", "Sản phẩm", "Thôn", "Xã",
	"Huyện", "Tỉnh", "Số lao động", "Thu nhập bình quân", "Người đại diện", "Điện thoại", "Năm thành lập"}

// benchRow is facility i as a spreadsheet row: every facility has a tax
// code, so the duplicate check runs on each row.
func benchRow(i int) []string {
	d := sampleDistricts[i%len(sampleDistricts)].name
	return []string{
		fmt.Sprint(i + 1), fmt.Sprintf("Cơ sở sản xuất Đồng Tâm số %d", i+1), ieTax(i), "HKD", fmt.Sprint(1 + i%7),
		"Mây tre đan, gốm sứ", fmt.Sprintf("Thôn %d", i%40+1), fmt.Sprintf("Xã Hợp Thịnh %d", i%30),
		d, "Vĩnh Phúc", fmt.Sprint(3 + i%200), fmt.Sprintf("%d.%03d.000", 4+i%5, i%1000),
		"Nguyễn Văn Bình", fmt.Sprintf("0912%06d", i), fmt.Sprint(1990 + i%35),
	}
}

func benchCSV(b *testing.B) string {
	var buf bytes.Buffer
	buf.WriteString(utf8BOM)
	write := func(cells []string) {
		for j, c := range cells {
			if j > 0 {
				buf.WriteByte(';')
			}
			buf.WriteString(c)
		}
		buf.WriteString("\r\n")
	}
	write(benchHeader)
	for i := 0; i < benchRows; i++ {
		write(benchRow(i))
	}
	return ieWrite(b, "co-so-100k.csv", buf.Bytes())
}

func benchXLSX(b *testing.B) string {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	row := make([]any, len(benchHeader))
	for j, h := range benchHeader {
		row[j] = h
	}
	if err := sw.SetRow("A1", row); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < benchRows; i++ {
		for j, c := range benchRow(i) {
			row[j] = c
		}
		// Numbers as a workbook keeps them: counts and amounts as numbers.
		row[0], row[10], row[11] = i+1, 3+i%200, int64((4+i%5)*1_000_000+i%1000*1000)
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	p := filepath.Join(b.TempDir(), "co-so-100k.xlsx")
	if err := f.SaveAs(p); err != nil {
		b.Fatal(err)
	}
	return p
}

// benchImport imports the file into a fresh database per iteration and
// reports rows per second; opening the database is not timed.
func benchImport(b *testing.B, path string) {
	b.ReportAllocs()
	b.ResetTimer() // making the file is not timed
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		st, err := store.Open(filepath.Join(dir, "kc.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := Import(st, ieAdmin, model.KindFacility, path, ImportOptions{})
		b.StopTimer()
		if err != nil || res.Written != benchRows {
			b.Fatalf("import: %v, %d written\n%v", err, res.Written, ieProblemTexts(res))
		}
		_ = st.Close()
		_ = os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkImportCSV100k: 100,000 facilities from a UTF-8 CSV with ';', as
// Excel saves it, into a new database (target: under 3 s).
func BenchmarkImportCSV100k(b *testing.B) { benchImport(b, benchCSV(b)) }

// BenchmarkImportXLSX100k: the same rows from a workbook.
func BenchmarkImportXLSX100k(b *testing.B) { benchImport(b, benchXLSX(b)) }
