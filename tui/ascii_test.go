package tui

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"khuyencong/i18n"
	"khuyencong/tui/kit"
)

// nonASCII lists the symbols of screen that a terminal without UTF-8
// cannot draw: anything outside ASCII except Vietnamese letters (the
// records' own text, which --ascii does not change).
func nonASCII(screen string) []string {
	seen := map[rune]bool{}
	var bad []string
	for i, line := range strings.Split(screen, "\n") {
		for _, r := range line {
			if r < 0x80 || vietLetter(r) || seen[r] {
				continue
			}
			seen[r] = true
			bad = append(bad, fmt.Sprintf("%q (U+%04X) on line %d: %s", r, r, i+1, line))
		}
	}
	return bad
}

// vietLetter is a letter of the Latin blocks Vietnamese is written with
// (Latin-1, Extended-A/B, Extended Additional: ă â đ ê ô ơ ư and the toned
// vowels).
func vietLetter(r rune) bool {
	return unicode.IsLetter(r) && (r >= 0xC0 && r <= 0x24F || r >= 0x1E00 && r <= 0x1EFF)
}

// TestASCIIDrawsNoSymbols renders every tab, the ? page, a form and the
// dialogs at 80×24 with --ascii and fails on any symbol outside ASCII
// (issue 18, point 6).
func TestASCIIDrawsNoSymbols(t *testing.T) {
	s := openStore(t)
	fill(t, s, 30)
	ascii := func(c *kit.Config) { c.ASCII = true }
	screens := [][]string{
		{"1"}, {"1", "pgdown"}, {"2"}, {"2", "s"}, {"2", "enter"}, {"3"}, {"3", "s"}, {"4"}, {"4", "p"}, {"4", "["}, {"5"},
		{"?"}, {"2", "n"}, {"2", "n", "enter", "enter", "enter"}, {"3", "n"}, {"4", "n"}, {"4", "p", "n"},
		{"2", "d"}, {"2", "n", "x", "esc"}, {"2", "x"}, {"2", "i"},
	}
	for _, lang := range []func(*kit.Config){func(*kit.Config) {}, func(c *kit.Config) { c.Lang = i18n.EN }} {
		for _, keys := range screens {
			h := start(t, s, admin, 80, 24, ascii, lang)
			h.keys(keys...)
			if bad := nonASCII(h.screen()); len(bad) > 0 {
				t.Errorf("keys %v:\n%s\n%s", keys, strings.Join(bad, "\n"), h.screen())
			}
		}
	}
}
