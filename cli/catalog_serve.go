package cli

import "khuyencong/i18n"

// Messages of the serve command.
const (
	MsgCmdServeArgs    i18n.Key = "cli.serve.args"
	MsgCmdServeSummary i18n.Key = "cli.serve.summary"
	MsgCmdServeHelp    i18n.Key = "cli.serve.help"
	MsgServeNoUsers    i18n.Key = "cli.serve.no_users"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCmdServeArgs: {
			"[--listen ĐỊA_CHỈ] [--host-key TỆP] [--idle-timeout THỜI_GIAN] [--max-sessions N]",
			"[--listen ADDR] [--host-key FILE] [--idle-timeout DURATION] [--max-sessions N]",
		},
		MsgCmdServeSummary: {"phục vụ ứng dụng qua SSH cho nhiều người cùng lúc", "serve the app over SSH to many staff at once"},
		MsgCmdServeHelp: {
			"Mở máy chủ SSH (mặc định 127.0.0.1:23234; dùng --listen 0.0.0.0:23234 để mở cho mạng nội bộ). Chỉ đăng nhập bằng khóa công khai đã đăng ký với `khuyencong user add`. Khóa máy chủ được tạo lần đầu cạnh tệp dữ liệu (--host-key để chọn chỗ khác). Phiên không thao tác quá --idle-timeout (mặc định 30m) sẽ đóng; quá --max-sessions (mặc định 64) phiên thì từ chối. SIGINT/SIGTERM đóng mọi phiên rồi đóng cơ sở dữ liệu.",
			"Starts the SSH server (default 127.0.0.1:23234; use --listen 0.0.0.0:23234 to open it to the office network). Login by public key only, for keys registered with `khuyencong user add`. The host key is created on first start next to the database (--host-key to put it elsewhere). Sessions without input for --idle-timeout (default 30m) end; past --max-sessions (default 64) new logins are refused. SIGINT/SIGTERM end every session, then close the database.",
		},
		MsgServeNoUsers: {"Chưa có người dùng nào: thêm bằng khuyencong user add", "no users yet: add one with khuyencong user add"},
	})
}

// MsgUserRemoteKeyFile refuses a server-side path for a key over SSH.
const MsgUserRemoteKeyFile i18n.Key = "cli.user.remote_key_file"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgUserRemoteKeyFile: {
			"qua SSH, khóa phải gửi qua đầu vào chuẩn: --key-file - < khóa.pub",
			"over SSH, send the key on standard input: --key-file - < key.pub",
		},
	})
}
