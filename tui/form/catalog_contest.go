package form

import "khuyencong/i18n"

// Titles of the contest forms.
const (
	MsgFormNewEntry  i18n.Key = "contest.form.new_entry"
	MsgFormEditEntry i18n.Key = "contest.form.edit_entry"
	MsgFormNewRound  i18n.Key = "contest.form.new_round"
	MsgFormEditRound i18n.Key = "contest.form.edit_round"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgFormNewEntry:  {"Đăng ký sản phẩm bình chọn", "New contest entry"},
		MsgFormEditEntry: {"Sửa sản phẩm %s", "Edit entry %s"},
		MsgFormNewRound:  {"Thêm đợt bình chọn", "New contest round"},
		MsgFormEditRound: {"Sửa đợt %s", "Edit round %s"},
	})
}
