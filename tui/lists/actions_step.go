package lists

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// stepAction is the projects tab's "b" (bước): record the selected
// project's next step. Editors record steps; the store refuses decisions
// (approval, adjustment, stop, rejection) to anyone but an admin.
func (t *Tab) stepAction(records int) kit.Action {
	return kit.Action{
		Key:   kit.Bind(t.c.Lang, MsgHelpStep, "b", "b"),
		Need:  kit.NeedEditor,
		Line:  kit.Always,
		Group: records,
		Run:   func(tea.KeyPressMsg) tea.Cmd { return t.recordStep() },
	}
}

func (t *Tab) recordStep() tea.Cmd {
	r, refused := t.liveSelection()
	if refused != nil {
		return refused
	}
	snap := t.c.Latest()
	p, ok := snap.Projects().Get(r.ID)
	if !ok {
		return kit.Say(kit.LevelWarn, t.c.T(kit.MsgStatusNoSelection))
	}
	life := snap.LifeOf(p.ID)
	if len(life.NextStages(p.Status)) == 0 {
		return kit.Say(kit.LevelWarn, t.c.T(MsgStepNoneNext))
	}
	f := form.NewStepForm(t.c, p, life, model.DateOf(t.c.Config.Time()))
	return kit.OpenModal(f, f.Init())
}
