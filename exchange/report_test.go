package exchange

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"khuyencong/i18n"
	"khuyencong/model"
)

func sampleReport(t *testing.T, year int32, format string, lang i18n.Lang) string {
	t.Helper()
	st, _ := loadTestSample(t, 500, 1)
	var b bytes.Buffer
	if err := WriteReport(&b, st.Snapshot(), year, format, lang); err != nil {
		t.Fatalf("WriteReport: %v", err)
	}
	return b.String()
}

func TestReport2022(t *testing.T) {
	out := sampleReport(t, 2022, ReportText, i18n.VI)
	for _, want := range []string{
		"KCQG-2022-01", "KCQG-2022-02", "KCQG-2022-03", "KCQG-2022-04",
		"Tổng cộng năm 2022: 4 đề án đã cam kết, 2.170 tr.",
		"Các đề án năm 2022", "Kinh phí theo năm và nguồn",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "KCQG-2023") {
		t.Error("the 2022 report lists other years' projects")
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Error("plain-text report holds escape sequences")
	}
}

// TestReportYearTotalCommittedOnly: the test sample's 2025 has 1.605 tr
// committed, 260 tr proposed and 20 tr rejected; the total is 1.605 tr and
// the other two are printed beside it, never added in (issue 18 §5).
func TestReportYearTotalCommittedOnly(t *testing.T) {
	out := sampleReport(t, 2025, ReportText, i18n.VI)
	for _, want := range []string{
		"Cộng đã cam kết                          1.605 tr",
		"Tổng cộng năm 2025: 8 đề án đã cam kết, 1.605 tr.",
		"Không tính vào tổng: 1 đề án đề xuất hoặc đang thẩm định, 260 tr.",
		"Không tính vào tổng: 1 đề án không phê duyệt hoặc dừng, 20 tr.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "1.865 tr") || strings.Contains(out, "1.885 tr") {
		t.Errorf("a total includes proposed or rejected projects:\n%s", out)
	}
}

// TestReportYearWarningsOnly: the one warning of the sample is of 2024; a
// 2025 report does not list it but counts it as another year's, and the
// 2024 report lists it (issue 18 §5).
func TestReportYearWarningsOnly(t *testing.T) {
	out := sampleReport(t, 2025, ReportText, i18n.VI)
	if strings.Contains(out, "KCĐP-2024-04: tạm ứng") {
		t.Errorf("the 2025 report lists a 2024 warning:\n%s", out)
	}
	for _, want := range []string{"Cảnh báo (0)", "Ngoài ra 1 cảnh báo của năm khác"} {
		if !strings.Contains(out, want) {
			t.Errorf("2025 report lacks %q:\n%s", want, out)
		}
	}
	out = sampleReport(t, 2024, ReportText, i18n.EN)
	if !strings.Contains(out, "Warnings (1)") || strings.Contains(out, "other years") {
		t.Errorf("the 2024 report does not list its own warning alone:\n%s", out)
	}
}

func TestReportAllYearsEnglish(t *testing.T) {
	out := sampleReport(t, 0, ReportText, i18n.EN)
	for _, want := range []string{"Budget by year and source", "Total", "2021", "2025", "Warnings (1)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Projects of") {
		t.Error("a report of all years lists projects")
	}
}

// TestReportTextAligned checks the column layout: in the year's project
// table the support column is right-aligned, so every row's amount ends at
// the same display column as the header's "Hỗ trợ", Vietnamese marks and
// all, and the name follows after two spaces.
func TestReportTextAligned(t *testing.T) {
	out := sampleReport(t, 2022, ReportText, i18n.VI)
	_, table, ok := strings.Cut(out, "Các đề án năm 2022\n")
	if !ok {
		t.Fatal("no project table")
	}
	lines := strings.Split(table, "\n")[1:] // skip the underline
	header := lines[0]
	end := ansi.StringWidth(header[:strings.Index(header, "Hỗ trợ")+len("Hỗ trợ")])
	rows := 0
	for _, l := range lines[1:] {
		if l == "" {
			break
		}
		if strings.HasPrefix(l, "---") {
			continue
		}
		rows++
		head := ansi.Truncate(l, end, "")
		rest := strings.TrimPrefix(l, head)
		if !strings.HasSuffix(head, " tr") || (rest != "" && !strings.HasPrefix(rest, "  ")) {
			t.Errorf("amount not aligned at column %d: %q", end, l)
		}
	}
	if rows != 5 {
		t.Errorf("%d rows, want the 4 projects and the total", rows)
	}
}

var mdSep = regexp.MustCompile(`^\|( ---:? \|)+$`)

// TestReportMarkdown checks every table is a valid GitHub-flavoured table:
// a header row, a separator row with one cell per column, and rows with
// the same number of cells (pipes inside cells escaped).
func TestReportMarkdown(t *testing.T) {
	out := sampleReport(t, 2022, ReportMarkdown, i18n.VI)
	if !strings.HasPrefix(out, "# BÁO CÁO KHUYẾN CÔNG — NĂM 2022") {
		t.Errorf("no Markdown title: %q", out[:min(len(out), 80)])
	}
	if !strings.Contains(out, "2.170 tr") || !strings.Contains(out, "| KCQG-2022-04 |") {
		t.Errorf("Markdown report lacks the 2022 projects:\n%s", out)
	}
	tables := 0
	lines := strings.Split(out, "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "|") {
			continue
		}
		tables++
		if i > 0 && lines[i-1] != "" {
			t.Errorf("table at line %d does not follow a blank line", i+1)
		}
		cols := mdCells(lines[i])
		if i+1 >= len(lines) || !mdSep.MatchString(lines[i+1]) || mdCells(lines[i+1]) != cols {
			t.Fatalf("line %d: bad separator after header %q: %q", i+2, lines[i], lines[i+1])
		}
		for i += 2; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
			if n := mdCells(lines[i]); n != cols {
				t.Errorf("line %d has %d cells, want %d: %q", i+1, n, cols, lines[i])
			}
		}
	}
	if tables < 6 {
		t.Errorf("%d tables, want at least 6", tables)
	}
}

// mdCells counts the cells of a Markdown row: unescaped pipes minus one.
func mdCells(row string) int {
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

func TestReportMarkdownEscapes(t *testing.T) {
	tb := &reportTable{cols: []reportCol{{title: "a"}, {title: "b"}}}
	tb.add("x | y", "dòng 1\ndòng 2")
	var b bytes.Buffer
	tb.write(&b, true)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 || mdCells(lines[2]) != 2 {
		t.Errorf("escaping broke the table:\n%s", b.String())
	}
}

func TestReportEmptyDatabase(t *testing.T) {
	st := sampleStore(t)
	var b bytes.Buffer
	if err := WriteReport(&b, st.Snapshot(), 2022, ReportText, i18n.VI); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "(không có số liệu)") || !strings.Contains(b.String(), "Không có cảnh báo.") {
		t.Errorf("empty report:\n%s", b.String())
	}
}

func TestReportRefusesBadInput(t *testing.T) {
	st := sampleStore(t)
	for _, c := range []struct {
		year   int32
		format string
		key    i18n.Key
	}{
		{0, "pdf", model.MsgReportBadFormat},
		{1999, ReportText, model.MsgReportBadYear},
		{2101, ReportMarkdown, model.MsgReportBadYear},
	} {
		err := WriteReport(&bytes.Buffer{}, st.Snapshot(), c.year, c.format, i18n.VI)
		var e *model.Error
		if !errors.As(err, &e) || e.Key != c.key {
			t.Errorf("year %d format %q: %v, want %s", c.year, c.format, err, c.key)
		}
	}
}

func TestFmtCount(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1.000", 20003: "20.003", -1234567: "-1.234.567"} {
		if got := fmtCount(n); got != want {
			t.Errorf("fmtCount(%d) = %q, want %q", n, got, want)
		}
	}
}
