package kit

import (
	"testing"

	"khuyencong/model"
	"khuyencong/store"
)

// TestBarsRedrawnOnChange: the bars are kept between frames, and drawn
// again when a title, the active tab, the width or the message changes,
// each time as drawing them anew would.
func TestBarsRedrawnOnChange(t *testing.T) {
	st := NewStyles(true, false, false)
	tabs := []Tab{fakeTab{title: "Tổng quan"}, fakeCounted{fakeTab{title: "Cơ sở 20.003", short: "Cơ sở"}}}
	check := func(what string, active, width int) {
		t.Helper()
		if got, want := TabBar(st, tabs, active, width), tabBar(st, tabs, active, width); got != want {
			t.Fatalf("%s: tab bar %q, drawn anew %q", what, got, want)
		}
	}
	check("first", 0, 80)
	check("again", 0, 80)
	tabs[1] = fakeCounted{fakeTab{title: "Cơ sở 20.004", short: "Cơ sở"}}
	check("a count changed", 0, 80)
	check("another tab", 1, 80)
	check("narrower", 1, 20)

	c := &Session{Config: Config{Actor: store.Actor{Name: "lan", Role: model.RoleEditor}, DBPath: "/srv/khc.db"}, Styles: st}
	for _, s := range []Status{{}, {Level: LevelInfo, Text: "Đã lưu"}, {Level: LevelError, Text: "Đã lưu"}, {Level: LevelError, Text: "Xung đột"}} {
		for _, w := range []int{100, 100, 40} {
			if got, want := StatusBar(c, s, w), statusBar(c, s, w); got != want {
				t.Fatalf("status %+v at %d: %q, drawn anew %q", s, w, got, want)
			}
		}
	}
}
