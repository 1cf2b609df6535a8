package cli

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// tuiFeatures are the feature packages under tui/: one tab or dialog
// each, they must not import each other (what they share lives in the
// kernel, tui/kit, or in a component). A name whose directory does not
// exist yet is skipped.
var tuiFeatures = []string{
	"audit",
	"budgets",
	"contest",
	"lists",
	"overview",
	"transfer",
}

// tuiBelowFeatures are the kernel and the components, which features
// build on and which therefore import no feature.
var tuiBelowFeatures = []string{
	"barchart",
	"form",
	"kit",
	"money",
	"sources",
	"vtable",
}

// arrow forbids the packages matched by from to depend, directly or not,
// on any package under one of to (module-relative paths; "model" also
// covers "model/...").
type arrow struct {
	rule string
	from func(pkg string) bool
	to   []string
}

func under(dir string) func(string) bool {
	return func(pkg string) bool { return pkg == dir || strings.HasPrefix(pkg, dir+"/") }
}

func arrows() []arrow {
	as := []arrow{
		{"model knows nothing above it", under("model"), []string{"tui", "store", "cli", "server", "exchange", "dvhc"}},
		{"dvhc is data below the store", under("dvhc"), []string{"tui", "store", "cli", "server", "exchange"}},
		{"tui/vtable is a component without domain", under("tui/vtable"), []string{"model", "store"}},
		{"tui/barchart is a component without domain", under("tui/barchart"), []string{"model", "store"}},
		{"i18n is a leaf", under("i18n"), []string{""}},
		{"vntext imports i18n at most", under("vntext"), []string{""}},
		{"store never reaches up", under("store"), []string{"tui", "cli", "server", "exchange"}},
		{"exchange reads the store only", under("exchange"), []string{"tui", "cli", "server"}},
		{"papers read the store only", under("papers"), []string{"tui", "cli", "server"}},
		{"the store knows no backend but its bbolt adapter", func(p string) bool { return p == "store" }, []string{"store/etcdkv", "store/storetest"}},
		{"only the command line picks a backend", func(p string) bool {
			return under("tui")(p) || under("server")(p) || under("exchange")(p) || under("papers")(p)
		}, []string{"store/etcdkv"}},
		{"only main runs the command line", func(p string) bool { return p != "" && !under("cli")(p) }, []string{"cli"}},
	}
	for _, f := range tuiFeatures {
		var others []string
		for _, g := range tuiFeatures {
			if g != f {
				others = append(others, "tui/"+g)
			}
		}
		as = append(as, arrow{"tui features do not import each other", under("tui/" + f), others})
	}
	var features []string
	for _, f := range tuiFeatures {
		features = append(features, "tui/"+f)
	}
	for _, c := range tuiBelowFeatures {
		as = append(as, arrow{"the tui kernel and components import no feature", under("tui/" + c), features})
	}
	return as
}

// TestArrows checks the package arrows of the design (main → cli → server
// → tui → store → model) with the go tool's own view of the dependencies.
func TestArrows(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go is not on PATH")
	}
	deps := moduleDeps(t)
	for _, f := range tuiFeatures {
		if _, ok := deps["tui/"+f]; !ok {
			t.Logf("tui/%s does not exist (yet): skipped", f)
		}
	}
	for _, v := range violations(deps) {
		t.Error(v)
	}
}

// violations lists every dependency that goes against an arrow.
func violations(deps map[string][]string) []string {
	var out []string
	for pkg, ds := range deps {
		for _, a := range arrows() {
			if !a.from(pkg) {
				continue
			}
			for _, d := range ds {
				if forbidden(d, pkg, a.to) {
					out = append(out, show(pkg)+" imports "+show(d)+": "+a.rule)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestArrowsCatch: each rule fires on a made-up module that breaks it, and
// the real shape passes.
func TestArrowsCatch(t *testing.T) {
	good := map[string][]string{
		"":             {"cli", "i18n", "model", "server", "store", "tui"},
		"cli":          {"exchange", "i18n", "model", "server", "store", "tui"},
		"server":       {"i18n", "model", "store", "tui"},
		"tui":          {"i18n", "model", "store", "tui/barchart", "tui/vtable"},
		"tui/vtable":   {"i18n", "vntext"},
		"tui/barchart": {"i18n"},
		"exchange":     {"model", "store"},
		"store":        {"dvhc", "model", "i18n"},
		"dvhc":         {"model", "vntext", "i18n"},
		"model":        {"i18n", "vntext"},
		"vntext":       {"i18n"},
		"i18n":         nil,
	}
	if v := violations(good); len(v) > 0 {
		t.Errorf("the design's own shape breaks: %v", v)
	}
	bad := map[string][]string{
		"model/x":      {"store"},
		"tui/vtable":   {"model"},
		"tui/barchart": {"store"},
		"tui/lists":    {"tui/overview", "tui/kit"},
		"tui/kit":      {"tui/lists"},
		"i18n":         {"vntext"},
		"vntext":       {"model"},
		"store":        {"exchange"},
		"dvhc":         {"store"},
		"exchange":     {"tui"},
		"server":       {"cli"},
	}
	got := violations(bad)
	if len(got) != 11 {
		t.Errorf("%d violations, want 11:\n%s", len(got), strings.Join(got, "\n"))
	}
}

// forbidden tells whether dep is under one of to; "" stands for every
// package of the module but i18n (which vntext may use).
func forbidden(dep, pkg string, to []string) bool {
	for _, t := range to {
		if t == "" && !(under("vntext")(pkg) && dep == "i18n") {
			return true
		}
		if t != "" && under(t)(dep) {
			return true
		}
	}
	return false
}

func show(pkg string) string {
	if pkg == "" {
		return "the root package"
	}
	return pkg
}

// moduleDeps maps each package of the module (by its path inside the
// module, "" for the root) to the module's packages it depends on,
// directly or not. Test files are not counted.
func moduleDeps(t *testing.T) map[string][]string {
	t.Helper()
	cmd := exec.Command("go", "list", "-f", "{{.Module.Path}}|{{.ImportPath}}|{{join .Deps \" \"}}", "./...")
	cmd.Dir = moduleRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderrOf(err))
	}
	deps := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		mod, rest, _ := strings.Cut(line, "|")
		path, list, _ := strings.Cut(rest, "|")
		rel := func(p string) (string, bool) {
			if p == mod {
				return "", true
			}
			r, ok := strings.CutPrefix(p, mod+"/")
			return r, ok
		}
		pkg, _ := rel(path)
		var ds []string
		for _, d := range strings.Fields(list) {
			if r, ok := rel(d); ok {
				ds = append(ds, r)
			}
		}
		slices.Sort(ds)
		deps[pkg] = ds
	}
	if _, ok := deps["model"]; !ok {
		t.Fatalf("go list found no model package:\n%s", out)
	}
	return deps
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
