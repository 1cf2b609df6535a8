package store

import "khuyencong/i18n"

// Messages of the store: opening the database, refused writes, conflicts
// and the integrity check.
const (
	MsgStoreInUse        i18n.Key = "store.in_use"
	MsgStoreNoFolder     i18n.Key = "store.no_folder"
	MsgStoreNoAccess     i18n.Key = "store.no_access"
	MsgStoreCannotOpen   i18n.Key = "store.cannot_open"
	MsgStoreNotDatabase  i18n.Key = "store.not_database"
	MsgStoreForeign      i18n.Key = "store.foreign"
	MsgStoreEmptyFile    i18n.Key = "store.empty_file"
	MsgStoreTruncated    i18n.Key = "store.truncated"
	MsgStoreDamaged      i18n.Key = "store.damaged"
	MsgStoreSchema       i18n.Key = "store.schema"
	MsgStoreSchemaNewer  i18n.Key = "store.schema_newer"
	MsgStoreSchemaNoPath i18n.Key = "store.schema_no_path"
	MsgStoreSchemaRO     i18n.Key = "store.schema_read_only"
	MsgStoreReadOnly     i18n.Key = "store.read_only"
	MsgStoreClosed       i18n.Key = "store.closed"
	MsgStoreCanceled     i18n.Key = "store.canceled"

	MsgStoreForbidden         i18n.Key = "store.forbidden"
	MsgStoreForbiddenWrite    i18n.Key = "store.forbidden_write"
	MsgStoreForbiddenDelete   i18n.Key = "store.forbidden_delete"
	MsgStoreForbiddenRestore  i18n.Key = "store.forbidden_restore"
	MsgStoreForbiddenUsers    i18n.Key = "store.forbidden_users"
	MsgStoreForbiddenSettings i18n.Key = "store.forbidden_settings"
	MsgStoreForbiddenBackup   i18n.Key = "store.forbidden_backup"
	MsgStoreForbiddenAudit    i18n.Key = "store.forbidden_audit"
	MsgStoreForbiddenCheck    i18n.Key = "store.forbidden_check"
	MsgStoreUserGone          i18n.Key = "store.user_gone"
	MsgStoreNoActor           i18n.Key = "store.no_actor"

	MsgStoreNotFound     i18n.Key = "store.not_found"
	MsgStoreNotFoundUser i18n.Key = "store.not_found_user"
	MsgStoreBadKind      i18n.Key = "store.bad_kind"
	MsgStoreTooMany      i18n.Key = "store.too_many"
	MsgStoreBatchRecord  i18n.Key = "store.batch_record"

	MsgStoreConflict     i18n.Key = "store.conflict"
	MsgStoreDupTaxCode   i18n.Key = "store.dup_tax_code"
	MsgStoreDupCode      i18n.Key = "store.dup_code"
	MsgStoreDupKey       i18n.Key = "store.dup_key"
	MsgStoreUserName     i18n.Key = "store.user_name"
	MsgStoreUserRole     i18n.Key = "store.user_role"
	MsgStoreUserKey      i18n.Key = "store.user_key"
	MsgStoreBeneficiary  i18n.Key = "store.beneficiary_missing"
	MsgStorePaymentOwner i18n.Key = "store.payment_project_missing"

	MsgStoreNoProvince       i18n.Key = "store.no_province"
	MsgCheckAddress          i18n.Key = "store.check.address"
	MsgStoreNoCommune        i18n.Key = "store.no_commune"
	MsgStoreCommuneElsewhere i18n.Key = "store.commune_elsewhere"
	MsgStoreNoOldCommune     i18n.Key = "store.no_old_commune"
	MsgStoreUnitsOrphan      i18n.Key = "store.units_orphan"
	MsgStoreUnitsSame        i18n.Key = "store.units_same"
	MsgStoreUnitsReload      i18n.Key = "store.units_reload"

	MsgCheckBolt         i18n.Key = "store.check.bolt"
	MsgCheckMeta         i18n.Key = "store.check.meta"
	MsgCheckBucket       i18n.Key = "store.check.bucket"
	MsgCheckKey          i18n.Key = "store.check.key"
	MsgCheckDecode       i18n.Key = "store.check.decode"
	MsgCheckIDMismatch   i18n.Key = "store.check.id_mismatch"
	MsgCheckGap          i18n.Key = "store.check.gap"
	MsgCheckSequence     i18n.Key = "store.check.sequence"
	MsgCheckIndexMissing i18n.Key = "store.check.index_missing"
	MsgCheckIndexStale   i18n.Key = "store.check.index_stale"
	MsgCheckRef          i18n.Key = "store.check.ref"
	MsgCheckRefDeleted   i18n.Key = "store.check.ref_deleted"
	MsgCheckAudit        i18n.Key = "store.check.audit"
	MsgCheckUser         i18n.Key = "store.check.user"
	MsgCheckSettings     i18n.Key = "store.check.settings"
	MsgCheckReadModel    i18n.Key = "store.check.read_model"
	MsgCheckDuplicate    i18n.Key = "store.check.duplicate"
	MsgCheckMore         i18n.Key = "store.check.more"

	MsgStoreKindAudit i18n.Key = "store.kind.audit"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgStoreNoFolder:     {"Không tạo được cơ sở dữ liệu %s: thư mục chứa tệp không có.", "Cannot create the database %s: its folder does not exist."},
		MsgStoreNoAccess:     {"Không mở được cơ sở dữ liệu %s: không có quyền đọc hoặc ghi.", "Cannot open the database %s: permission denied."},
		MsgStoreCannotOpen:   {"Không mở được cơ sở dữ liệu %s: %s.", "Cannot open the database %s: %s."},
		MsgStoreInUse:        {"Cơ sở dữ liệu %s đang được dùng bởi tiến trình khác (ví dụ máy chủ khuyencong đang chạy).", "Database %s is in use by another process (for example a running khuyencong server)."},
		MsgStoreNotDatabase:  {"Tệp %s không phải là cơ sở dữ liệu khuyencong.", "%s is not a khuyencong database."},
		MsgStoreForeign:      {"Tệp %s là cơ sở dữ liệu bbolt của chương trình khác, không phải của khuyencong.", "%s is a bbolt database of another program, not a khuyencong database."},
		MsgStoreEmptyFile:    {"Tệp %s rỗng, không phải là cơ sở dữ liệu khuyencong.", "%s is an empty file, not a khuyencong database."},
		MsgStoreTruncated:    {"Tệp %s bị cắt cụt (%d byte, cần ít nhất %d); hãy khôi phục từ bản sao lưu.", "%s is truncated (%d bytes, at least %d expected); restore it from a backup."},
		MsgStoreDamaged:      {"Cơ sở dữ liệu %s bị hỏng (%s); hãy khôi phục từ bản sao lưu.", "Database %s is damaged (%s); restore it from a backup."},
		MsgStoreSchema:       {"Cấu trúc dữ liệu của %s không dùng được.", "The data layout of %s cannot be used."},
		MsgStoreSchemaNewer:  {"Tệp %s được tạo bởi phiên bản khuyencong mới hơn (cấu trúc %d, chương trình này biết đến %d); hãy cập nhật chương trình.", "%s was written by a newer khuyencong (layout %d, this program knows up to %d); please upgrade the program."},
		MsgStoreSchemaNoPath: {"Không có cách nâng cấp %s từ cấu trúc %d.", "There is no upgrade for %s from layout %d."},
		MsgStoreSchemaRO:     {"Tệp %s cần được nâng cấp (cấu trúc %d lên %d); hãy mở ở chế độ ghi.", "%s needs an upgrade (layout %d to %d); open it for writing."},
		MsgStoreReadOnly:     {"Cơ sở dữ liệu đang mở chỉ để đọc.", "The database is open read-only."},
		MsgStoreClosed:       {"Cơ sở dữ liệu đã đóng.", "The database is closed."},
		MsgStoreCanceled: {"Đã dừng theo yêu cầu (Ctrl+C): không ghi gì, cơ sở dữ liệu vẫn như trước; có thể chạy lại lệnh.",
			"Stopped on request (Ctrl+C): nothing was written, the database is as it was; the command can be run again."},

		MsgStoreForbidden:         {"Bạn không có quyền làm việc này.", "You are not allowed to do this."},
		MsgStoreForbiddenWrite:    {"%s chỉ có quyền xem, không được thêm hoặc sửa dữ liệu.", "%s may only view records, not add or change them."},
		MsgStoreForbiddenDelete:   {"Chỉ quản trị viên được xoá bản ghi; %s không có quyền này.", "Only admins may delete records; %s may not."},
		MsgStoreForbiddenRestore:  {"Chỉ quản trị viên được khôi phục bản ghi đã xoá; %s không có quyền này.", "Only admins may restore deleted records; %s may not."},
		MsgStoreForbiddenUsers:    {"Chỉ quản trị viên được quản lý người dùng; %s không có quyền này.", "Only admins may manage users; %s may not."},
		MsgStoreForbiddenSettings: {"Chỉ quản trị viên được đổi thiết lập; %s không có quyền này.", "Only admins may change the settings; %s may not."},
		MsgStoreForbiddenBackup:   {"Chỉ quản trị viên được sao lưu; %s không có quyền này.", "Only admins may make backups; %s may not."},
		MsgStoreUserGone:          {"Người dùng %s không còn trong danh sách người dùng; thao tác bị từ chối.", "User %s is no longer registered; the operation was refused."},
		MsgStoreForbiddenCheck:    {"Chỉ quản trị viên được kiểm tra cơ sở dữ liệu; %s không có quyền này.", "Only admins may run the check; %s may not."},
		MsgStoreForbiddenAudit:    {"Chỉ quản trị viên được xem nhật ký thay đổi; %s không có quyền này.", "Only admins may read the audit trail; %s may not."},
		MsgStoreNoActor:           {"Thao tác ghi cần tên người thực hiện.", "A write needs the name of the user making it."},

		MsgStoreNotFound:     {"Không tìm thấy bản ghi.", "Record not found."},
		MsgStoreNotFoundUser: {"Không có người dùng %q.", "There is no user %q."},
		MsgStoreBadKind:      {"Loại bản ghi không hợp lệ: %s.", "Invalid record kind: %s."},
		MsgStoreTooMany:      {"Đã hết mã số cho loại bản ghi %s.", "No IDs left for record kind %s."},
		MsgStoreBatchRecord:  {"Bản ghi thứ %d: %s", "Record %d: %s"},

		MsgStoreConflict:     {"Bản ghi vừa được %s sửa lúc %s (phiên bản %d). Hãy xem lại thay đổi của họ rồi lưu lại.", "The record was changed by %s at %s (version %d). Review their change and save again."},
		MsgStoreDupTaxCode:   {"Mã số thuế %s đã có ở cơ sở #%d.", "Tax code %s is already used by facility #%d."},
		MsgStoreDupCode:      {"Mã đề án %s đã có ở đề án #%d.", "Project code %s is already used by project #%d."},
		MsgStoreDupKey:       {"Khoá %s đã thuộc về người dùng %s.", "i18n.Key %s already belongs to user %s."},
		MsgStoreUserName:     {"Tên người dùng %q không hợp lệ: cần 1–64 ký tự, không có khoảng trắng, không bắt đầu bằng \"local:\".", "User name %q is invalid: 1–64 characters, no spaces, not starting with \"local:\"."},
		MsgStoreUserRole:     {"Vai trò không hợp lệ cho người dùng %s.", "Invalid role for user %s."},
		MsgStoreUserKey:      {"Khoá của người dùng %s không hợp lệ: %s.", "A key of user %s is invalid: %s."},
		MsgStoreBeneficiary:  {"Không có cơ sở #%d trong danh sách người thụ hưởng.", "Beneficiary facility #%d does not exist."},
		MsgStorePaymentOwner: {"Không có đề án #%d cho khoản giải ngân.", "Project #%d of the payment does not exist."},
		MsgCheckAddress:      {"%s #%d: địa chỉ không khớp bảng đơn vị hành chính: %s", "%s #%d: the address does not match the unit table: %s"},
		MsgStoreNoProvince:   {"Không có tỉnh mã %s trong bảng đơn vị hành chính.", "There is no province with code %s in the unit table."},
		MsgStoreNoCommune:    {"Không có xã mã %s trong bảng đơn vị hành chính.", "There is no commune with code %s in the unit table."},
		MsgStoreCommuneElsewhere: {"%s thuộc %s, không thuộc tỉnh đã chọn.",
			"%s is in %s, not in the province chosen."},
		MsgStoreNoOldCommune: {"Không có xã cũ mã %s trong bảng đơn vị trước 1/7/2025.", "There is no former commune with code %s in the units before 1/7/2025."},
		MsgStoreUnitsOrphan: {"Bảng mới không có mã %s mà %d hồ sơ đang dùng (ví dụ %s #%d): không thay bảng.",
			"The new table lacks code %s, which %d records use (e.g. %s #%d): the table is not replaced."},
		MsgStoreUnitsSame: {"Bảng %s đã đúng như tệp này: không có gì thay đổi.", "The %s table is already this file: nothing changed."},
		MsgStoreUnitsReload: {"Đã thay bảng đơn vị, nhưng chưa đọc lại được dữ liệu: tìm kiếm và sắp xếp theo tên xã mới sau khi mở lại ứng dụng.",
			"The unit table is replaced, but the data could not be read again: search and sorting use the new commune names after the app is opened again."},

		MsgCheckBolt:         {"bbolt: %s", "bbolt: %s"},
		MsgCheckMeta:         {"Thông tin cấu trúc: %s", "Layout information: %s"},
		MsgCheckBucket:       {"Thiếu vùng dữ liệu %s.", "Bucket %s is missing."},
		MsgCheckKey:          {"%s: khoá %x không hợp lệ.", "%s: invalid key %x."},
		MsgCheckDecode:       {"%s #%d không đọc được: %s.", "%s #%d cannot be decoded: %s."},
		MsgCheckIDMismatch:   {"%s: khoá #%d chứa bản ghi #%d.", "%s: key #%d holds record #%d."},
		MsgCheckGap:          {"%s: thiếu bản ghi #%d.", "%s: record #%d is missing."},
		MsgCheckSequence:     {"%s: có %d bản ghi nhưng bộ đếm là %d.", "%s: %d records but the sequence is %d."},
		MsgCheckIndexMissing: {"%s #%d: chỉ mục thiếu %q.", "%s #%d: index lacks %q."},
		MsgCheckIndexStale:   {"Chỉ mục %s: %q trỏ tới #%d không khớp.", "Index %s: %q points to #%d, which does not match."},
		MsgCheckRef:          {"%s #%d tham chiếu %s #%d không tồn tại.", "%s #%d refers to %s #%d, which does not exist."},
		MsgCheckRefDeleted: {"%s #%d còn hiệu lực nhưng tham chiếu %s #%d đã xoá: khôi phục bản ghi đó hoặc sửa %[1]s #%[2]d.",
			"%s #%d is live but refers to %s #%d, which is deleted: restore that record or change %[1]s #%[2]d."},
		MsgCheckAudit:     {"Nhật ký #%d: %s.", "Audit entry #%d: %s."},
		MsgCheckUser:      {"Người dùng %q: %s.", "User %q: %s."},
		MsgCheckSettings:  {"Thiết lập: %s.", "Settings: %s."},
		MsgCheckDuplicate: {"%s #%d và #%d cùng có %q, lẽ ra phải khác nhau.", "%s #%d and #%d both have %q, which must be unique."},
		MsgCheckMore:      {"… và %d vấn đề khác.", "… and %d more problems."},

		MsgStoreKindAudit: {"Nhật ký", "Audit trail"},
		MsgCheckReadModel: {"Dữ liệu trong bộ nhớ: %s có %d bản ghi còn hiệu lực, trong tệp có %d.", "In-memory data: %s has %d live records, the file has %d."},
	})
}
