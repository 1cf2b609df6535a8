package server

import "khuyencong/i18n"

// Messages of the server's limits on what one client may ask for, and of
// its host key.
const (
	MsgServerClamped    i18n.Key = "server.clamped"
	MsgServerBadHostKey i18n.Key = "server.bad_host_key"
	MsgServerRemoved    i18n.Key = "server.removed"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgServerClamped: {
			"Cửa sổ quá lớn: ứng dụng chỉ vẽ tối đa %d cột × %d dòng.",
			"Window too large: the app draws at most %d columns × %d rows.",
		},
		MsgServerRemoved: {
			"Quản trị viên đã xoá tài khoản của bạn; phiên làm việc đã đóng.",
			"An admin removed your account; your session was closed.",
		},
		MsgServerBadHostKey: {
			"Tệp khóa máy chủ %s rỗng hoặc hỏng (có thể do đầy đĩa lần chạy trước). Hãy xoá tệp đó rồi chạy lại: một khóa mới sẽ được tạo, và người dùng sẽ được hỏi xác nhận khóa mới.",
			"The host key file %s is empty or damaged (perhaps a full disk on an earlier start). Delete it and start again: a new key is made, and users will be asked to accept the new key.",
		},
	})
}
