package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"khuyencong/i18n"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// harness drives the real Model the way a program does: every command
// runs in its own goroutine and its message comes back to Update. It
// stands in for tea.Program so that a test can look at the screen
// between keys (teatest only gives the final model).
type harness struct {
	Records *testing.T
	s       *store.Store
	M       *Model
	msgs    chan tea.Msg
	quit    bool
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// start builds the app for actor at w×h over s and runs Init.
func start(t *testing.T, s *store.Store, actor store.Actor, width, height int, opts ...func(*kit.Config)) *harness {
	t.Helper()
	cfg := kit.Config{Store: s, Actor: actor, Lang: i18n.VI, NoColor: true, DBPath: "/srv/khuyencong/khc.db",
		Now: func() time.Time { return time.Date(2026, 5, 12, 9, 30, 0, 0, time.UTC) }}
	for _, o := range opts {
		o(&cfg)
	}
	h := &harness{Records: t, s: s, M: New(cfg), msgs: make(chan tea.Msg, 1024)}
	t.Cleanup(h.M.Close)
	h.run(h.M.Init())
	h.handle(tea.WindowSizeMsg{Width: width, Height: height})
	h.settle()
	return h
}

func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() { h.msgs <- cmd() }()
}

func (h *harness) handle(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
		return
	case tea.QuitMsg:
		h.quit = true
		return
	}
	// tea.Sequence's message is unexported: a slice of commands run in order.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		cmds := make([]tea.Cmd, v.Len())
		for i := range cmds {
			cmds[i], _ = v.Index(i).Interface().(tea.Cmd)
		}
		go func() {
			for _, c := range cmds {
				if c != nil {
					h.msgs <- c()
				}
			}
		}()
		return
	}
	_, cmd := h.M.Update(msg)
	h.run(cmd)
}

// settle processes messages until none comes for a while.
func (h *harness) settle() {
	for {
		select {
		case msg := <-h.msgs:
			h.handle(msg)
		case <-time.After(60 * time.Millisecond):
			return
		}
	}
}

// until processes messages until cond holds; it fails after 5 s.
func (h *harness) until(what string, cond func() bool) {
	h.Records.Helper()
	deadline := time.After(5 * time.Second)
	for !cond() {
		select {
		case msg := <-h.msgs:
			h.handle(msg)
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			h.Records.Fatalf("waiting for %s; screen:\n%s", what, h.screen())
		}
	}
}

func (h *harness) send(msgs ...tea.Msg) {
	for _, m := range msgs {
		h.handle(m)
	}
	h.settle()
}

// keys sends key presses by name ("enter", "tab", "ctrl+s", "a"), each
// once the previous one's work is done, as a person types.
func (h *harness) keys(names ...string) {
	for _, n := range names {
		h.handle(keyPress(n))
		h.settle()
	}
}

// typ types text one rune at a time, as a terminal sends it.
func (h *harness) typ(s string) {
	for _, r := range s {
		h.handle(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	h.settle()
}

func keyPress(n string) tea.KeyPressMsg {
	special := map[string]tea.KeyPressMsg{
		"enter": {Code: tea.KeyEnter}, "tab": {Code: tea.KeyTab}, "shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"esc": {Code: tea.KeyEscape}, "up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown},
		"left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight}, "space": {Code: tea.KeySpace, Text: " "},
		"backspace": {Code: tea.KeyBackspace}, "pgdown": {Code: tea.KeyPgDown}, "home": {Code: tea.KeyHome},
		"end": {Code: tea.KeyEnd}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl}, "ctrl+s": {Code: 's', Mod: tea.ModCtrl},
		"ctrl+u": {Code: 'u', Mod: tea.ModCtrl}, "shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
	}
	if k, ok := special[n]; ok {
		return k
	}
	r := []rune(n)[0]
	return tea.KeyPressMsg{Code: r, Text: n}
}

// screen is the current frame without colours or attributes.
func (h *harness) screen() string { return ansi.Strip(h.M.View().Content) }

func (h *harness) see(want ...string) {
	h.Records.Helper()
	scr := h.screen()
	for _, w := range want {
		if !strings.Contains(scr, w) {
			h.Records.Fatalf("screen lacks %q:\n%s", w, scr)
		}
	}
}

func (h *harness) notSee(bad ...string) {
	h.Records.Helper()
	scr := h.screen()
	for _, b := range bad {
		if strings.Contains(scr, b) {
			h.Records.Fatalf("screen shows %q:\n%s", b, scr)
		}
	}
}
