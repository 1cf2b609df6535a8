package server

import "khuyencong/i18n"

// Messages of the SSH server.
const (
	MsgServerBanner     i18n.Key = "server.banner"
	MsgServerUnknownKey i18n.Key = "server.unknown_key"
	MsgServerFull       i18n.Key = "server.full"
	MsgServerIdle       i18n.Key = "server.idle"
	MsgServerShutdown   i18n.Key = "server.shutdown"
	MsgServerUsage      i18n.Key = "server.usage"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgServerBanner: {
			"khuyencong — hồ sơ khuyến công của Trung tâm Phát triển Công Thương. Chỉ người dùng đã đăng ký khóa SSH được đăng nhập.",
			"khuyencong — industrial-promotion records of the Industry and Trade Development Centre. Only users with a registered SSH key may log in.",
		},
		MsgServerUnknownKey: {"Khóa SSH này chưa được đăng ký. Nhờ quản trị viên chạy: khuyencong user add TÊN --role viewer --key-file KHÓA.pub", "This SSH key is not registered. Ask an admin to run: khuyencong user add NAME --role viewer --key-file KEY.pub"},
		MsgServerFull:       {"Máy chủ đã đủ số phiên làm việc; vui lòng thử lại sau.", "The server has reached its session limit; please try again later."},
		MsgServerIdle:       {"Phiên đã kết thúc vì không có thao tác trong thời gian dài.", "Session ended after a period without input."},
		MsgServerShutdown:   {"Máy chủ đang dừng; phiên đã được đóng an toàn.", "The server is shutting down; your session was closed safely."},
		MsgServerUsage: {
			"Lệnh qua SSH: report [--year N] [--format text|md] | export KIỂU [--format csv|md] | backup | user add TÊN --role VAI_TRÒ --key-file - < khóa.pub (quản trị). Không có lệnh thì cần terminal: ssh -t.",
			"Commands over SSH: report [--year N] [--format text|md] | export KIND [--format csv|md] | backup | user add NAME --role ROLE --key-file - < key.pub (admin). Without a command a terminal is needed: ssh -t.",
		},
	})
}
