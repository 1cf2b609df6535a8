package papers_test

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"khuyencong/exchange"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/papers"
	"khuyencong/store"
	"khuyencong/tui/money"
)

// day is the date the test papers are signed.
const day model.Date = 20230115

func sample(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "k.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if _, err := exchange.LoadSample(context.Background(), st, store.LocalAdmin(), 300, 1); err != nil {
		t.Fatal(err)
	}
	return st
}

func build(t *testing.T, snap *store.Snapshot, r papers.Request) *papers.Paper {
	t.Helper()
	p, err := papers.Build(snap, r, day, i18n.VI)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func column(t *papers.Table, title string) int {
	return slices.IndexFunc(t.Cols, func(c papers.Col) bool { return c.Title == title })
}

// TestPeriodicSample2022: the article's four projects, 2.170 tr in all,
// and the report's totals are the overview's for the same year.
func TestPeriodicSample2022(t *testing.T) {
	st := sample(t)
	snap := st.Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2022)})
	pt := p.Table("projects")
	var codes []string
	for _, r := range pt.Rows {
		codes = append(codes, r[1].Text)
	}
	if want := []string{"KCQG-2022-01", "KCQG-2022-02", "KCQG-2022-03", "KCQG-2022-04"}; !slices.Equal(codes, want) {
		t.Fatalf("projects %v, want %v", codes, want)
	}
	nat, loc, paid := column(pt, "KCQG"), column(pt, "KCĐP"), column(pt, "Đã giải ngân")
	if got := model.Money(pt.Total[nat].N + pt.Total[loc].N); got != exchange.SampleTotal2022 {
		t.Errorf("total %s, want %s", got.Trieu(), exchange.SampleTotal2022.Trieu())
	}

	// The overview's figures for 2022: its "Cộng" row and the year's
	// committed support (tui/overview draws both from these).
	ov := money.Compute(snap).Summary(2022)
	row := model.SumBudget(ov.Budget, 2022, 0)
	committed := model.SplitSupport(ov.ByStatus).Committed
	if got := model.Money(pt.Total[nat].N + pt.Total[loc].N); got != committed || got != row.Committed {
		t.Errorf("projects total %d, overview committed %d / %d", got, committed, row.Committed)
	}
	if got := model.Money(pt.Total[paid].N); got != row.Paid {
		t.Errorf("paid %d, overview %d", got, row.Paid)
	}
	bt := p.Table("budget")
	for i, want := range []model.Money{row.Allocated, row.Committed, row.Paid, row.Remaining} {
		if got := model.Money(bt.Total[1+i].N); got != want {
			t.Errorf("budget total column %d: %d, overview %d", i+1, got, want)
		}
	}
	for i, r := range ov.SourceBudget(2022) {
		if bt.Rows[i][0].Text != r.Source.Code() || model.Money(bt.Rows[i][2].N) != r.Committed {
			t.Errorf("budget row %d: %v, overview %+v", i, bt.Rows[i], r)
		}
	}
}

// TestPapersText: the text and Markdown forms carry the heading, the
// figures and the signers.
func TestPapersText(t *testing.T) {
	snap := sample(t).Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2022)})
	var txt, md bytes.Buffer
	if err := papers.Write(&txt, p, papers.FormatText); err != nil {
		t.Fatal(err)
	}
	if err := papers.Write(&md, p, papers.FormatMarkdown); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Thọ, ngày 15 tháng 01 năm 2023",
		"TRUNG TÂM PHÁT TRIỂN CÔNG THƯƠNG", "KCQG-2022-04", "2.170.000.000", "GIÁM ĐỐC"} {
		if !strings.Contains(txt.String(), want) || !strings.Contains(md.String(), want) {
			t.Errorf("%q missing:\n%s", want, txt.String())
		}
	}
	var set bytes.Buffer
	sp := build(t, snap, papers.Request{Kind: papers.Settlement, Project: "KCQG-2022-01"})
	if err := papers.Write(&set, sp, papers.FormatText); err != nil {
		t.Fatal(err)
	}
	if strings.Count(set.String(), "Cộng") != 2 {
		t.Errorf("settlement totals unlabelled:\n%s", set.String())
	}
	if !strings.Contains(md.String(), "| **Cộng** |") || !strings.Contains(md.String(), "# BÁO CÁO") {
		t.Errorf("markdown:\n%s", md.String())
	}
	if err := papers.Write(&txt, p, "pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

// TestSettlementAndRegistration: a settlement sheet of the article's
// first project adds up its payments; an unknown project is refused.
func TestSettlementAndRegistration(t *testing.T) {
	snap := sample(t).Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Settlement, Project: "kcqg-2022-01"})
	items, pays := p.Table("items"), p.Table("payments")
	if items.Rows[0][1].N != 300_000_000 || items.Total[1].N != 720_000_000 {
		t.Errorf("items %v total %v", items.Rows, items.Total)
	}
	var sum int64
	for _, r := range pays.Rows {
		sum += r[4].N
	}
	if len(pays.Rows) == 0 || sum != pays.Total[4].N || items.Rows[0][2].N != sum {
		t.Errorf("payments %v total %v, settled %d", pays.Rows, pays.Total, items.Rows[0][2].N)
	}
	_, err := papers.Build(snap, papers.Request{Kind: papers.Settlement, Project: "KCQG-1999-09"}, day, i18n.VI)
	if err == nil || !strings.Contains(err.Error(), "KCQG-1999-09") {
		t.Errorf("unknown project: %v", err)
	}
	r := build(t, snap, papers.Request{Kind: papers.Registration, Period: papers.YearPeriod(2023)})
	rt := r.Table("projects")
	if len(rt.Rows) == 0 || r.Table("sources").Total[3].N != rt.Total[9].N || r.Table("categories").Total[3].N != rt.Total[9].N {
		t.Errorf("registration totals: projects %v, sources %v, categories %v", rt.Total, r.Table("sources").Total, r.Table("categories").Total)
	}
	if _, err := papers.ParseKind("monthly"); err == nil {
		t.Error("unknown kind accepted")
	}
}

// open writes the paper as a workbook and opens it again.
func open(t *testing.T, p *papers.Paper) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := papers.WriteXLSX(&b, p); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// cells maps each non-empty cell's text to its address, first one wins.
func cells(t *testing.T, f *excelize.File, sheet string) map[string]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for r, row := range rows {
		for c, v := range row {
			if _, ok := out[v]; v != "" && !ok {
				out[v], _ = excelize.CoordinatesToCellName(c+1, r+1)
			}
		}
	}
	return out
}

// TestXLSXOfficialLayout: each paper opens with the national motto and the
// issuing body, ends with its signature blocks, prints on A4 fit to one
// page wide with its table header repeated, and its total rows are SUM
// formulas that evaluate to the figures shown.
func TestXLSXOfficialLayout(t *testing.T) {
	snap := sample(t).Snapshot()
	for _, c := range []struct {
		req       papers.Request
		landscape bool
		signers   []string
	}{
		{papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2022)}, true, []string{"GIÁM ĐỐC"}},
		{papers.Request{Kind: papers.Registration, Period: papers.YearPeriod(2023)}, true, []string{"GIÁM ĐỐC"}},
		{papers.Request{Kind: papers.Settlement, Project: "KCQG-2022-02"}, false, []string{"NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"}},
		{papers.Request{Kind: papers.Budget, AllYears: true}, true, []string{"NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"}},
		{papers.Request{Kind: papers.Budget, Period: papers.YearPeriod(2022)}, false, []string{"NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"}},
		{papers.Request{Kind: papers.Contest, Round: "BC-TINH-2025"}, true, []string{"GIÁM ĐỐC"}},
	} {
		t.Run(string(c.req.Kind)+c.req.Period.String(), func(t *testing.T) {
			p := build(t, snap, c.req)
			f := open(t, p)
			sheet := f.GetSheetName(0)
			at := cells(t, f, sheet)
			if at["SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC"] != "A1" || at["TRUNG TÂM PHÁT TRIỂN CÔNG THƯƠNG TỈNH VĨNH PHÚC"] != "A2" {
				t.Errorf("issuing body: %v", at)
			}
			m1, m2 := at["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], at["Độc lập - Tự do - Hạnh phúc"]
			if !strings.HasSuffix(m1, "1") || !strings.HasSuffix(m2, "2") || m1[:len(m1)-1] != m2[:len(m2)-1] {
				t.Errorf("motto at %q and %q", m1, m2)
			}
			if _, ok := at["Phú Thọ, ngày 15 tháng 01 năm 2023"]; !ok {
				t.Error("no place and date line")
			}
			if _, ok := at[p.Title]; !ok {
				t.Errorf("no title %q", p.Title)
			}
			checkSigners(t, f, sheet, at, c.signers)
			checkPage(t, f, sheet, p, c.landscape)
			if c.req.Kind != papers.Contest { // its total row counts, it sums nothing
				checkTotals(t, f, sheet, p)
			}
			checkFont(t, f, sheet, at[p.Title])
		})
	}
}

// checkSigners: the blocks stand on one row, left to right, under every
// table, each with its hint below.
func checkSigners(t *testing.T, f *excelize.File, sheet string, at map[string]string, roles []string) {
	t.Helper()
	lastCol, row := 0, 0
	for _, role := range roles {
		a, ok := at[role]
		if !ok {
			t.Fatalf("no signer %q", role)
		}
		c, r, _ := excelize.CellNameToCoordinates(a)
		if c <= lastCol || (row != 0 && r != row) {
			t.Errorf("signer %q at %s", role, a)
		}
		lastCol, row = c, r
		hint, _ := excelize.CoordinatesToCellName(c, r+1)
		if v, _ := f.GetCellValue(sheet, hint); !strings.HasPrefix(v, "(Ký") {
			t.Errorf("under %q: %q", role, v)
		}
	}
	rows, _ := f.GetRows(sheet)
	if row < len(rows)-6 {
		t.Errorf("signers on row %d of %d", row, len(rows))
	}
}

func checkPage(t *testing.T, f *excelize.File, sheet string, p *papers.Paper, landscape bool) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	if *pl.Size != 9 || *pl.Orientation != orient || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("page: size %d %s fit %d×%d", *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	props, _ := f.GetSheetProps(sheet)
	if props.FitToPage == nil || !*props.FitToPage {
		t.Error("fit to page is off")
	}
	m, _ := f.GetPageMargins(sheet)
	if *m.Left < 1.1 || *m.Right < 0.5 || *m.Top < 0.7 {
		t.Errorf("margins %v %v %v", *m.Left, *m.Right, *m.Top)
	}
	hf, _ := f.GetHeaderFooter(sheet)
	if !strings.Contains(hf.OddFooter, "&P") {
		t.Errorf("footer %q", hf.OddFooter)
	}
	var titles string
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == sheet {
			titles = d.RefersTo
		}
	}
	// The repeated row is the main table's header.
	i := strings.LastIndex(titles, "$")
	r, err := strconv.Atoi(titles[i+1:])
	if err != nil {
		t.Fatalf("print titles %q", titles)
	}
	main := p.Table("projects")
	if main == nil {
		main = p.Tables()[0]
		for _, tb := range p.Tables() {
			if len(tb.Rows) > len(main.Rows) {
				main = tb
			}
		}
	}
	at := 1
	for _, c := range main.Cols {
		cell, _ := excelize.CoordinatesToCellName(at, r)
		if v, _ := f.GetCellValue(sheet, cell); v != c.Title {
			t.Errorf("print title %s = %q, want %q", cell, v, c.Title)
		}
		at += max(c.Span, 1)
	}
}

// checkTotals: every formula is a SUM whose evaluation is the cached value
// shown, and each table's total row has one per Sum column.
func checkTotals(t *testing.T, f *excelize.File, sheet string, p *papers.Paper) {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	formulas := 0
	for r := range rows {
		for c := range rows[r] {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			fo, _ := f.GetCellFormula(sheet, cell)
			if fo == "" {
				continue
			}
			formulas++
			shown, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			got, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			if err != nil || got != shown || !strings.HasPrefix(fo, "SUM(") {
				t.Errorf("%s: %s = %q (%v), shown %q", cell, fo, got, err, shown)
			}
		}
	}
	want := 0
	for _, tb := range p.Tables() {
		if tb.Total == nil || len(tb.Rows) == 0 {
			continue
		}
		for _, c := range tb.Cols {
			if c.Sum {
				want++
			}
		}
	}
	if formulas != want || want == 0 {
		t.Errorf("%d formulas, want %d", formulas, want)
	}
}

func checkFont(t *testing.T, f *excelize.File, sheet, cell string) {
	t.Helper()
	id, _ := f.GetCellStyle(sheet, cell)
	st, err := f.GetStyle(id)
	if err != nil || st.Font == nil || st.Font.Family != "Times New Roman" || !st.Font.Bold {
		t.Errorf("title font: %+v %v", st.Font, err)
	}
}

// TestPeriodicIndicators: the indicator table of each programme in force
// is the model's progress (the overview's), and --programme keeps one
// programme's indicators and projects.
func TestPeriodicIndicators(t *testing.T) {
	snap := sample(t).Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2022)})
	pgs := model.ProgrammesOf(store.TableOf[model.Programme](snap).All(), 2022)
	if len(pgs) == 0 {
		t.Fatal("the sample has no programme for 2022")
	}
	data := model.ProgressData{Projects: snap.Projects().All(), Entries: store.TableOf[model.Entry](snap).All()}
	for i, pg := range pgs {
		name := "indicators"
		if i > 0 {
			name += strconv.Itoa(i + 1)
		}
		tb := p.Table(name)
		ps := pg.ProgressOf(data, 2022)
		if tb == nil || len(tb.Rows) != len(ps) {
			t.Fatalf("%s: %v", name, tb)
		}
		for j, pr := range ps {
			r := tb.Rows[j]
			if r[0].Text != pr.Indicator.Name || r[2].N != pr.Indicator.Target || r[5].N != pr.Done[model.DoneTotal] {
				t.Errorf("%s row %d: %v, progress %+v", name, j, r, pr)
			}
		}
	}
	one := build(t, snap, papers.Request{Kind: papers.Periodic, Period: papers.YearPeriod(2026), Programme: "kcqg-2026-2030"})
	if one.Table("indicators2") != nil || one.Table("indicators") == nil {
		t.Error("--programme kept other programmes' indicators")
	}
	for _, r := range one.Table("projects").Rows {
		if !strings.HasPrefix(r[1].Text, "KCQG-") {
			t.Errorf("--programme KCQG-2026-2030 listed %s", r[1].Text)
		}
	}
	for _, req := range []papers.Request{
		{Kind: papers.Periodic, Period: papers.YearPeriod(2026), Programme: "KCQG-1990"},
		{Kind: papers.Budget, Period: papers.YearPeriod(2026), Programme: "KCQG-2026-2030"},
	} {
		if _, err := papers.Build(snap, req, day, i18n.VI); err == nil {
			t.Errorf("%+v accepted", req)
		}
	}
}

// TestSettlementCounterpartBy: a counterpart split by beneficiary is one
// row each on the settlement sheet, adding up to the project's.
func TestSettlementCounterpartBy(t *testing.T) {
	st := sample(t)
	pr := &model.Project{Code: "KCĐP-2024-99", Name: "Đề án thử", Year: 2024, Source: model.SourceLocal,
		Category: model.CatMachinery, Status: model.StatusProposed, Beneficiaries: []model.ID{1, 2},
		Support: 100_000_000, Counterpart: 150_000_000, CounterpartBy: []model.Money{100_000_000, 50_000_000}}
	if err := st.Create(store.LocalAdmin(), pr); err != nil {
		t.Fatal(err)
	}
	snap := st.Snapshot()
	p := build(t, snap, papers.Request{Kind: papers.Settlement, Project: "KCĐP-2024-99"})
	items := p.Table("items")
	f1, _ := snap.Facilities().Get(1)
	if len(items.Rows) != 3 || items.Rows[1][0].Text != "Vốn đối ứng: "+f1.Name || items.Rows[2][1].N != 50_000_000 ||
		items.Total[1].N != 250_000_000 {
		t.Errorf("items %v total %v", items.Rows, items.Total)
	}
	open(t, p) // the total still adds up in the workbook
}
