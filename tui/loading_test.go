package tui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/i18n"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// TestLoadingThenApp: the first frame is drawn before the store opens; once
// it opens, the app takes over at the size already known.
func TestLoadingThenApp(t *testing.T) {
	s := openStore(t)
	fill(t, s, 10)
	l := NewLoading(kit.Config{Actor: admin, Lang: i18n.VI, NoColor: true, DBPath: "kc.db"}, func() (*store.Store, error) { return s, nil })
	t.Cleanup(l.Close)
	l.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := ansi.Strip(l.View().Content); !strings.Contains(v, "Đang mở kc.db") {
		t.Fatalf("loading screen:\n%s", v)
	}
	l.Update(tea.KeyPressMsg{Code: '2', Text: "2"}) // typed before the records are there
	l.Update(openedMsg{s: s})
	v := ansi.Strip(l.View().Content)
	if !strings.Contains(v, "Tổng quan") || !strings.Contains(v, "Bao bì Atlantic") || l.Store() != s {
		t.Fatalf("app after loading:\n%s", v)
	}
	if lines := strings.Split(v, "\n"); len(lines) != 24 {
		t.Fatalf("app drawn at %d lines, want the 24 the loader was told", len(lines))
	}
}

func TestLoadingFailureQuits(t *testing.T) {
	l := NewLoading(kit.Config{Actor: admin, Lang: i18n.EN}, nil)
	_, cmd := l.Update(openedMsg{err: errors.New("database is in use")})
	if l.Err() == nil || cmd == nil {
		t.Fatal("a failed open did not end the program with its error")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("a failed open did not quit")
	}
	if l.Store() != nil {
		t.Fatal("a store after a failed open")
	}
}
