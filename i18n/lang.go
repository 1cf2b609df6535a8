package i18n

import "strings"

// Lang is a UI language.
type Lang uint8

const (
	VI Lang = iota // Vietnamese, the default
	EN
)

// ParseLang accepts "vi" or "en" (any case); the empty string is the
// default, Vietnamese.
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "vi":
		return VI, true
	case "en":
		return EN, true
	}
	return VI, false
}
