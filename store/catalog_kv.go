package store

import "khuyencong/i18n"

// Messages of the storage seam: copying a database between backends.
const (
	MsgStoreTargetUsed i18n.Key = "store.target_used"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStoreTargetUsed: {"%s đã có dữ liệu: chỉ chép được vào nơi còn trống.", "%s already holds data: a copy goes only into an empty place."},
	})
}
