package model

import "khuyencong/i18n"

var contestLevels = []label{
	0:             {"", "Chưa rõ", "Unknown"},
	LevelCommune:  {"XA", "Cấp xã", "Commune level"},
	LevelProvince: {"TINH", "Cấp tỉnh", "Provincial level"},
	LevelRegion:   {"KV", "Cấp khu vực", "Regional level"},
	LevelNational: {"QG", "Cấp quốc gia", "National level"},
}

var productGroups = []label{
	0:               {"", "Chưa rõ", "Unknown"},
	GroupHandicraft: {"TCMN", "Thủ công mỹ nghệ", "Handicrafts"},
	GroupFood:       {"CBNLTS", "Chế biến nông lâm thủy sản, thực phẩm", "Processed agro-forestry-fishery food"},
	GroupMachinery:  {"CK", "Máy móc, thiết bị, phụ tùng cơ khí", "Machinery and mechanical parts"},
	GroupOther:      {"KHAC", "Sản phẩm khác", "Other products"},
}

var roundStatuses = []label{
	0:                 {"", "Chưa rõ", "Unknown"},
	RoundPlanned:      {"KH", "Kế hoạch", "Planned"},
	RoundRegistration: {"NHS", "Đang nhận hồ sơ", "Registration open"},
	RoundScoring:      {"CD", "Đang chấm điểm", "Scoring"},
	RoundPublished:    {"CB", "Đã công bố", "Published"},
}

func (v ContestLevel) Label(l i18n.Lang) string { return pick(contestLevels, int(v), l) }
func (v ProductGroup) Label(l i18n.Lang) string { return pick(productGroups, int(v), l) }
func (v RoundStatus) Label(l i18n.Lang) string  { return pick(roundStatuses, int(v), l) }

func (v ContestLevel) Code() string { return code(contestLevels, int(v)) }
func (v ProductGroup) Code() string { return code(productGroups, int(v)) }
func (v RoundStatus) Code() string  { return code(roundStatuses, int(v)) }

func ParseContestLevel(s string) (ContestLevel, bool) {
	i, ok := parseLabel(contestLevels, s)
	return ContestLevel(i), ok
}
func ParseProductGroup(s string) (ProductGroup, bool) {
	i, ok := parseLabel(productGroups, s)
	return ProductGroup(i), ok
}
func ParseRoundStatus(s string) (RoundStatus, bool) {
	i, ok := parseLabel(roundStatuses, s)
	return RoundStatus(i), ok
}

var (
	AllContestLevels = []ContestLevel{LevelCommune, LevelProvince, LevelRegion, LevelNational}
	AllProductGroups = []ProductGroup{GroupHandicraft, GroupFood, GroupMachinery, GroupOther}
	AllRoundStatuses = []RoundStatus{RoundPlanned, RoundRegistration, RoundScoring, RoundPublished}
)
