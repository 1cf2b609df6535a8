package server

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"

	"khuyencong/i18n"
	"khuyencong/tui"
)

// program builds the session's own Bubble Tea program over the shared
// store. Options after MakeOptions win (the last of each kind applies):
// output the server can cut (output.go); no per-session signal handler,
// since one SIGTERM would otherwise quit every session before the server
// can say why; and a filter that records input for the idle timeout.
func (s *Server) program(sess ssh.Session) *tea.Program {
	st, _ := sess.Context().Value(sessionKey{}).(*session)
	if st == nil {
		return nil
	}
	env := sess.Environ()
	m := tui.New(tui.Config{
		Store:   s.cfg.Store,
		Actor:   actorOf(sess),
		Lang:    sessionLang(env, s.cfg.Lang),
		ASCII:   s.cfg.ASCII || envSet(env, "KHUYENCONG_ASCII"),
		NoColor: envSet(env, "NO_COLOR"),
		Mouse:   true,
		DBPath:  s.cfg.Store.Path(),
		// Ends the app's wait on the store's change feed with the session.
		Context: sess.Context(),
	})
	out := newCutWriter(sess)
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithOutput(out),
		tea.WithoutSignalHandler(),
		tea.WithFilter(inputFilter(st)),
		// Bubble Tea redraws on a 60 fps ticker by default; over SSH, with
		// fifty sessions open, those ticks are most of an idle server's CPU,
		// and a frame every 33 ms is still quicker than the network.
		tea.WithFPS(sshFPS),
	)
	p := tea.NewProgram(m, opts...)
	st.attach(p, out)
	go s.watchIdle(sess, st)
	return p
}

// sshFPS is the frame rate of an SSH session (see New's options).
const sshFPS = 30

// inputFilter notes user input for the idle timeout. It replaces
// MakeOptions' filter (the last WithFilter wins), so it also keeps ctrl+z
// from suspending a program that has no shell to return to.
func inputFilter(st *session) func(tea.Model, tea.Msg) tea.Msg {
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch msg.(type) {
		case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.PasteMsg:
			st.touch()
		case tea.SuspendMsg:
			return tea.ResumeMsg{}
		}
		return msg
	}
}

// sessionLang lets a client pick the language with KHUYENCONG_LANG (sent
// with SendEnv / SetEnv); otherwise the server's default applies.
func sessionLang(env []string, def i18n.Lang) i18n.Lang {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "KHUYENCONG_LANG="); ok {
			if l, ok := i18n.ParseLang(v); ok {
				return l
			}
		}
	}
	return def
}

func envSet(env []string, name string) bool {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, name+"="); ok && v != "" {
			return true
		}
	}
	return false
}
