package form

import "khuyencong/i18n"

// MsgFormNewStep titles the form that records a project's next step.
const MsgFormNewStep i18n.Key = "form.new_step"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgFormNewStep: {"Ghi bước thực hiện: %s", "Record a step: %s"},
	})
}
