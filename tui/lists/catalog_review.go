package lists

import "khuyencong/i18n"

// The facilities tab's review of old addresses.
const MsgHelpReview i18n.Key = "tui.lists.help_review_units"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgHelpReview: {"rà soát địa chỉ cũ", "review old addresses"},
	})
}
