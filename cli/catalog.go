package cli

import "khuyencong/i18n"

// Messages of the command line: usage, mistakes, and the commands' own
// sentences. The sample and report commands' are in catalog_report.go,
// serve's in catalog_serve.go; import and export still share model's
// catalog_exchange.go with package exchange.
const (
	MsgCLIAbout            i18n.Key = "cli.about"
	MsgCLIUsageLine        i18n.Key = "cli.usage_line"
	MsgCLIMainArgs         i18n.Key = "cli.main_args"
	MsgCLINoCommand        i18n.Key = "cli.no_command"
	MsgCLICommands         i18n.Key = "cli.commands"
	MsgCLIOptions          i18n.Key = "cli.options"
	MsgCLIGlobalOptions    i18n.Key = "cli.global_options"
	MsgCLIGlobalHint       i18n.Key = "cli.global_hint"
	MsgCLIHelpHint         i18n.Key = "cli.help_hint"
	MsgCLIExamples         i18n.Key = "cli.examples"
	MsgCLIFlagDB           i18n.Key = "cli.flag_db"
	MsgCLIFlagLang         i18n.Key = "cli.flag_lang"
	MsgCLIFlagASCII        i18n.Key = "cli.flag_ascii"
	MsgCLIFlagHelp         i18n.Key = "cli.flag_help"
	MsgCLIInternal         i18n.Key = "cli.internal"
	MsgCLIUnknownCommand   i18n.Key = "cli.unknown_command"
	MsgCLIMissingCommand   i18n.Key = "cli.missing_command"
	MsgCLIMissingSub       i18n.Key = "cli.missing_sub"
	MsgCLIUnknownFlag      i18n.Key = "cli.unknown_flag"
	MsgCLIFlagAfterCommand i18n.Key = "cli.flag_after_command"
	MsgCLIFlagNeedsValue   i18n.Key = "cli.flag_needs_value"
	MsgCLIBadFlagValue     i18n.Key = "cli.bad_flag_value"
	MsgCLIBadLang          i18n.Key = "cli.bad_lang"
	MsgCLIMissingArg       i18n.Key = "cli.missing_arg"
	MsgCLIExtraArgs        i18n.Key = "cli.extra_args"
	MsgCLINoDatabase       i18n.Key = "cli.no_database"
	MsgCLIAppNotBuilt      i18n.Key = "cli.app_not_built"
	MsgCLIRemoteArgs       i18n.Key = "cli.remote_args"
	MsgCLIRemoteHelp       i18n.Key = "cli.remote_help"
	MsgCLIRemoteNoDB       i18n.Key = "cli.remote_no_db"

	MsgCmdCheckSummary i18n.Key = "cli.check.summary"
	MsgCmdCheckHelp    i18n.Key = "cli.check.help"
	MsgCheckOK         i18n.Key = "cli.check.ok"
	MsgCheckProblems   i18n.Key = "cli.check.problems"
	MsgCheckFailed     i18n.Key = "cli.check.failed"

	MsgCmdBackupArgs    i18n.Key = "cli.backup.args"
	MsgCmdBackupSummary i18n.Key = "cli.backup.summary"
	MsgCmdBackupHelp    i18n.Key = "cli.backup.help"
	MsgBackupDone       i18n.Key = "cli.backup.done"
	MsgBackupExists     i18n.Key = "cli.backup.exists"
	MsgBackupTerminal   i18n.Key = "cli.backup.terminal"
	MsgBackupRemoteFile i18n.Key = "cli.backup.remote_file"

	MsgCmdUserArgs          i18n.Key = "cli.user.args"
	MsgCmdUserSummary       i18n.Key = "cli.user.summary"
	MsgCmdUserHelp          i18n.Key = "cli.user.help"
	MsgCmdUserAddArgs       i18n.Key = "cli.user.add_args"
	MsgCmdUserAddSummary    i18n.Key = "cli.user.add_summary"
	MsgCmdUserAddHelp       i18n.Key = "cli.user.add_help"
	MsgCmdUserListSummary   i18n.Key = "cli.user.list_summary"
	MsgCmdUserRemoveArgs    i18n.Key = "cli.user.remove_args"
	MsgCmdUserRemoveSummary i18n.Key = "cli.user.remove_summary"
	MsgFlagRole             i18n.Key = "cli.user.flag_role"
	MsgFlagKeyFile          i18n.Key = "cli.user.flag_key_file"
	MsgUserBadName          i18n.Key = "cli.user.bad_name"
	MsgUserBadRole          i18n.Key = "cli.user.bad_role"
	MsgUserExists           i18n.Key = "cli.user.exists"
	MsgUserKeyTaken         i18n.Key = "cli.user.key_taken"
	MsgUserKeyFileRead      i18n.Key = "cli.user.key_file_read"
	MsgUserPrivateKey       i18n.Key = "cli.user.private_key"
	MsgUserCertificate      i18n.Key = "cli.user.certificate"
	MsgUserBadKey           i18n.Key = "cli.user.bad_key"
	MsgUserNoKeys           i18n.Key = "cli.user.no_keys"
	MsgUserAdded            i18n.Key = "cli.user.added"
	MsgUserRemoved          i18n.Key = "cli.user.removed"
	MsgCmdUserRoleArgs      i18n.Key = "cli.user.role_args"
	MsgCmdUserRoleSummary   i18n.Key = "cli.user.role_summary"
	MsgUserRoleSet          i18n.Key = "cli.user.role_set"
	MsgUserUnknown          i18n.Key = "cli.user.unknown"
	MsgUserNone             i18n.Key = "cli.user.none"
	MsgUserColName          i18n.Key = "cli.user.col_name"
	MsgUserColRole          i18n.Key = "cli.user.col_role"
	MsgUserColCreated       i18n.Key = "cli.user.col_created"
	MsgUserColKey           i18n.Key = "cli.user.col_key"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCLIAbout: {
			"khuyencong — hồ sơ khuyến công của Trung tâm Phát triển Công Thương: cơ sở công nghiệp nông thôn, đề án, kế hoạch kinh phí và giải ngân.",
			"khuyencong — industrial-promotion (khuyến công) records of an Industry and Trade Development Centre: rural industrial facilities, projects, budget allocations and payments."},
		MsgCLIUsageLine:     {"Cách dùng: %s", "Usage: %s"},
		MsgCLIMainArgs:      {"[--db TỆP] [--lang vi|en] [--ascii] [LỆNH] [tham số]", "[--db FILE] [--lang vi|en] [--ascii] [COMMAND] [arguments]"},
		MsgCLINoCommand:     {"Không có LỆNH: mở ứng dụng trên terminal.", "Without a COMMAND: open the terminal app."},
		MsgCLICommands:      {"Lệnh:", "Commands:"},
		MsgCLIOptions:       {"Tùy chọn (đặt trước hay sau tham số đều được):", "Options (before or after the arguments):"},
		MsgCLIGlobalOptions: {"Tùy chọn chung (đặt ở đâu cũng được):", "Global options (anywhere on the line):"},
		MsgCLIGlobalHint:    {"Tùy chọn chung --db, --lang, --ascii: xem khuyencong --help.", "Global options --db, --lang, --ascii: see khuyencong --help."},
		MsgCLIHelpHint:      {"Gõ khuyencong LỆNH --help để xem hướng dẫn của từng lệnh.", "Type khuyencong COMMAND --help for a command's usage."},
		MsgCLIExamples:      {"Ví dụ:", "Examples:"},
		MsgCLIFlagDB: {
			"tệp cơ sở dữ liệu `TỆP` (mặc định khuyencong.db trong thư mục hiện tại, hoặc biến môi trường KHUYENCONG_DB)",
			"database `FILE` (default khuyencong.db in the working directory, or the KHUYENCONG_DB environment variable)"},
		MsgCLIFlagLang:  {"ngôn ngữ `vi|en` (mặc định vi)", "language `vi|en` (default vi)"},
		MsgCLIFlagASCII: {"chỉ dùng ký tự ASCII cho khung và biểu đồ", "draw frames and charts with ASCII characters only"},
		MsgCLIFlagHelp:  {"in hướng dẫn", "print the usage"},
		MsgCLIInternal: {
			"lỗi nội bộ (%v); xin báo cho người phát triển kèm lệnh vừa chạy",
			"internal error (%v); please report it to the developers with the command you ran"},
		MsgCLIUnknownCommand:   {"không có lệnh %q", "there is no command %q"},
		MsgCLIMissingCommand:   {"thiếu tên lệnh", "a command name is missing"},
		MsgCLIMissingSub:       {"thiếu lệnh con", "a subcommand is missing"},
		MsgCLIUnknownFlag:      {"không có tùy chọn %s", "there is no option %s"},
		MsgCLIFlagAfterCommand: {"tùy chọn %s phải đặt sau tên lệnh", "option %s must come after the command name"},
		MsgCLIFlagNeedsValue:   {"tùy chọn %s cần một giá trị", "option %s needs a value"},
		MsgCLIBadFlagValue:     {"giá trị %q không hợp lệ cho %s", "%q is not a valid value for %s"},
		MsgCLIBadLang:          {"ngôn ngữ %q không có; chọn vi hoặc en", "there is no language %q; choose vi or en"},
		MsgCLIMissingArg:       {"thiếu tham số", "an argument is missing"},
		MsgCLIExtraArgs:        {"thừa tham số: %s", "unexpected arguments: %s"},
		MsgCLINoDatabase: {
			"không có cơ sở dữ liệu %s; tạo dữ liệu mẫu bằng khuyencong sample, hoặc chỉ tệp khác bằng --db",
			"there is no database %s; create sample data with khuyencong sample, or name another file with --db"},
		MsgCLIAppNotBuilt: {
			"Ứng dụng trên terminal chưa được xây dựng. Các lệnh đã có: khuyencong --help",
			"The terminal app is not built yet. The commands that exist: khuyencong --help"},
		MsgCLIRemoteArgs: {"LỆNH [tham số]", "COMMAND [arguments]"},
		MsgCLIRemoteHelp: {"in danh sách này", "print this list"},
		MsgCLIRemoteNoDB: {"qua SSH không chọn được cơ sở dữ liệu: máy chủ dùng tệp của nó", "--db cannot be used over SSH: the server uses its own database"},

		MsgCmdCheckSummary: {"kiểm tra toàn vẹn cơ sở dữ liệu", "check the database's integrity"},
		MsgCmdCheckHelp: {
			"Kiểm tra các trang của bbolt và các ràng buộc của dữ liệu (tham chiếu tồn tại, tổng khớp). Thoát với mã 0 chỉ khi không có vấn đề nào; nếu có, liệt kê từng vấn đề và thoát với mã 1.",
			"Checks bbolt's pages and the data's own invariants (references exist, sums agree). Exits 0 only when all is well; otherwise lists every problem and exits 1."},
		MsgCheckOK: {
			"%s: không có lỗi (%s cơ sở, %s đề án, %s kế hoạch kinh phí, %s khoản giải ngân).",
			"%s: no problems (%s facilities, %s projects, %s allocations, %s payments)."},
		MsgCheckProblems: {"Có %s vấn đề trong %s:", "%s problems in %s:"},
		MsgCheckFailed:   {"kiểm tra thấy %s vấn đề", "the check found %s problems"},

		MsgCmdBackupArgs:    {"TỆP|-", "FILE|-"},
		MsgCmdBackupSummary: {"sao lưu cơ sở dữ liệu (được cả khi đang chạy)", "back up the database (also while it is in use)"},
		MsgCmdBackupHelp: {
			"Ghi một bản sao nhất quán của cơ sở dữ liệu vào TỆP; \"-\" ghi ra đầu ra chuẩn. Bản sao được ghi vào tệp tạm rồi đổi tên, nên TỆP hoặc chưa có hoặc là bản sao đầy đủ. Không ghi đè tệp đã có. Cần quyền quản trị.",
			"Writes a consistent copy of the database to FILE; \"-\" writes to standard output. The copy goes to a temporary file that is then renamed, so FILE is either absent or a whole copy. An existing file is never overwritten. Needs the admin role."},
		MsgBackupDone:       {"Đã sao lưu %s vào %s (%d byte).", "Backed up %s to %s (%d bytes)."},
		MsgBackupExists:     {"tệp %s đã có; chọn tên khác (bản sao lưu không ghi đè tệp cũ)", "%s already exists; choose another name (a backup never overwrites a file)"},
		MsgBackupTerminal:   {"không ghi bản sao lưu (dữ liệu nhị phân) ra màn hình; hãy chuyển hướng: khuyencong backup - > tep.db", "will not write a backup (binary data) to the terminal; redirect it: khuyencong backup - > file.db"},
		MsgBackupRemoteFile: {"qua SSH, bản sao lưu được gửi về máy của bạn qua đầu ra chuẩn; không nhận tên tệp: ssh ... backup > sao-luu.db", "over SSH the backup comes to you on standard output; no file name: ssh ... backup > backup.db"},

		MsgCmdUserArgs:    {"add|list|role|remove ...", "add|list|role|remove ..."},
		MsgCmdUserSummary: {"quản lý người dùng đăng nhập qua SSH", "manage the users who log in over SSH"},
		MsgCmdUserHelp: {
			"Người dùng đăng nhập máy chủ SSH bằng khóa công khai. Vai trò: viewer (xem), editor (xem, thêm, sửa), admin (thêm xóa, khôi phục, quản lý người dùng, sao lưu, nhật ký).",
			"Users log in to the SSH server with a public key. Roles: viewer (read), editor (read, add, edit), admin (also delete, restore, manage users, back up, audit trail)."},
		MsgCmdUserAddArgs:       {"TÊN --role viewer|editor|admin --key-file KHÓA.pub", "NAME --role viewer|editor|admin --key-file KEY.pub"},
		MsgCmdUserAddSummary:    {"thêm người dùng với vai trò và khóa SSH", "add a user with a role and SSH keys"},
		MsgCmdUserAddHelp:       {"Thêm người dùng TÊN. Tệp khóa có dạng authorized_keys: mỗi dòng một khóa công khai; lặp --key-file để thêm nhiều tệp.", "Adds user NAME. i18n.Key files are in authorized_keys form, one public key per line; repeat --key-file for several files."},
		MsgCmdUserListSummary:   {"liệt kê người dùng và khóa", "list the users and their keys"},
		MsgCmdUserRemoveArgs:    {"TÊN", "NAME"},
		MsgCmdUserRemoveSummary: {"xóa người dùng", "remove a user"},
		MsgFlagRole:             {"vai trò `VAI_TRÒ`: viewer, editor hoặc admin", "`ROLE`: viewer, editor or admin"},
		MsgFlagKeyFile:          {"tệp khóa công khai SSH `TỆP` (lặp lại được)", "SSH public key `FILE` (may be repeated)"},
		MsgUserBadName:          {"tên người dùng %q không hợp lệ: chỉ chữ, số và . _ -, tối đa %d ký tự", "%q is not a valid user name: letters, digits and . _ - only, at most %d characters"},
		MsgUserBadRole:          {"vai trò %q không có; chọn viewer, editor hoặc admin", "there is no role %q; choose viewer, editor or admin"},
		MsgUserExists:           {"đã có người dùng %s; muốn thay thì xóa trước: khuyencong user remove %s", "user %s already exists; to replace it remove it first: khuyencong user remove %s"},
		MsgUserKeyTaken:         {"khóa %s đã thuộc người dùng %s", "key %s already belongs to user %s"},
		MsgUserKeyFileRead:      {"không đọc được tệp khóa %s: %v", "cannot read key file %s: %v"},
		MsgUserCertificate:      {"%s, dòng %d: đây là chứng thư SSH (certificate), không phải khóa công khai; hãy dùng tệp khóa công khai gốc (ssh-keygen -y hoặc tệp .pub không có -cert)", "%s, line %d: this is an SSH certificate, not a public key; give the plain public key file (the .pub without -cert)"},
		MsgUserPrivateKey:       {"%s là khóa bí mật; hãy dùng tệp khóa công khai (.pub) và giữ kín khóa bí mật", "%s is a private key; give the public key file (.pub) and keep the private key secret"},
		MsgUserBadKey:           {"%s, dòng %d: không phải khóa công khai SSH", "%s, line %d: not an SSH public key"},
		MsgUserNoKeys:           {"tệp %s không có khóa công khai nào", "%s holds no public key"},
		MsgUserAdded:            {"Đã thêm người dùng %s (%s) với %d khóa.", "Added user %s (%s) with %d keys."},
		MsgCmdUserRoleArgs:      {"TÊN --role viewer|editor|admin", "NAME --role viewer|editor|admin"},
		MsgCmdUserRoleSummary:   {"đổi vai trò của người dùng (các phiên đang mở đổi theo ngay)", "change a user's role (their open sessions follow at once)"},
		MsgUserRoleSet:          {"Người dùng %s nay có vai trò %s.", "User %s now has the role %s."},
		MsgUserUnknown:          {"không có người dùng %s", "there is no user %s"},
		MsgUserRemoved:          {"Đã xóa người dùng %s.", "Removed user %s."},
		MsgUserNone:             {"Chưa có người dùng nào. Thêm bằng: khuyencong user add TÊN --role admin --key-file KHÓA.pub", "No users yet. Add one with: khuyencong user add NAME --role admin --key-file KEY.pub"},
		MsgUserColName:          {"Tên", "Name"},
		MsgUserColRole:          {"Vai trò", "Role"},
		MsgUserColCreated:       {"Tạo lúc", "Created"},
		MsgUserColKey:           {"Khóa", "i18n.Key"},
	})
}
