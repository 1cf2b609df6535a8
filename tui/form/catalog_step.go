package form

import "khuyencong/i18n"

// MsgFormNewStep titles the form that records a project's next step;
// MsgSetRulesApply says, over the ceilings, that dated norms decide.
const (
	MsgFormNewStep   i18n.Key = "form.new_step"
	MsgSetRulesApply i18n.Key = "budget.set.rules_apply"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgFormNewStep: {"Ghi bước thực hiện: %s", "Record a step: %s"},
		MsgSetRulesApply: {"Đang áp dụng %d định mức theo thời gian (khuyencong rules list); mức trần dưới đây chỉ dùng khi bảng định mức trống",
			"%d dated norms apply (khuyencong rules list); these ceilings are used only when that table is empty"},
	})
}
