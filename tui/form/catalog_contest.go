package form

import "khuyencong/i18n"

// Titles of the contest entry form.
const (
	MsgFormNewEntry  i18n.Key = "contest.form.new_entry"
	MsgFormEditEntry i18n.Key = "contest.form.edit_entry"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgFormNewEntry:  {"Đăng ký sản phẩm bình chọn", "New contest entry"},
		MsgFormEditEntry: {"Sửa sản phẩm %s", "Edit entry %s"},
	})
}
