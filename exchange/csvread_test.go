package exchange

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"khuyencong/model"
	"khuyencong/vntext"
)

type ieRow struct {
	row    int
	fields []string
}

func ieReadAll(t *testing.T, data []byte) ([]ieRow, *csvSource) {
	t.Helper()
	src, err := newCSVSource(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	var rows []ieRow
	for {
		n, f, err := src.Next()
		if errors.Is(err, io.EOF) {
			return rows, src
		}
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		rows = append(rows, ieRow{n, append([]string(nil), f...)})
	}
}

func TestCSVBOMSemicolon(t *testing.T) {
	data := append([]byte("\xEF\xBB\xBF"), ieCSV(
		"Tên cơ sở;Mã số thuế;Ghi chú",
		`"Công ty TNHH Tân Việt, Vĩnh Yên";2500150335;"dòng 1`+"\r\n"+`dòng 2"`,
		"HKD Nguyễn Văn A;;",
	)...)
	rows, src := ieReadAll(t, data)
	if src.encoding != "UTF-8 BOM" || src.sep != ';' {
		t.Fatalf("encoding %q sep %q", src.encoding, src.sep)
	}
	if len(rows) != 3 || rows[0].fields[0] != "Tên cơ sở" {
		t.Fatalf("rows %v", rows)
	}
	if got := rows[1].fields; got[0] != "Công ty TNHH Tân Việt, Vĩnh Yên" || got[2] != "dòng 1\ndòng 2" {
		t.Fatalf("quoted fields %q", got)
	}
	// The record with a line break is one row: the next one is row 3.
	if rows[1].row != 2 || rows[2].row != 3 {
		t.Fatalf("row numbers %d %d", rows[1].row, rows[2].row)
	}
}

func TestCSVBlankLinesKeepExcelRowNumbers(t *testing.T) {
	rows, _ := ieReadAll(t, ieCSV("name,tax code", "A,", "", "", "\"B\nB2\",", "C,"))
	want := []int{1, 2, 5, 6}
	for i, r := range rows {
		if r.row != want[i] {
			t.Fatalf("row %d numbered %d, want %d (%v)", i, r.row, want[i], rows)
		}
	}
}

func TestCSVUTF16WithBOM(t *testing.T) {
	text := "Tên\tMST\tHuyện\r\nCơ sở Đồng Tâm\t2500150335\tTam Dương\r\n"
	for _, enc := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		b, err := unicode.UTF16(enc, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		rows, src := ieReadAll(t, b)
		if src.sep != '\t' || len(rows) != 2 || rows[1].fields[0] != "Cơ sở Đồng Tâm" || rows[1].fields[2] != "Tam Dương" {
			t.Fatalf("%s: sep %q rows %v", src.encoding, src.sep, rows)
		}
	}
}

func TestCSVWindows1258(t *testing.T) {
	// Excel's plain "CSV" on a Vietnamese Windows writes code page 1258,
	// with tone marks as combining characters.
	b, err := charmap.Windows1258.NewEncoder().Bytes([]byte("T\u00ean,Huy\u00ea\u0323n\r\nA,Y\u00ean La\u0323c\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	rows, src := ieReadAll(t, b)
	if src.encoding != "Windows-1258" {
		t.Fatalf("encoding %q", src.encoding)
	}
	if got := vntext.CleanLine(rows[1].fields[1]); got != "Yên Lạc" {
		t.Fatalf("got %q", got)
	}
}

func TestCSVSeparatorLineAndQuotedCommas(t *testing.T) {
	rows, src := ieReadAll(t, ieCSV("sep=;", "a;b", "1,5;2"))
	if src.sep != ';' || rows[0].row != 1 || rows[1].fields[0] != "1,5" {
		t.Fatalf("sep %q rows %v", src.sep, rows)
	}
	// Separators inside quotes do not count: two ',' outside, four ';' inside.
	_, src = ieReadAll(t, ieCSV(`"a;b;c",d,"e;f;g"`, "1,2,3"))
	if src.sep != ',' {
		t.Fatalf("sep %q", src.sep)
	}
}

func TestCSVBrokenQuoteIsRefusedWithLine(t *testing.T) {
	src, err := newCSVSource(strings.NewReader("name,notes\r\nA,\"open\r\nB,x\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	for {
		_, _, err = src.Next()
		if err != nil {
			break
		}
	}
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgCSVQuote {
		t.Fatalf("err %v", err)
	}
}
