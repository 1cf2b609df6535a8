package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// declaredKeys finds every `const X Key = "..."` in the package's non-test
// files, so that a key declared but never registered is caught.
func declaredKeys(t *testing.T) map[Key]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[Key]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
				return true
			}
			for i, v := range vs.Values {
				if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, _ := strconv.Unquote(lit.Value)
					keys[Key(s)] = name + ":" + vs.Names[i].Name
				}
			}
			return true
		})
	}
	return keys
}

func TestCatalogKeysDeclaredAreRegistered(t *testing.T) {
	keys := declaredKeys(t)
	if len(keys) == 0 {
		t.Fatal("no Key constants found")
	}
	for k, where := range keys {
		m, ok := catalog[k]
		switch {
		case !ok:
			t.Errorf("%s: key %q has no catalog entry", where, k)
		case strings.TrimSpace(m.VI) == "" || strings.TrimSpace(m.EN) == "":
			t.Errorf("%s: key %q lacks a VI or EN text: %+v", where, k, m)
		}
	}
}

func TestCatalogFieldLabels(t *testing.T) {
	for _, f := range fieldNames {
		m, ok := catalog[Key("field."+f)]
		if !ok || m.VI == "" || m.EN == "" {
			t.Errorf("field %q has no VI+EN label", f)
		}
	}
}

func TestCatalogNoDuplicates(t *testing.T) {
	if len(duplicateKeys) > 0 {
		t.Errorf("keys registered twice: %v", duplicateKeys)
	}
}

func TestCatalogEntriesComplete(t *testing.T) {
	for k, m := range catalog {
		if strings.TrimSpace(m.VI) == "" || strings.TrimSpace(m.EN) == "" {
			t.Errorf("%q lacks a VI or EN text", k)
		}
		vi, en := verbs(m.VI), verbs(m.EN)
		if len(vi) != len(en) {
			t.Errorf("%q: %d verbs in VI %q, %d in EN %q", k, len(vi), m.VI, len(en), m.EN)
			continue
		}
		// Without explicit argument indexes both texts must take the
		// arguments in the same order and of the same kind.
		if !strings.Contains(m.VI+m.EN, "%[") && strings.Join(vi, "") != strings.Join(en, "") {
			t.Errorf("%q: verbs %v in VI, %v in EN", k, vi, en)
		}
	}
}

// verbs lists a format string's verbs ("%d", "%s", "%.2f"), skipping "%%".
func verbs(s string) []string {
	var vs []string
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] == '%' && j == i+1 {
			i = j
			continue
		}
		if j < len(s) {
			vs = append(vs, string(s[j]))
		} else {
			vs = append(vs, "!")
		}
		i = j
	}
	return vs
}

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
		if got := strings.Join(verbs(in), ""); got != want {
			t.Errorf("verbs(%q) = %q, want %q", in, got, want)
		}
	}
}
