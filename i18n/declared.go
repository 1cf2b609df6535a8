package i18n

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Declared finds every `X Key = "..."` or `X i18n.Key = "..."` constant in
// the non-test Go files of dir, mapping the key to "file:Name", so that a
// package's test can catch a key declared but never registered.
func Declared(dir string) (map[Key]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	keys := map[Key]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			return nil, err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if ok && isKeyType(vs.Type) {
				addLiterals(keys, vs, filepath.Base(name))
			}
			return true
		})
	}
	return keys, nil
}

func isKeyType(e ast.Expr) bool {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name == "Key"
	case *ast.SelectorExpr:
		x, ok := t.X.(*ast.Ident)
		return ok && x.Name == "i18n" && t.Sel.Name == "Key"
	}
	return false
}

func addLiterals(keys map[Key]string, vs *ast.ValueSpec, file string) {
	for i, v := range vs.Values {
		if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, _ := strconv.Unquote(lit.Value)
			keys[Key(s)] = file + ":" + vs.Names[i].Name
		}
	}
}

// Problems is what a package's catalog test reports: every key declared in
// dir that is not registered, then every problem Check finds among the
// catalogs linked into the test. It is an error for dir to declare none.
func Problems(dir string) ([]string, error) {
	keys, err := Declared(dir)
	if err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("no Key constants in %s", dir)
	}
	registered := Keys()
	var out []string
	for k, where := range keys {
		if !registered[k] {
			out = append(out, fmt.Sprintf("%s: key %q has no catalog entry", where, k))
		}
	}
	sort.Strings(out)
	return append(out, Check()...), nil
}
