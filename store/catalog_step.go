package store

import "khuyencong/i18n"

// MsgStoreStepOwner: a step names a project that does not exist.
const MsgStoreStepOwner i18n.Key = "store.step_project_missing"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStoreStepOwner: {"Không có đề án #%d cho bước thực hiện.", "Project #%d of the step does not exist."},
	})
}
