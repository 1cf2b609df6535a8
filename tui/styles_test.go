package tui

import (
	"image/color"
	"regexp"
	"testing"

	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
)

// colourSGR finds a foreground or background colour in an SGR sequence.
var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)

func TestNoColorHasNoColours(t *testing.T) {
	s := openStore(t)
	fill(t, s, 20)
	for _, noColor := range []bool{true, false} {
		h := start(t, s, admin, 120, 40, func(c *kit.Config) { c.NoColor = noColor })
		for _, k := range []string{"2", "enter", "esc", "3", "n"} {
			h.keys(k)
			got := colourSGR.MatchString(h.M.View().Content)
			if got == noColor {
				t.Fatalf("NoColor=%v, after %q: colours present = %v", noColor, k, got)
			}
		}
	}
}

func TestBackgroundChangesStyles(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, admin, 80, 24, func(c *kit.Config) { c.NoColor = false })
	if !h.M.c.Styles.IsDark {
		t.Fatal("styles should start dark")
	}
	dark := h.M.View().Content
	h.send(tea.BackgroundColorMsg{Color: color.White})
	if h.M.c.Styles.IsDark {
		t.Fatal("a white background left dark styles")
	}
	h.keys("2", "n")
	if h.M.View().Content == dark {
		t.Fatal("nothing changed")
	}
	h.see("Thêm cơ sở")
}

func TestDropColours(t *testing.T) {
	cases := map[string]string{
		"\x1b[1;38;5;240mx\x1b[m":          "\x1b[1mx\x1b[m",
		"\x1b[38;2;1;2;3;4mx":              "\x1b[4mx",
		"\x1b[37m> \x1b[m":                 "> \x1b[m",
		"\x1b[7;48;5;17;97mx\x1b[0m":       "\x1b[7mx\x1b[0m",
		"plain":                            "plain",
		"\x1b[2;3mfaint italic\x1b[22;23m": "\x1b[2;3mfaint italic\x1b[22;23m",
	}
	for in, want := range cases {
		if got := kit.DropColours(in); got != want {
			t.Errorf("dropColours(%q) = %q, want %q", in, got, want)
		}
	}
}
