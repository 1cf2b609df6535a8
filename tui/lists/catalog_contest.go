package lists

import "khuyencong/i18n"

// Texts of the facility detail's certified products.
const (
	MsgDetailCertifiedTitle i18n.Key = "lists.detail.certified_title"
	MsgDetailCertified      i18n.Key = "lists.detail.certified"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgDetailCertifiedTitle: {"Sản phẩm CNNT tiêu biểu", "Outstanding rural industrial products"},
		MsgDetailCertified:      {"%s — GCN %s (%s), hiệu lực đến %s", "%s — certificate %s (%s), valid until %s"},
	})
}
