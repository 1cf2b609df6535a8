package model

import (
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
)

func TestDeadlineWarnings(t *testing.T) {
	dl := DefaultDeadlines()
	proposed := func(src Source) *Project {
		return &Project{Meta: Meta{ID: 1}, Code: "KC-2027-01", Year: 2027, Source: src, Status: StatusProposed}
	}
	accepted := func(on Date, liquidated bool) (*Project, Life) {
		p := &Project{Meta: Meta{ID: 1}, Code: "KC-2026-01", Year: 2026, Source: SourceLocal, Status: StatusAccepted}
		steps := []*Step{{Meta: Meta{ID: 1}, Project: 1, Stage: StageApproved, Date: 20251201},
			{Meta: Meta{ID: 2}, Project: 1, Stage: StageAccepted, Date: on}}
		if liquidated {
			steps = append(steps, &Step{Meta: Meta{ID: 3}, Project: 1, Stage: StageLiquidated, Date: on})
		}
		return p, LifeOf(1, steps)
	}
	type want struct {
		kind WarningKind
		what string
		days int
	}
	tests := []struct {
		name  string
		p     *Project
		life  Life
		today Date
		want  []want
	}{
		{"registration 31 days ahead: not yet", proposed(SourceLocal), Life{}, 20260419, nil},
		{"registration 30 days ahead", proposed(SourceLocal), Life{}, 20260420, []want{{WarnDueSoon, "file the proposal", 30}}},
		{"registration on 20/5", proposed(SourceLocal), Life{}, 20260520, []want{{WarnDueSoon, "file the proposal", 0}}},
		{"registration late on 21/5", proposed(SourceLocal), Life{}, 20260521, []want{{WarnLate, "file the proposal", 1}}},
		{"KCQG: registration late, forwarding due 15/6", proposed(SourceNational), Life{}, 20260521,
			[]want{{WarnLate, "file the proposal", 1}, {WarnDueSoon, "forwards", 25}}},
		{"KCQG registered: forwarding on 15/6", proposed(SourceNational),
			LifeOf(1, []*Step{{Project: 1, Stage: StageRegistered, Date: 20260515}}), 20260615,
			[]want{{WarnDueSoon, "forwards", 0}}},
		{"KCQG registered: forwarding late on 16/6", proposed(SourceNational),
			LifeOf(1, []*Step{{Project: 1, Stage: StageRegistered, Date: 20260515}}), 20260616,
			[]want{{WarnLate, "forwards", 1}}},
		{"appraised: nothing due", proposed(SourceNational),
			LifeOf(1, []*Step{{Project: 1, Stage: StageAppraised, Date: 20260601, Score: 80}}), 20260616, nil},
	}
	for _, tc := range []struct {
		name       string
		on, today  Date
		liquidated bool
		want       []want
	}{
		{"dossier due 15 days after acceptance", 20261201, 20261216, false,
			[]want{{WarnDueSoon, "settlement dossier", 0}}},
		{"dossier late on day 16; liquidation 36 days ahead: not yet", 20261201, 20261217, false,
			[]want{{WarnLate, "settlement dossier", 1}}},
		{"liquidation 30 days ahead", 20261201, 20261223, false,
			[]want{{WarnLate, "settlement dossier", 7}, {WarnDueSoon, "liquidate", 30}}},
		{"liquidation on 22/01", 20261201, 20270122, false,
			[]want{{WarnLate, "settlement dossier", 37}, {WarnDueSoon, "liquidate", 0}}},
		{"liquidation late on 23/01", 20261201, 20270123, false,
			[]want{{WarnLate, "settlement dossier", 38}, {WarnLate, "liquidate", 1}}},
		{"liquidated: only the dossier", 20261201, 20270123, true,
			[]want{{WarnLate, "settlement dossier", 38}}},
	} {
		p, l := accepted(tc.on, tc.liquidated)
		tests = append(tests, struct {
			name  string
			p     *Project
			life  Life
			today Date
			want  []want
		}{tc.name, p, l, tc.today, tc.want})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DeadlineWarnings(slices.Values([]*Project{tc.p}), func(ID) Life { return tc.life }, dl, tc.today)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d warnings, want %d: %v", len(got), len(tc.want), texts(got))
			}
			for i, w := range tc.want {
				text := got[i].Text(i18n.EN)
				if got[i].Kind != w.kind || !strings.Contains(text, w.what) || got[i].Err.Args[3] != w.days ||
					!strings.Contains(text, "TT 36/2013") {
					t.Errorf("warning %d: %v %q (days %v), want %v %q %d", i, got[i].Kind, text, got[i].Err.Args[3], w.kind, w.what, w.days)
				}
			}
		})
	}
	// Without a day (a report, a test) there are none; nor for a settled
	// project.
	if ws := DeadlineWarnings(slices.Values([]*Project{proposed(SourceLocal)}), func(ID) Life { return Life{} }, dl, 0); ws != nil {
		t.Errorf("no day: %v", texts(ws))
	}
}

func TestDeadlinesValidate(t *testing.T) {
	dl := DefaultDeadlines()
	dl.Liquidate = 230 // 30/02
	if dl.Validate().For("deadlines") == nil {
		t.Error("30/02 accepted")
	}
	dl = DefaultDeadlines()
	dl.Dossier = -1
	if dl.Validate().For("deadlines") == nil {
		t.Error("a negative count accepted")
	}
}

func texts(ws []Warning) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text(i18n.EN)
	}
	return out
}

func TestPlanDeadlinesLapseWithTheYear(t *testing.T) {
	p := &Project{Meta: Meta{ID: 1}, Code: "KC-2025-06", Year: 2025, Source: SourceNational, Status: StatusProposed}
	ws := DeadlineWarnings(slices.Values([]*Project{p}), func(ID) Life { return Life{} }, DefaultDeadlines(), 20260512)
	if len(ws) != 0 {
		t.Errorf("a 2025 proposal in May 2026: %v", texts(ws))
	}
}
