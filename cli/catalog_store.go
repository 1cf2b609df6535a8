package cli

import "khuyencong/i18n"

// Messages of --store and migrate.
const (
	MsgCLIFlagStore i18n.Key = "cli.flag_store"
	MsgCLIBadStore  i18n.Key = "cli.bad_store"

	MsgCmdMigrateArgs      i18n.Key = "cli.migrate.args"
	MsgCmdMigrateSummary   i18n.Key = "cli.migrate.summary"
	MsgCmdMigrateHelp      i18n.Key = "cli.migrate.help"
	MsgMigrateProgress     i18n.Key = "cli.migrate.progress"
	MsgMigrateExists       i18n.Key = "cli.migrate.exists"
	MsgMigrateDiffers      i18n.Key = "cli.migrate.differs"
	MsgMigrateDone         i18n.Key = "cli.migrate.done"
	MsgMigrateDoneProblems i18n.Key = "cli.migrate.done_problems"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCLIFlagStore: {
			"cụm etcd `URL` thay cho tệp: etcd://máy1:2379,máy2:2379/TIỀN_TỐ (hoặc biến môi trường KHUYENCONG_STORE; TLS và mật khẩu theo ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY, ETCDCTL_USER như etcdctl)",
			"the etcd cluster `URL` instead of the file: etcd://host1:2379,host2:2379/PREFIX (or the KHUYENCONG_STORE environment variable; TLS and password from ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY, ETCDCTL_USER as for etcdctl)"},
		MsgCLIBadStore: {
			"--store %q: cần dạng etcd://máy1:2379,máy2:2379/TIỀN_TỐ",
			"--store %q: expected etcd://host1:2379,host2:2379/PREFIX"},
		MsgCmdMigrateArgs:    {"--from TỆP|etcd://… --to TỆP|etcd://…", "--from FILE|etcd://… --to FILE|etcd://…"},
		MsgCmdMigrateSummary: {"chép cơ sở dữ liệu giữa tệp và cụm etcd", "copy the database between a file and an etcd cluster"},
		MsgCmdMigrateHelp: {
			"Chép toàn bộ (hồ sơ, nhật ký, người dùng, cài đặt) vào nơi còn trống: một tệp mới hoặc một tiền tố etcd chưa dùng, trong một giao dịch (được hết hoặc không gì cả; Ctrl+C hủy). Sau đó kiểm tra bản chép và so số hồ sơ hai bên. Nên dừng các phiên ghi trước khi chép.",
			"Copies everything (records, audit trail, users, settings) into an empty place, a new file or an unused etcd prefix, in one transaction (all or nothing; Ctrl+C cancels). Then checks the copy and compares the counts of both sides. Stop writing sessions before copying."},
		MsgMigrateProgress:     {"migrate: đã chép %s khóa…", "migrate: %s keys copied…"},
		MsgMigrateExists:       {"%s đã có: migrate chỉ ghi vào tệp mới.", "%s exists: migrate writes only a new file."},
		MsgMigrateDiffers:      {"bản chép khác bản gốc (%s: %d và %d).", "the copy differs from the source (%s: %d and %d)."},
		MsgMigrateDoneProblems: {"Đã chép vào %s; bản chép có đúng %s vấn đề như bản gốc (xem trên).", "Copied to %s; the copy has the same %s problems as the source (above)."},
		MsgMigrateDone:         {"Đã chép vào %s: %s cơ sở, %s đề án, nhật ký đến số %d; kiểm tra không thấy lỗi.", "Copied to %s: %s facilities, %s projects, audit trail up to %d; the check found no problem."},
	})
}
