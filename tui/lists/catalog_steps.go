package lists

import "khuyencong/i18n"

// Messages of a project's history and the step action.
const (
	MsgStepsTitle     i18n.Key = "tui.lists.steps_title"
	MsgStepsNone      i18n.Key = "tui.lists.steps_none"
	MsgStepScoreShown i18n.Key = "tui.lists.step_score"
	MsgHelpStep       i18n.Key = "tui.lists.help_step"
	MsgStepNoneNext   i18n.Key = "tui.lists.step_none_next"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStepsTitle:     {"Quá trình thực hiện (%d bước)", "History (%d steps)"},
		MsgStepsNone:      {"Chưa ghi bước nào", "No step recorded yet"},
		MsgStepScoreShown: {"%s điểm", "%s points"},
		MsgHelpStep:       {"ghi bước", "record step"},
		MsgStepNoneNext:   {"Đề án không còn bước nào để ghi", "No further step can be recorded for this project"},
	})
}
