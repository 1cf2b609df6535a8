package audit

import "khuyencong/i18n"

// Texts of package audit, in both languages (see package i18n).
const (
	MsgTabAudit       i18n.Key = "tui.tab.audit"
	MsgAuditHint      i18n.Key = "tui.audit.hint"
	MsgAuditCount     i18n.Key = "tui.audit.count"
	MsgAuditLoading   i18n.Key = "tui.audit.loading"
	MsgAuditQueryKey  i18n.Key = "tui.audit.query_key"
	MsgAuditRun       i18n.Key = "tui.audit.run"
	MsgAuditBadWord   i18n.Key = "tui.audit.bad_word"
	MsgAuditAt        i18n.Key = "tui.audit.at"
	MsgAuditUser      i18n.Key = "tui.audit.user"
	MsgAuditOp        i18n.Key = "tui.audit.op"
	MsgAuditRecord    i18n.Key = "tui.audit.record"
	MsgAuditChanges   i18n.Key = "tui.audit.changes"
	MsgOpCreate       i18n.Key = "tui.op.create"
	MsgOpUpdate       i18n.Key = "tui.op.update"
	MsgOpDelete       i18n.Key = "tui.op.delete"
	MsgOpRestore      i18n.Key = "tui.op.restore"
	MsgOpImport       i18n.Key = "tui.op.import"
	MsgOpUser         i18n.Key = "tui.op.user"
	MsgOpSettings     i18n.Key = "tui.op.settings"
	MsgKindAllocation i18n.Key = "tui.kind.allocation"
	MsgKindPayment    i18n.Key = "tui.kind.payment"
	MsgKindUser       i18n.Key = "tui.kind.user"
	MsgKindSettings   i18n.Key = "tui.kind.settings"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgTabAudit:       {"Nhật ký", "Audit log"},
		MsgAuditHint:      {"@người cs#12 da#3 từ:01/05/2026 đến:31/05/2026", "@user cs#12 da#3 from:01/05/2026 to:31/05/2026"},
		MsgAuditCount:     {"%s thay đổi (mới nhất trước)", "%s changes (newest first)"},
		MsgAuditLoading:   {"Đang đọc nhật ký…", "Reading the audit trail…"},
		MsgAuditQueryKey:  {"tìm theo người, bản ghi, ngày", "by user, record, date"},
		MsgAuditRun:       {"tìm", "search"},
		MsgAuditBadWord:   {"không hiểu %q: dùng @người, cs#12, da#3, từ:dd/mm/yyyy, đến:dd/mm/yyyy", "cannot read %q: use @user, cs#12, da#3, from:dd/mm/yyyy, to:dd/mm/yyyy"},
		MsgAuditAt:        {"Lúc", "At"},
		MsgAuditUser:      {"Người", "User"},
		MsgAuditOp:        {"Thao tác", "Action"},
		MsgAuditRecord:    {"Bản ghi", "Record"},
		MsgAuditChanges:   {"Thay đổi", "Changes"},
		MsgOpCreate:       {"thêm", "create"},
		MsgOpUpdate:       {"sửa", "update"},
		MsgOpDelete:       {"xoá", "delete"},
		MsgOpRestore:      {"khôi phục", "restore"},
		MsgOpImport:       {"nhập", "import"},
		MsgOpUser:         {"người dùng", "user"},
		MsgOpSettings:     {"cài đặt", "settings"},
		MsgKindAllocation: {"Kinh phí", "Allocation"},
		MsgKindPayment:    {"Giải ngân", "Payment"},
		MsgKindUser:       {"Người dùng", "User"},
		MsgKindSettings:   {"Cài đặt", "Settings"},
	})
}
