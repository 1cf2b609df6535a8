package model

// Enums are small integers on disk; their labels come from the tables below
// so that the stored form never depends on wording.

// LegalForm is the establishment's legal type.
type LegalForm uint8

const (
	LegalUnknown   LegalForm = iota
	LegalSME                 // doanh nghiệp nhỏ và vừa
	LegalCoop                // hợp tác xã
	LegalCoopUnion           // liên hiệp hợp tác xã
	LegalCoopGroup           // tổ hợp tác
	LegalHousehold           // hộ kinh doanh
)

// TradeGroup is one of the seven groups of ND 52/2018/NĐ-CP.
type TradeGroup uint8

const (
	TradeUnknown     TradeGroup = iota
	TradeFood                   // 1. chế biến, bảo quản nông lâm thủy sản
	TradeHandicraft             // 2. thủ công mỹ nghệ
	TradeMaterials              // 3. xử lý, chế biến nguyên vật liệu
	TradeWoodTextile            // 4. đồ gỗ, mây tre, gốm sứ, thủy tinh, dệt may, cơ khí nhỏ
	TradePlants                 // 5. sinh vật cảnh
	TradeSalt                   // 6. sản xuất muối
	TradeServices               // 7. dịch vụ phục vụ sản xuất, đời sống
)

// Source is the funding source of a project or allocation.
type Source uint8

const (
	SourceUnknown  Source = iota
	SourceNational        // KCQG
	SourceLocal           // KCĐP
)

// Category is one of the nine content groups of ND 45/2012 Art. 4.
type Category uint8

const (
	CatUnknown       Category = iota
	CatTraining               // 1. đào tạo nghề, truyền nghề
	CatCapacity               // 2. nâng cao năng lực quản lý, khởi sự
	CatMachinery              // 3. mô hình trình diễn, ứng dụng máy móc thiết bị tiên tiến
	CatTradeFair              // 4. sản phẩm tiêu biểu, hội chợ, triển lãm
	CatConsulting             // 5. tư vấn
	CatInformation            // 6. thông tin tuyên truyền
	CatLinkage                // 7. liên doanh liên kết, cụm công nghiệp
	CatInternational          // 8. hợp tác quốc tế
	CatManagement             // 9. nâng cao năng lực quản lý chương trình
)

// Status is a project's place in its lifecycle.
type Status uint8

const (
	StatusProposed   Status = iota + 1 // Đề xuất
	StatusAppraisal                    // Thẩm định
	StatusApproved                     // Phê duyệt
	StatusContracted                   // Ký hợp đồng
	StatusInProgress                   // Đang thực hiện
	StatusAccepted                     // Nghiệm thu
	StatusSettled                      // Quyết toán
	StatusAdjusted                     // Điều chỉnh
	StatusStopped                      // Dừng
	StatusRejected                     // Không phê duyệt
)

// Commits reports whether a project in this status counts against its
// source's allocation: approved and everything after it, but not schemes
// still proposed, rejected or stopped.
func (s Status) Commits() bool {
	switch s {
	case StatusApproved, StatusContracted, StatusInProgress, StatusAccepted, StatusSettled, StatusAdjusted:
		return true
	}
	return false
}

// Accepted reports whether acceptance (nghiệm thu) has happened.
func (s Status) Accepted() bool { return s == StatusAccepted || s == StatusSettled }

// PaymentKind is the kind of a disbursement.
type PaymentKind uint8

const (
	PayAdvance    PaymentKind = iota + 1 // tạm ứng
	PayPayment                           // thanh toán
	PaySettlement                        // quyết toán
)

// Role is what a user may do; the store enforces it on every write.
type Role uint8

const (
	RoleViewer Role = iota + 1
	RoleEditor
	RoleAdmin
)

// CanWrite reports whether the role may create and edit records.
func (r Role) CanWrite() bool { return r >= RoleEditor }

// CanAdmin reports whether the role may delete, restore, manage users,
// back up and read the audit trail.
func (r Role) CanAdmin() bool { return r == RoleAdmin }
