package model

import "khuyencong/i18n"

// Messages of the rules table (dated support norms) and its warnings.
const (
	MsgRuleMissingColumns i18n.Key = "rules.missing_columns"
	MsgRuleBadValue       i18n.Key = "rules.bad_value"

	MsgWarnRuleShare    i18n.Key = "warn.rule_share"
	MsgWarnRuleFacility i18n.Key = "warn.rule_facility"
	MsgWarnRuleProject  i18n.Key = "warn.rule_project"
	MsgWarnRuleAdvance  i18n.Key = "warn.rule_advance"
	MsgWarnNoRule       i18n.Key = "warn.no_rule"
	MsgKindNoRule       i18n.Key = "warn.kind.no_rule"
)

// ruleFieldNames are the rules table's own fields (the others it shares
// with projects); the catalog test checks their labels.
var ruleFieldNames = []string{
	"rule_item", "rule_basis", "rule_share", "rule_ceiling", "rule_per", "rule_advance",
	"rule_from", "rule_to",
}

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgRuleMissingColumns: {"Bảng định mức thiếu cột: %s", "The rules table lacks the columns: %s"},
		MsgRuleBadValue:       {"Không đọc được “%s”", "Cannot read “%s”"},

		MsgWarnRuleShare: {"Đề án %s: hỗ trợ %s, vượt %d%% chi phí (%s) theo định mức “%s” (%s)",
			"Project %s: support of %s is more than %d%% of the cost (%s) under the norm “%s” (%s)"},
		MsgWarnRuleFacility: {"Đề án %s: hỗ trợ %s, vượt mức tối đa %s cho %d cơ sở theo định mức “%s” (%s)",
			"Project %s: support of %s is more than the maximum of %s for %d facilities under the norm “%s” (%s)"},
		MsgWarnRuleProject: {"Đề án %s: hỗ trợ %s, vượt mức tối đa %s một đề án theo định mức “%s” (%s)",
			"Project %s: support of %s is more than the maximum of %s per project under the norm “%s” (%s)"},
		MsgWarnRuleAdvance: {"Đề án %s: tạm ứng %s khi chưa nghiệm thu, vượt %d%% kinh phí hỗ trợ (%s) theo định mức “%s” (%s)",
			"Project %s: %s advanced before acceptance, more than %d%% of its support (%s) under the norm “%s” (%s)"},
		MsgWarnNoRule: {"Đề án %s: nội dung %s không có định mức nào có hiệu lực ngày %s",
			"Project %s: category %s has no norm in force on %s"},
		MsgKindNoRule: {"Không có định mức", "No norm in force"},

		"field.rule_item":    {"Hạng mục", "Item"},
		"field.rule_basis":   {"Căn cứ", "Legal basis"},
		"field.rule_share":   {"Tỷ lệ hỗ trợ (%)", "Share (%)"},
		"field.rule_ceiling": {"Mức tối đa", "Ceiling"},
		"field.rule_per":     {"Tính theo", "Per"},
		"field.rule_advance": {"Tạm ứng trước nghiệm thu (%)", "Advance before acceptance (%)"},
		"field.rule_from":    {"Hiệu lực từ", "In force from"},
		"field.rule_to":      {"Hiệu lực đến", "In force to"},
	})
}
