package server

import "khuyencong/i18n"

// Messages of the server's limits on what one client may ask for.
const (
	MsgServerClamped i18n.Key = "server.clamped"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgServerClamped: {
			"Cửa sổ quá lớn: ứng dụng chỉ vẽ tối đa %d cột × %d dòng.",
			"Window too large: the app draws at most %d columns × %d rows.",
		},
	})
}
