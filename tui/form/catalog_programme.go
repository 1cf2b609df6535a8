package form

import "khuyencong/i18n"

// MsgProgrammeByFund is the project form's "no programme named" choice.
const MsgProgrammeByFund i18n.Key = "form.programme.by_fund"

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgProgrammeByFund: {"(theo nguồn vốn và năm)", "(by fund and year)"},
	})
}
