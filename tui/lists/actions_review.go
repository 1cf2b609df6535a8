package lists

import (
	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// reviewAction is the facilities tab's "a" (địa chỉ): review the addresses
// recorded before 1/7/2025 that need a person's choice of new commune.
func (t *Tab) reviewAction(records int) kit.Action {
	return kit.Action{
		Key:   kit.Bind(t.c.Lang, MsgHelpReview, "a", "a"),
		Need:  kit.NeedEditor,
		Group: records,
		Run: func(tea.KeyPressMsg) tea.Cmd {
			r := form.NewUnitReview(t.c)
			return kit.OpenModal(r, r.Init())
		},
	}
}
