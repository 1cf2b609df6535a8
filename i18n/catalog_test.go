package i18n

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerbs(t *testing.T) {
	tests := map[string]string{
		"":                  "",
		"100%%":             "",
		"%d đến %d":         "dd",
		"%s: %.2f%% của %v": "sfv",
		"%[2]s %[1]d":       "sd",
		"cuối %":            "!",
	}
	for in, want := range tests {
		if got := strings.Join(Verbs(in), ""); got != want {
			t.Errorf("Verbs(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckMsg(t *testing.T) {
	bad := []Msg{{"", "x"}, {"x", " "}, {"%d cơ sở", "facilities"}, {"%s %d", "%d %s"}}
	for _, m := range bad {
		if checkMsg(m) == "" {
			t.Errorf("%+v passed the check", m)
		}
	}
	good := []Msg{{"%d cơ sở", "%d facilities"}, {"%[2]s %[1]d", "%[1]d %[2]s"}, {"100%%", "100%%"}}
	for _, m := range good {
		if p := checkMsg(m); p != "" {
			t.Errorf("%+v: %s", m, p)
		}
	}
}

func TestLookupAndT(t *testing.T) {
	Register(map[Key]Msg{"i18n.test.hello": {"chào %s", "hello %s"}})
	if got := EN.T("i18n.test.hello", "Hoa"); got != "hello Hoa" {
		t.Errorf("EN.T = %q", got)
	}
	if got := VI.T("i18n.test.hello", "Hoa"); got != "chào Hoa" {
		t.Errorf("VI.T = %q", got)
	}
	if got := VI.T("i18n.test.missing"); got != "i18n.test.missing" {
		t.Errorf("missing key rendered %q", got)
	}
	if l, ok := ParseLang(" EN "); !ok || l != EN {
		t.Errorf("ParseLang(EN) = %v, %v", l, ok)
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error("ParseLang(fr) accepted")
	}
}

func TestProblemsFindsUnregistered(t *testing.T) {
	dir := t.TempDir()
	src := "package x\n\nimport \"khuyencong/i18n\"\n\nconst MsgLost i18n.Key = \"i18n.test.lost\"\n"
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	ps, err := Problems(dir)
	if err != nil || len(ps) == 0 || !strings.Contains(ps[0], "i18n.test.lost") {
		t.Errorf("Problems = %v, %v; want the unregistered key", ps, err)
	}
	if _, err := Problems(t.TempDir()); err == nil {
		t.Error("a directory without keys passed")
	}
}
