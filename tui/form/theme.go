package form

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/tui/kit"
)

// formTheme is huh's theme for this session: the Charm colours (or none),
// fields packed one after another so a record fits on a small screen, and
// ASCII borders when asked. huh asks for the theme in every field's View,
// so each background's styles are built once and kept.
func formTheme(st *kit.Styles) huh.Theme {
	var cache [2]*huh.Styles
	build := themeStyles(st.NoColor, st.Ascii)
	return huh.ThemeFunc(func(isDark bool) *huh.Styles {
		i := 0
		if isDark {
			i = 1
		}
		if cache[i] == nil {
			cache[i] = build(isDark)
		}
		return cache[i]
	})
}

func themeStyles(noColor, ascii bool) func(bool) *huh.Styles {
	return func(isDark bool) *huh.Styles {
		t := huh.ThemeCharm(isDark)
		if noColor {
			t = huh.ThemeBase(isDark)
			t.Focused.Title = t.Focused.Title.Bold(true)
			t.Focused.FocusedButton = lipgloss.NewStyle().Padding(0, 2).Reverse(true)
			t.Focused.BlurredButton = lipgloss.NewStyle().Padding(0, 2)
			t.Focused.TextInput.Placeholder = lipgloss.NewStyle().Faint(true)
			t.Blurred.FocusedButton = t.Focused.BlurredButton
			t.Blurred.BlurredButton = t.Focused.BlurredButton
			t.Blurred.TextInput.Placeholder = t.Focused.TextInput.Placeholder
		}
		t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
		if ascii {
			t.Focused.Base = t.Focused.Base.BorderStyle(lipgloss.ASCIIBorder())
			t.Focused.Card = t.Focused.Base
			t.Focused.NextIndicator = t.Focused.NextIndicator.SetString(">")
			t.Focused.PrevIndicator = t.Focused.PrevIndicator.SetString("<")
		}
		t.Focused.ErrorIndicator = t.Focused.ErrorIndicator.SetString(" ✗")
		if ascii {
			t.Focused.ErrorIndicator = t.Focused.ErrorIndicator.SetString(" x")
		}
		t.Blurred.ErrorIndicator = t.Focused.ErrorIndicator
		return t
	}
}
