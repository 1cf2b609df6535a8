package model

import (
	"khuyencong/i18n"
	"khuyencong/vntext"
	"strings"
)

// label is a value's name in both UI languages plus the short code used in
// tables and files.
type label struct{ Code, VI, EN string }

var legalForms = []label{
	LegalUnknown:   {"", "Chưa rõ", "Unknown"},
	LegalSME:       {"DNNVV", "Doanh nghiệp nhỏ và vừa", "Small or medium enterprise"},
	LegalCoop:      {"HTX", "Hợp tác xã", "Cooperative"},
	LegalCoopUnion: {"LHHTX", "Liên hiệp hợp tác xã", "Union of cooperatives"},
	LegalCoopGroup: {"THT", "Tổ hợp tác", "Cooperative group"},
	LegalHousehold: {"HKD", "Hộ kinh doanh", "Household business"},
}

var tradeGroups = []label{
	TradeUnknown:     {"", "Chưa rõ", "Unknown"},
	TradeFood:        {"1", "Chế biến, bảo quản nông lâm thủy sản", "Farm, forest and fishery processing"},
	TradeHandicraft:  {"2", "Sản xuất hàng thủ công mỹ nghệ", "Fine-art handicrafts"},
	TradeMaterials:   {"3", "Xử lý, chế biến nguyên vật liệu", "Processing of raw materials"},
	TradeWoodTextile: {"4", "Gỗ, mây tre, gốm sứ, dệt may, cơ khí nhỏ", "Wood, rattan, ceramics, textiles, small engineering"},
	TradePlants:      {"5", "Sinh vật cảnh", "Ornamental plants and animals"},
	TradeSalt:        {"6", "Sản xuất muối", "Salt production"},
	TradeServices:    {"7", "Dịch vụ phục vụ sản xuất, đời sống", "Rural services"},
}

var sources = []label{
	SourceUnknown:  {"", "Chưa rõ", "Unknown"},
	SourceNational: {"KCQG", "Khuyến công quốc gia", "National programme"},
	SourceLocal:    {"KCĐP", "Khuyến công địa phương", "Provincial programme"},
}

var categories = []label{
	CatUnknown:       {"", "Chưa rõ", "Unknown"},
	CatTraining:      {"1", "Đào tạo nghề, truyền nghề", "Vocational training"},
	CatCapacity:      {"2", "Nâng cao năng lực, khởi sự doanh nghiệp", "Capacity building, start-ups"},
	CatMachinery:     {"3", "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến", "Demonstration models, advanced machinery"},
	CatTradeFair:     {"4", "Hội chợ, triển lãm, sản phẩm tiêu biểu", "Trade fairs, typical products"},
	CatConsulting:    {"5", "Tư vấn", "Consulting"},
	CatInformation:   {"6", "Thông tin tuyên truyền", "Information and publicity"},
	CatLinkage:       {"7", "Liên kết, cụm công nghiệp", "Linkage, industrial clusters"},
	CatInternational: {"8", "Hợp tác quốc tế", "International cooperation"},
	CatManagement:    {"9", "Quản lý chương trình", "Programme management"},
}

var statuses = []label{
	0:                {"", "Chưa rõ", "Unknown"},
	StatusProposed:   {"DX", "Đề xuất", "Proposed"},
	StatusAppraisal:  {"TĐ", "Thẩm định", "Appraisal"},
	StatusApproved:   {"PD", "Phê duyệt", "Approved"},
	StatusContracted: {"HĐ", "Ký hợp đồng", "Contracted"},
	StatusInProgress: {"TH", "Đang thực hiện", "In progress"},
	StatusAccepted:   {"NT", "Nghiệm thu", "Accepted"},
	StatusSettled:    {"QT", "Quyết toán", "Settled"},
	StatusAdjusted:   {"ĐC", "Điều chỉnh", "Adjusted"},
	StatusStopped:    {"DG", "Dừng", "Stopped"},
	StatusRejected:   {"KPD", "Không phê duyệt", "Not approved"},
}

var paymentKinds = []label{
	0:             {"", "Chưa rõ", "Unknown"},
	PayAdvance:    {"TU", "Tạm ứng", "Advance"},
	PayPayment:    {"TT", "Thanh toán", "Payment"},
	PaySettlement: {"QT", "Quyết toán", "Settlement"},
}

var roles = []label{
	0:          {"", "Chưa rõ", "Unknown"},
	RoleViewer: {"viewer", "Xem", "Viewer"},
	RoleEditor: {"editor", "Biên tập", "Editor"},
	RoleAdmin:  {"admin", "Quản trị", "Admin"},
}

func pick(table []label, i int, lang i18n.Lang) string {
	if i < 0 || i >= len(table) {
		i = 0
	}
	if lang == i18n.EN {
		return table[i].EN
	}
	return table[i].VI
}

func code(table []label, i int) string {
	if i < 0 || i >= len(table) {
		return ""
	}
	return table[i].Code
}

// parseLabel finds a value by code or by either language's label, ignoring
// case and diacritics, so that "kcdp", "KCĐP" and "Khuyen cong dia phuong"
// all name the same source.
func parseLabel(table []label, s string) (int, bool) {
	key := vntext.Fold(strings.TrimSpace(s))
	if key == "" {
		return 0, false
	}
	for i, l := range table {
		if i == 0 && l.Code == "" {
			continue
		}
		if key == vntext.Fold(l.Code) || key == vntext.Fold(l.VI) || key == vntext.Fold(l.EN) {
			return i, true
		}
	}
	return 0, false
}

func (v LegalForm) Label(l i18n.Lang) string   { return pick(legalForms, int(v), l) }
func (v TradeGroup) Label(l i18n.Lang) string  { return pick(tradeGroups, int(v), l) }
func (v Source) Label(l i18n.Lang) string      { return pick(sources, int(v), l) }
func (v Category) Label(l i18n.Lang) string    { return pick(categories, int(v), l) }
func (v Status) Label(l i18n.Lang) string      { return pick(statuses, int(v), l) }
func (v PaymentKind) Label(l i18n.Lang) string { return pick(paymentKinds, int(v), l) }
func (v Role) Label(l i18n.Lang) string        { return pick(roles, int(v), l) }

func (v LegalForm) Code() string   { return code(legalForms, int(v)) }
func (v TradeGroup) Code() string  { return code(tradeGroups, int(v)) }
func (v Source) Code() string      { return code(sources, int(v)) }
func (v Category) Code() string    { return code(categories, int(v)) }
func (v Status) Code() string      { return code(statuses, int(v)) }
func (v PaymentKind) Code() string { return code(paymentKinds, int(v)) }
func (v Role) String() string      { return code(roles, int(v)) }

// ParseLegalForm and its siblings accept a code or a label in either
// language; ok is false for anything else.
func ParseLegalForm(s string) (LegalForm, bool) {
	i, ok := parseLabel(legalForms, s)
	return LegalForm(i), ok
}
func ParseTradeGroup(s string) (TradeGroup, bool) {
	i, ok := parseLabel(tradeGroups, s)
	return TradeGroup(i), ok
}
func ParseSource(s string) (Source, bool) { i, ok := parseLabel(sources, s); return Source(i), ok }
func ParseCategory(s string) (Category, bool) {
	i, ok := parseLabel(categories, s)
	return Category(i), ok
}
func ParseStatus(s string) (Status, bool) { i, ok := parseLabel(statuses, s); return Status(i), ok }
func ParsePaymentKind(s string) (PaymentKind, bool) {
	i, ok := parseLabel(paymentKinds, s)
	return PaymentKind(i), ok
}
func ParseRole(s string) (Role, bool) { i, ok := parseLabel(roles, s); return Role(i), ok }

// Value lists for selects, in display order (unknown first where allowed).
var (
	AllLegalForms   = []LegalForm{LegalSME, LegalCoop, LegalCoopUnion, LegalCoopGroup, LegalHousehold}
	AllTradeGroups  = []TradeGroup{TradeFood, TradeHandicraft, TradeMaterials, TradeWoodTextile, TradePlants, TradeSalt, TradeServices}
	AllSources      = []Source{SourceNational, SourceLocal}
	AllCategories   = []Category{CatTraining, CatCapacity, CatMachinery, CatTradeFair, CatConsulting, CatInformation, CatLinkage, CatInternational, CatManagement}
	AllStatuses     = []Status{StatusProposed, StatusAppraisal, StatusApproved, StatusContracted, StatusInProgress, StatusAccepted, StatusSettled, StatusAdjusted, StatusStopped, StatusRejected}
	AllPaymentKinds = []PaymentKind{PayAdvance, PayPayment, PaySettlement}
	AllRoles        = []Role{RoleViewer, RoleEditor, RoleAdmin}
)
