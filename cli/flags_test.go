package cli

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

func TestParseFlags(t *testing.T) {
	cases := []struct {
		args    []string
		year    int
		verbose bool
		files   []string
		pos     []string
	}{
		{[]string{"a", "--year", "2022", "b"}, 2022, false, nil, []string{"a", "b"}},
		{[]string{"--year=2021", "-v", "a"}, 2021, true, nil, []string{"a"}},
		{[]string{"-year", "7", "--v=false"}, 7, false, nil, nil},
		{[]string{"--f", "x", "a", "--f=y"}, 0, false, []string{"x", "y"}, []string{"a"}},
		{[]string{"a", "--", "--year", "-"}, 0, false, nil, []string{"a", "--year", "-"}},
		{[]string{"-", "b"}, 0, false, nil, []string{"-", "b"}},
	}
	for _, c := range cases {
		fs := newFlagSet("t")
		year := fs.Int("year", 0, "")
		v := fs.Bool("v", false, "")
		var files multiFlag
		fs.Var(&files, "f", "")
		pos, err := parseFlags(fs, c.args)
		if err != nil {
			t.Errorf("%v: %v", c.args, err)
			continue
		}
		if *year != c.year || *v != c.verbose || !slices.Equal(files, c.files) || !slices.Equal(pos, c.pos) {
			t.Errorf("%v: year %d v %v files %v pos %q", c.args, *year, *v, files, pos)
		}
	}
}

func TestParseFlagsRefuses(t *testing.T) {
	cases := map[string][]string{
		string(MsgCLIUnknownFlag):    {"--nope"},
		string(MsgCLIFlagNeedsValue): {"a", "--year"},
		string(MsgCLIBadFlagValue):   {"--year", "twenty"},
	}
	for key, args := range cases {
		fs := newFlagSet("t")
		fs.Int("year", 0, "")
		_, err := parseFlags(fs, args)
		var e *model.Error
		if !errors.As(err, &e) || string(e.Key) != key {
			t.Errorf("%v: %v, want %s", args, err, key)
		}
	}
	fs := newFlagSet("t")
	if _, err := parseFlags(fs, []string{"x", "--help", "--nope"}); !errors.Is(err, errHelp) {
		t.Errorf("--help among mistakes: %v", err)
	}
}

func TestParseGlobals(t *testing.T) {
	g, rest, err := parseGlobals([]string{"report", "--db", "a.db", "--year", "2022", "--lang=en", "--ascii", "--", "--db"})
	if err != nil {
		t.Fatal(err)
	}
	if g.db != "a.db" || !g.dbSet || g.lang != i18n.EN || !g.ascii {
		t.Errorf("globals %+v", g)
	}
	if want := []string{"report", "--year", "2022", "--", "--db"}; !slices.Equal(rest, want) {
		t.Errorf("rest %q, want %q", rest, want)
	}
	// A mistake before --lang is still reported in the chosen language.
	var errw bytes.Buffer
	code := runContext(context.Background(), []string{"--db", "", "--lang", "en", "report"}, &bytes.Buffer{}, &errw)
	if code != exitUsage || !strings.Contains(errw.String(), "needs a value") {
		t.Errorf("exit %d, stderr %q", code, errw.String())
	}
}

func TestRemoteCommands(t *testing.T) {
	db := sampleDB(t)
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	viewer := store.Actor{Name: "lan", Role: model.RoleViewer}
	admin := store.Actor{Name: "hung", Role: model.RoleAdmin}
	remote := func(a store.Actor, args ...string) (int, string, string) {
		var out, errw bytes.Buffer
		code := execRemote(context.Background(), st, i18n.VI, a, args, nil, &out, &errw)
		return code, out.String(), errw.String()
	}
	if code, out, _ := remote(viewer, "report", "--year", "2022"); code != exitOK || !strings.Contains(out, "2.170 tr") {
		t.Errorf("remote report: exit %d\n%s", code, out)
	}
	if code, out, _ := remote(viewer, "report", "--lang", "en"); code != exitOK || !strings.Contains(out, "Budget by year") {
		t.Errorf("remote report --lang en: exit %d", code)
	}
	if code, out, _ := remote(viewer, "help"); code != exitOK || !strings.Contains(out, "report") || strings.Contains(out, "sample") {
		t.Errorf("remote help: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{{"sample"}, {"--db", "/etc/passwd", "report"}, {"backup", "/tmp/x.db"}, {}} {
		if code, _, errs := remote(admin, args...); code != exitUsage {
			t.Errorf("remote %v: exit %d, want %d (%s)", args, code, exitUsage, errs)
		}
	}
	if code, _, errs := remote(viewer, "user", "list"); code != exitFail || errs == "" {
		t.Errorf("remote user list as viewer: exit %d %q", code, errs)
	}
	if code, out, _ := remote(admin, "user", "list"); code != exitOK {
		t.Errorf("remote user list as admin: exit %d %q", code, out)
	}
	if code, _, errs := remote(viewer, "backup"); code != exitFail || errs == "" {
		t.Errorf("remote backup as viewer: exit %d %q", code, errs)
	}
	code, out, errs := remote(admin, "backup")
	if code != exitOK || !strings.HasPrefix(out, "") || len(out) < 4096 {
		t.Errorf("remote backup as admin: exit %d, %d bytes, %q", code, len(out), errs)
	}
}

func TestWrap(t *testing.T) {
	got := wrap("một hai ba --max-sessions bốn\nnăm", 12)
	want := "một hai ba\n--max-sessions\nbốn\nnăm"
	if got != want {
		t.Errorf("wrap = %q, want %q", got, want)
	}
}
