package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"khuyencong/store"
	"khuyencong/tui/kit"
)

// OpenFunc opens the store; Loading runs it off the UI goroutine.
type OpenFunc func() (*store.Store, error)

// Loading is the program's model while the database opens: with a million
// records the read model takes about half a second to load, and the first
// frame should not wait for it. Once the store is open it becomes the app
// (New), handing over the size and background it has seen.
type Loading struct {
	cfg   kit.Config
	open  OpenFunc
	start time.Time
	spin  spinner.Model
	app   *Model
	err   error
	size  *tea.WindowSizeMsg
	bg    *tea.BackgroundColorMsg
	// typed holds keys pressed while loading, for the app: staff type
	// "2/tan viet" without waiting for the screen.
	typed []tea.Msg
}

type openedMsg struct {
	s   *store.Store
	err error
}

// NewLoading shows a loading screen until open returns, then the app with
// cfg (its Store set to the opened one).
func NewLoading(cfg kit.Config, open OpenFunc) *Loading {
	return &Loading{cfg: cfg, open: open, start: cfg.Time(), spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
}

// Store is the opened store (nil before it opens or if it failed), for the
// caller to close after the program ends.
func (l *Loading) Store() *store.Store {
	if l.app == nil {
		return nil
	}
	return l.app.c.Config.Store
}

// Err is why the store did not open.
func (l *Loading) Err() error { return l.err }

// Close stops the app's feed once it runs.
func (l *Loading) Close() {
	if l.app != nil {
		l.app.Close()
	}
}

func (l *Loading) Init() tea.Cmd {
	open := l.open
	return tea.Batch(l.spin.Tick, tea.RequestBackgroundColor, func() tea.Msg {
		s, err := open()
		return openedMsg{s: s, err: err}
	})
}

func (l *Loading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if l.app != nil {
		return l.app.Update(msg)
	}
	switch msg := msg.(type) {
	case openedMsg:
		if msg.err != nil {
			l.err = msg.err
			return l, tea.Quit
		}
		cfg := l.cfg
		cfg.Store = msg.s
		l.app = New(cfg)
		cmds := []tea.Cmd{l.app.Init()}
		for _, m := range append([]tea.Msg{l.sizeMsg(), l.bgMsg()}, l.typed...) {
			if m != nil {
				_, cmd := l.app.Update(m)
				cmds = append(cmds, cmd)
			}
		}
		return l, tea.Batch(cmds...)
	case tea.WindowSizeMsg:
		l.size = &msg
	case tea.BackgroundColorMsg:
		l.bg = &msg
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return l, tea.Quit
		}
		l.typed = append(l.typed, msg)
	case spinner.TickMsg:
		var cmd tea.Cmd
		l.spin, cmd = l.spin.Update(msg)
		return l, cmd
	}
	return l, nil
}

func (l *Loading) sizeMsg() tea.Msg {
	if l.size == nil {
		return nil
	}
	return *l.size
}

func (l *Loading) bgMsg() tea.Msg {
	if l.bg == nil {
		return nil
	}
	return *l.bg
}

func (l *Loading) View() tea.View {
	if l.app != nil {
		return l.app.View()
	}
	text := l.cfg.Lang.T(MsgLoading, l.cfg.DBPath)
	elapsed := l.cfg.Time().Sub(l.start).Round(100 * time.Millisecond)
	line := fmt.Sprintf("%s %s  %s", l.spin.View(), text, elapsed)
	w, h := 80, 24
	if l.size != nil {
		w, h = l.size.Width, l.size.Height
	}
	v := tea.NewView(lipgloss.Place(max(w, 0), max(h, 0), lipgloss.Center, lipgloss.Center, line))
	v.AltScreen = true
	return v
}
