package tui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/kit"
	"khuyencong/tui/lists"
)

// TestProgramEndToEnd runs the app in a real tea.Program (teatest): it
// filters, creates a facility through the form, sees another user's save
// arrive through the change feed, and quits with q. Output is only
// diffs (Bubble Tea v2 renders only changed cells), so the assertions are
// on the store and the final model.
func TestProgramEndToEnd(t *testing.T) {
	s := openStore(t)
	fill(t, s, 50)
	m := New(kit.Config{Store: s, Actor: editor, Lang: i18n.VI, NoColor: true, DBPath: "khc.db"})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii),
			tea.WithEnvironment([]string{"TERM=xterm-256color"})))
	wait := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Cơ sở 54")) },
		teatest.WithDuration(5*time.Second))

	tm.Send(keyPress("2"))
	tm.Send(keyPress("/"))
	tm.Type("tan viet")
	tm.Send(keyPress("enter"))
	tm.Send(keyPress("n"))
	tm.Type("Xưởng cơ khí Phúc Thịnh")
	tm.Send(keyPress("enter"))
	tm.Type("0100233488-011")
	tm.Send(keyPress("ctrl+s"))
	wait("the new facility", func() bool { return s.Snapshot().Facilities().Len() == 55 })

	if err := s.Create(other, &model.Facility{Name: "Hợp tác xã gốm Hương Canh"}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // the feed coalesces for 100 ms
	tm.Send(keyPress("q"))

	fm, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if !ok {
		t.Fatal("final model is not *Model")
	}
	lt := fm.tabs[1].(*lists.Tab)
	if fm.active != 1 || lt.Table.Query() != "tan viet" || fm.c.Snap.Facilities().Len() != 56 {
		t.Fatalf("final: tab %d, query %q, %d facilities", fm.active, lt.Table.Query(), fm.c.Snap.Facilities().Len())
	}
	f, _ := s.Snapshot().Facilities().Get(55)
	if f.Name != "Xưởng cơ khí Phúc Thịnh" || f.TaxCode != "0100233488-011" || f.UpdatedBy != editor.Name {
		t.Fatalf("saved %+v", *f)
	}
	if !fm.done {
		t.Fatal("q did not end the app")
	}
	fm.done = false // draw the last frame again to look at it
	scr := ansi.Strip(fm.View().Content)
	for _, want := range []string{"Cơ sở 56", "1 / 56", "Cơ khí Tân V"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("final screen lacks %q:\n%s", want, scr)
		}
	}
}
