package store

import "khuyencong/i18n"

// Messages of the programme rules.
const (
	MsgStoreProgrammeAdmin   i18n.Key = "store.programme.admin"
	MsgStoreProjectProgramme i18n.Key = "store.project.programme"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStoreProgrammeAdmin:   {"%s không có quyền ghi chương trình: chương trình là quyết định của Bộ hoặc tỉnh, do quản trị ghi.", "%s may not write programmes: a programme is the Ministry's or the province's decision, recorded by an admin."},
		MsgStoreProjectProgramme: {"Không có chương trình #%d.", "Programme #%d does not exist."},
	})
}
