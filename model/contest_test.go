package model

import "testing"

func contestRound() *Round {
	return &Round{Code: "BC-2025", Name: "Bình chọn cấp tỉnh 2025", Level: LevelProvince, Year: 2025,
		Status: RoundScoring, Council: []string{"A", "B"}, Rules: DefaultContestRules()}
}

func fullDossier() [DossierItems]Date {
	return [DossierItems]Date{20250301, 20250301, 20250302, 20250303}
}

// sheet gives a sheet of the entry whose four scores add up to total.
func sheet(entry ID, total int32) *ScoreSheet {
	s := []int32{min(total, 30), 0, 0, 0}
	total -= s[0]
	s[1] = min(total, 40)
	total -= s[1]
	s[2] = min(total, 20)
	s[3] = total - s[2]
	return &ScoreSheet{Entry: entry, Member: "x", Scores: s}
}

func TestEvaluatePassRule(t *testing.T) {
	incomplete := fullDossier()
	incomplete[DossierPhotos] = 0
	cases := []struct {
		name     string
		dossier  [DossierItems]Date
		lower    string
		needs    bool
		totals   []int32
		avg      int32
		passed   bool
		complete bool
	}{
		{"high average, complete", fullDossier(), "", false, []int32{85, 91}, 8800, true, true},
		{"exactly the pass mark", fullDossier(), "", false, []int32{70, 70}, 7000, true, true},
		{"average exactly 70 from 69 and 71", fullDossier(), "", false, []int32{69, 71}, 7000, true, true},
		{"just under: 69,5", fullDossier(), "", false, []int32{69, 70}, 6950, false, true},
		{"high score, dossier incomplete", incomplete, "", false, []int32{95, 98}, 9650, false, false},
		{"needs lower certificate, has none", fullDossier(), "", true, []int32{90}, 9000, false, false},
		{"needs lower certificate, has one", fullDossier(), "12/GCN", true, []int32{90}, 9000, true, true},
		{"nobody scored", fullDossier(), "", false, nil, 0, false, true},
		{"one third rounds down", fullDossier(), "", false, []int32{70, 70, 71}, 7033, true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := contestRound()
			r.NeedsLower = c.needs
			e := &Entry{Meta: Meta{ID: 1}, Dossier: c.dossier, LowerCert: c.lower}
			var sheets []*ScoreSheet
			for _, tot := range c.totals {
				sheets = append(sheets, sheet(1, tot))
			}
			// Another entry's and a deleted sheet do not count.
			sheets = append(sheets, sheet(2, 10), &ScoreSheet{Meta: Meta{Deleted: true}, Entry: 1, Scores: []int32{1, 1, 1, 1}})
			got := Evaluate(r, e, sheets)
			if got.Average != c.avg || got.Passed != c.passed || got.Complete != c.complete || got.Sheets != len(c.totals) {
				t.Errorf("got %+v, want average %d passed %v complete %v", got, c.avg, c.passed, c.complete)
			}
		})
	}
}

func TestPassMarkIsTheRoundsData(t *testing.T) {
	r := contestRound()
	r.Rules.PassMark = 80
	e := &Entry{Meta: Meta{ID: 1}, Dossier: fullDossier()}
	if got := Evaluate(r, e, []*ScoreSheet{sheet(1, 75)}); got.Passed {
		t.Errorf("75 passed a round whose pass mark is 80: %+v", got)
	}
}

func TestValidUntil(t *testing.T) {
	rules := DefaultContestRules()
	cases := []struct {
		years  int32
		issued Date
		want   Date
	}{
		{3, 20251128, 20281231},
		{3, 20250101, 20281231},
		{3, 20251231, 20281231},
		{2, 20270615, 20291231},
		{3, 0, 0},
	}
	for _, c := range cases {
		rules.ValidYears = c.years
		if got := rules.ValidUntil(c.issued); got != c.want {
			t.Errorf("ValidUntil(%v) with %d years = %v, want %v", c.issued, c.years, got, c.want)
		}
	}
}

func TestWorkingDays(t *testing.T) {
	rules := DefaultContestRules()
	// Friday 28/11/2025 + 15 working days = Friday 19/12/2025.
	if got := rules.ComplaintDeadline(20251128); got != 20251219 {
		t.Errorf("complaint deadline = %v", got)
	}
	// Monday 1/12/2025 + 10 working days = Monday 15/12/2025.
	if got := rules.AnswerDeadline(20251201); got != 20251215 {
		t.Errorf("answer deadline = %v", got)
	}
}

func TestDefaultContestRules(t *testing.T) {
	r := DefaultContestRules()
	if r.PassMark != 70 || r.ValidYears != 3 || r.ComplaintDays != 15 || r.AnswerDays != 10 ||
		len(r.Criteria) != 4 || r.MaxTotal() != 100 || r.Basis == "" {
		t.Errorf("defaults: %+v", r)
	}
	if ps := r.Validate(); len(ps) > 0 {
		t.Error(ps)
	}
}

func TestContestRefused(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(r *Round, e *Entry, s *ScoreSheet)
		field string
	}{
		{"round without code", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Code = "" }, "round_code"},
		{"round code with a space", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Code = "BC 2025" }, "round_code"},
		{"pass mark above the maximum", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Rules.PassMark = 101 }, "pass_mark"},
		{"criterion without maximum", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Rules.Criteria[1].Max = 0 }, "criteria"},
		{"no criteria", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Rules.Criteria = nil }, "criteria"},
		{"member twice", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Council = []string{"Lê Văn A", "le van a"} }, "council"},
		{"published without date", func(r *Round, _ *Entry, _ *ScoreSheet) { r.Status = RoundPublished }, "results_date"},
		{"entry without facility", func(_ *Round, e *Entry, _ *ScoreSheet) { e.Facility = 0 }, "facility"},
		{"entry without group", func(_ *Round, e *Entry, _ *ScoreSheet) { e.Group = 0 }, "product_group"},
		{"certificate without dates", func(_ *Round, e *Entry, _ *ScoreSheet) { e.CertNo = "01/GCN" }, "cert_date"},
		{"bad dossier date", func(_ *Round, e *Entry, _ *ScoreSheet) { e.Dossier[0] = 20250231 }, "dossier_form"},
		{"sheet without member", func(_ *Round, _ *Entry, s *ScoreSheet) { s.Member = " " }, "member"},
		{"negative score", func(_ *Round, _ *Entry, s *ScoreSheet) { s.Scores[2] = -1 }, "scores"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := contestRound()
			e := &Entry{Code: "BC-2025-01", Round: 1, Facility: 1, Product: "Chè", Group: GroupFood}
			s := &ScoreSheet{Round: 1, Entry: 1, Member: "A", Scores: []int32{1, 2, 3, 4}}
			for _, rec := range []Record{r, e, s} {
				if ps := rec.Validate(); len(ps) > 0 {
					t.Fatalf("valid record refused: %v", ps)
				}
			}
			c.edit(r, e, s)
			var ps Problems
			for _, rec := range []Record{r, e, s} {
				ps = append(ps, rec.Validate()...)
			}
			if len(ps) == 0 || ps[0].Field != c.field {
				t.Errorf("problems %v, want one on %s", ps, c.field)
			}
		})
	}
}

func TestCheckScores(t *testing.T) {
	r := contestRound()
	for _, c := range []struct {
		scores []int32
		ok     bool
	}{
		{[]int32{30, 40, 20, 10}, true},
		{[]int32{0, 0, 0, 0}, true},
		{[]int32{31, 40, 20, 10}, false},
		{[]int32{30, 40, 20}, false},
		{[]int32{30, 40, 20, 10, 1}, false},
	} {
		ps := (&ScoreSheet{Scores: c.scores}).CheckScores(r)
		if (len(ps) == 0) != c.ok {
			t.Errorf("%v: %v", c.scores, ps)
		}
	}
}

func TestParseCriteria(t *testing.T) {
	cs := DefaultContestRules().Criteria
	got, err := ParseCriteria(FormatCriteria(cs))
	if err != nil || len(got) != len(cs) || got[1] != cs[1] {
		t.Fatalf("round trip: %v %v", got, err)
	}
	for _, bad := range []string{"", "Thị trường", "Thị trường:x", "Thị trường:-3", ":30", "A:30abc"} {
		if _, err := ParseCriteria(bad); err == nil {
			t.Errorf("ParseCriteria(%q) accepted", bad)
		}
	}
}
