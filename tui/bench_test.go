package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"khuyencong/tui/kit"
)

// BenchmarkFormKey is one key typed into a form until the frame is drawn.
func BenchmarkFormKey(b *testing.B) {
	s := openStoreB(b)
	h := &harness{s: s, M: New(kit.Config{Store: s, Actor: editor, NoColor: true}), msgs: make(chan tea.Msg, 1<<16)}
	h.M.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.M.Update(keyPress("2"))
	h.M.Update(keyPress("n"))
	b.ResetTimer()
	for i := range b.N {
		k := "a"
		if i%20 == 19 {
			k = "ctrl+u"
		}
		h.M.Update(keyPress(k))
		_ = h.M.View()
	}
}

// BenchmarkListKey is one cursor move in the facilities tab until drawn.
func BenchmarkListKey(b *testing.B) {
	s := openStoreB(b)
	h := &harness{s: s, M: New(kit.Config{Store: s, Actor: editor, NoColor: true}), msgs: make(chan tea.Msg, 1<<16)}
	h.M.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.M.Update(keyPress("2"))
	b.ResetTimer()
	for i := range b.N {
		k := "down"
		if i%2 == 1 {
			k = "up"
		}
		h.M.Update(keyPress(k))
		_ = h.M.View()
	}
}
