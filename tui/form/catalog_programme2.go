package form

import "khuyencong/i18n"

// Texts of the programme form and list.
const (
	MsgFormNewProgramme  i18n.Key = "form.programme.new"
	MsgFormEditProgramme i18n.Key = "form.programme.edit"
	MsgIndicatorsHint    i18n.Key = "form.programme.indicators_hint"
	MsgProgrammesTitle   i18n.Key = "form.programme.list_title"
	MsgProgrammesWhy     i18n.Key = "form.programme.list_why"
	MsgColProgramme      i18n.Key = "form.programme.col_name"
	MsgColPeriod         i18n.Key = "form.programme.col_period"
	MsgKeyNewProgramme   i18n.Key = "form.programme.key_new"
	MsgKeyEditProgramme  i18n.Key = "form.programme.key_edit"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgFormNewProgramme:  {"Thêm chương trình", "New programme"},
		MsgFormEditProgramme: {"Sửa chương trình: %s", "Edit programme: %s"},
		MsgIndicatorsHint: {"Mỗi dòng một chỉ tiêu: Tên | ĐVT | cách tính (de-an, co-so, kinh-phi, sp-tieu-bieu, nhap) | nội dung | kế hoạch | 2026=3 2027=3 | đã đạt 2026=1",
			"One indicator a line: name | unit | measure (de-an, co-so, kinh-phi, sp-tieu-bieu, nhap) | category | target | 2026=3 2027=3 | done 2026=1"},
		MsgProgrammesTitle:  {"Chương trình khuyến công", "Khuyến công programmes"},
		MsgProgrammesWhy:    {"Chỉ tiêu của từng chương trình; đề án tính vào chương trình nó chọn, hoặc theo nguồn vốn và năm", "Each programme's targets; a project counts towards the programme it names, or by fund and year"},
		MsgColProgramme:     {"Chương trình", "Programme"},
		MsgColPeriod:        {"Giai đoạn", "Period"},
		MsgKeyNewProgramme:  {"thêm", "new"},
		MsgKeyEditProgramme: {"sửa", "edit"},
	})
}
