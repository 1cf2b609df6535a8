package contest

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// nominate (N) puts the selected published round's certified products
// forward to the next round of a higher level that has not published yet
// (the lowest such level, then the earliest year), after asking.
func (t *Tab) nominate() tea.Cmd {
	r, ok := t.current()
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	target, ok := t.nextLevel(r)
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(MsgNominateNoTarget, r.Code))
	}
	s, a, from, to := t.c.Config.Store, t.c.Config.Actor, r.ID, target.ID
	code, tcode := r.Code, target.Code
	yes := func() tea.Msg {
		n, err := s.NominateWinners(a, from, to)
		return writeMsg{ok: MsgNominated, args: []any{n, code, tcode}, err: err}
	}
	d := form.NewConfirm(t.c, t.c.T(MsgNominateAsk, r.Code, t.d.certCount[r.ID-1], target.Code),
		t.c.T(MsgNominateYes), t.c.T(kit.MsgNo))
	return kit.OpenModal(&form.ConfirmModal{Dialog: d, OnYes: yes}, nil)
}

func (t *Tab) nextLevel(r *model.Round) (*model.Round, bool) {
	var best *model.Round
	for x := range t.d.rounds.Scan() {
		if x.Deleted || x.Level <= r.Level || x.Status == model.RoundPublished || x.Year < r.Year {
			continue
		}
		if best == nil || x.Level < best.Level || x.Level == best.Level && x.Year < best.Year {
			c := *x
			best = &c
		}
	}
	return best, best != nil
}
