package exchange

import (
	"strings"
	"unicode"

	"khuyencong/model"
	"khuyencong/vntext"
)

// legalHints name a legal form in the words of a facility's name, as the
// Enterprise Law 2020 (Luật Doanh nghiệp 59/2020/QH14) and the Cooperative
// Law 2023 (Luật Hợp tác xã 17/2023/QH15) make names begin: "Công ty
// TNHH", "Công ty cổ phần", "Doanh nghiệp tư nhân", "Hợp tác xã", "Tổ hợp
// tác", and household businesses "Hộ kinh doanh". Longer phrases come first
// ("liên hiệp hợp tác xã" before "hợp tác xã"). Words are folded.
var legalHints = []struct {
	words string
	form  model.LegalForm
}{
	{"lien hiep hop tac xa", model.LegalCoopUnion},
	{"lien hiep htx", model.LegalCoopUnion},
	{"lhhtx", model.LegalCoopUnion},
	{"to hop tac", model.LegalCoopGroup},
	{"tht", model.LegalCoopGroup},
	{"hop tac xa", model.LegalCoop},
	{"htx", model.LegalCoop},
	{"ho kinh doanh", model.LegalHousehold},
	{"hkd", model.LegalHousehold},
	{"ho ca the", model.LegalHousehold},
	{"cong ty", model.LegalSME},
	{"cty", model.LegalSME},
	{"tnhh", model.LegalSME},
	{"ctcp", model.LegalSME},
	{"doanh nghiep tu nhan", model.LegalSME},
	{"dntn", model.LegalSME},
}

// guessLegalForm reads the legal form from a name ("Công ty TNHH Tân
// Việt", "HTX Mây tre Đồng Tâm"), matching whole words only.
func guessLegalForm(name string) (model.LegalForm, bool) {
	words := " " + strings.Join(strings.FieldsFunc(vntext.Fold(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
	for _, h := range legalHints {
		if strings.Contains(words, " "+h.words+" ") {
			return h.form, true
		}
	}
	return 0, false
}
