package i18n

import (
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
