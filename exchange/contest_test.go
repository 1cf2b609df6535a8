package exchange

import (
	"strings"
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// ieContestData adds a published round with entries and sheets, and an
// open one, to the rich test data (facilities 1–4 exist).
func ieContestData(t testing.TB, st *store.Store) {
	t.Helper()
	rules := model.DefaultContestRules()
	rounds := []*model.Round{
		{Code: "BC-TINH-2025", Name: "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2025", Level: model.LevelProvince, Year: 2025,
			DecisionNo: "12/QĐ-SCT", DecisionDate: 20250210, RegOpen: 20250301, RegClose: 20250630, ScoringDate: 20250915,
			Status: model.RoundScoring, Council: []string{"Nguyễn Văn An", "Trần Thị Bình"}, Rules: rules, Notes: "=1+1"},
		{Code: "BC-KV-2026", Name: "Khu vực 2026", Level: model.LevelRegion, Year: 2026, Status: model.RoundRegistration,
			NeedsLower: true, Council: []string{"Lê C"}, Rules: model.DefaultContestRules()},
	}
	rounds[1].Rules.PassMark = 75
	rounds[1].Rules.Criteria = []model.Criterion{{Name: "Thị trường", Max: 50}, {Name: "Khác", Max: 50}}
	for _, r := range rounds {
		if err := st.Create(ieAdmin, r); err != nil {
			t.Fatalf("round: %v", err)
		}
	}
	full := [model.DossierItems]model.Date{20250310, 20250310, 20250311, 20250312}
	entries := []*model.Entry{
		{Code: "BC-TINH-2025-01", Round: 1, Facility: 1, Product: "Máy sấy nông sản", Group: model.GroupMachinery, Dossier: full},
		{Code: "BC-TINH-2025-02", Round: 1, Facility: 2, Product: "Gốm men lam", Group: model.GroupHandicraft,
			Dossier: [model.DossierItems]model.Date{20250310}, Complaint: "Khiếu nại điểm\nđã trả lời", ComplaintDate: 20251201, AnswerDate: 20251210},
		{Code: "BC-KV-2026-01", Round: 2, Facility: 3, Product: "Mây tre đan", Group: model.GroupHandicraft, Dossier: full,
			LowerCert: "05/BC-TINH-2024", Nominated: true},
	}
	for _, e := range entries {
		if err := st.Create(ieAdmin, e); err != nil {
			t.Fatalf("entry: %v", err)
		}
	}
	for _, s := range []*model.ScoreSheet{
		{Round: 1, Entry: 1, Member: "Nguyễn Văn An", Scores: []int32{25, 35, 15, 8}},
		{Round: 1, Entry: 1, Member: "Trần Thị Bình", Scores: []int32{28, 36, 18, 9}, Notes: "chấm lại"},
		{Round: 1, Entry: 2, Member: "Nguyễn Văn An", Scores: []int32{30, 40, 20, 10}},
		{Round: 2, Entry: 3, Member: "Lê C", Scores: []int32{40, 45}},
	} {
		if err := st.Create(ieAdmin, s); err != nil {
			t.Fatalf("sheet: %v", err)
		}
	}
	r := store.TableOf[model.Round](st.Snapshot())
	r1, _ := r.Get(1)
	if _, err := st.PublishRound(ieAdmin, 1, r1.Version, store.Publication{Decision: "99/QĐ-SCT", Date: 20251128}); err != nil {
		t.Fatalf("publish: %v", err)
	}
}

func TestContestImportRefused(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	before := st.Snapshot()
	cases := []struct{ kind, csv string }{
		{"scores", "Số đăng ký,Thành viên,Điểm\nBC-KV-2026-01,Lê C,51 10\n"},
		{"scores", "Số đăng ký,Thành viên,Điểm\nBC-KV-2026-01,Lê C,mười 10\n"},
		{"scores", "Số đăng ký,Thành viên,Điểm\nKHONG-CO,Lê C,10 10\n"},
		{"scores", "Số đăng ký,Thành viên,Điểm\nBC-KV-2026-01,Người lạ,10 10\n"},
		{"entries", "Số đăng ký,Mã đợt,Cơ sở,Sản phẩm,Nhóm sản phẩm\nX-1,KHONG-CO,HKD Gốm Hương Canh #2,Bình gốm,TCMN\n"},
		{"entries", "Số đăng ký,Mã đợt,Cơ sở,Sản phẩm,Nhóm sản phẩm\nX-1,BC-KV-2026,Không ai,Bình gốm,TCMN\n"},
		{"entries", "Số đăng ký,Mã đợt,Cơ sở,Sản phẩm,Nhóm sản phẩm,Đề cử cấp trên\nX-1,BC-KV-2026,HKD Gốm Hương Canh #2,Bình gốm,TCMN,có lẽ\n"},
	}
	for _, c := range cases {
		k, _ := ParseKind(c.kind)
		res, err := ImportReader(st, ieAdmin, k, "x.csv", strings.NewReader(c.csv), ImportOptions{})
		if err == nil && len(res.Problems) == 0 {
			t.Errorf("%s %q imported: %+v", c.kind, c.csv, res)
		}
	}
	after := st.Snapshot()
	for _, k := range []model.Kind{model.KindEntry, model.KindScoreSheet} {
		if after.Len(k) != before.Len(k) {
			t.Errorf("%s: refused imports wrote records", k)
		}
	}
}

func TestContestImportScores(t *testing.T) {
	st := ieOpen(t)
	ieRichData(t, st)
	k, _ := ParseKind("scores")
	// A second member for the regional round is not on its council; the
	// council's member updating their own sheet is an update.
	res, err := ImportReader(st, ieAdmin, k, "x.csv", strings.NewReader("Số đăng ký,Thành viên,Điểm\nBC-KV-2026-01,Lê C,50 50\n"), ImportOptions{OnDuplicate: DupUpdate})
	if err != nil || len(res.Problems) > 0 {
		t.Fatalf("import: %v %v", err, ieProblemTexts(res))
	}
	s, _ := store.TableOf[model.ScoreSheet](st.Snapshot()).Get(4)
	if s.Total() != 100 {
		t.Errorf("sheet after import: %+v", s)
	}
}

func TestSampleContest(t *testing.T) {
	st := ieOpen(t)
	if _, err := LoadSample(t.Context(), st, ieAdmin, 500, 7); err != nil {
		t.Fatal(err)
	}
	snap := st.Snapshot()
	rounds := store.TableOf[model.Round](snap)
	r25, _ := rounds.Get(1)
	r27, _ := rounds.Get(2)
	if r25.Status != model.RoundPublished || r25.Year != 2025 || r27.Status != model.RoundRegistration || r27.Year != 2027 {
		t.Fatalf("rounds: %+v %+v", r25, r27)
	}
	entries := store.EntriesOfRound(snap, r25.ID)
	sheets := store.SheetsOfRound(snap, r25.ID)
	if len(entries) != sampleEntries || len(sheets) != sampleEntries*len(sampleCouncil) {
		t.Fatalf("%d entries, %d sheets", len(entries), len(sheets))
	}
	certified, incompleteHigh := 0, 0
	for _, e := range entries {
		res := model.Evaluate(r25, e, sheets)
		if res.Passed != e.Certified() {
			t.Errorf("%s: passed %v, certificate %q", e.Code, res.Passed, e.CertNo)
		}
		if e.Certified() {
			certified++
			if e.ValidUntil != 20281231 {
				t.Errorf("%s valid until %v", e.Code, e.ValidUntil)
			}
		}
		if !res.Complete && res.Sum >= r25.Rules.PassMark*int32(res.Sheets) {
			incompleteHigh++
		}
	}
	if certified < 5 || certified == len(entries) {
		t.Errorf("%d of %d certified: the sample should show both outcomes", certified, len(entries))
	}
	t.Logf("%d certified, %d refused for an incomplete dossier despite the score", certified, incompleteHigh)
	if n := len(store.EntriesOfRound(snap, r27.ID)); n != 2 {
		t.Errorf("2027 round has %d entries", n)
	}
}
