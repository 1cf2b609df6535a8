package cli

import (
	"path/filepath"
	"testing"

	"khuyencong/i18n"
)

// The catalogs of every layer are checked here because cli links every
// layer in: i18n.Check sees only the catalogs registered in the running
// binary.

// TestCatalogComplete: every registered message has both languages, the
// same fmt verbs in each, and no key is registered twice.
func TestCatalogComplete(t *testing.T) {
	for _, p := range i18n.Check() {
		t.Error(p)
	}
}

// TestCatalogEveryLayerRegistered: in every package of the module, each
// key the package declares has an entry in its catalog. A package whose
// keys all fail here is probably not linked into cli, so its catalog
// escapes TestCatalogComplete.
func TestCatalogEveryLayerRegistered(t *testing.T) {
	root := moduleRoot(t)
	registered := i18n.Keys()
	layers := 0
	for _, dir := range packageDirs(t, root) {
		keys, err := i18n.Declared(dir)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if len(keys) == 0 {
			continue
		}
		layers++
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			t.Fatal(err)
		}
		for k, where := range keys {
			if !registered[k] {
				t.Errorf("%s/%s: key %q has no catalog entry (or the package is not linked into cli)", rel, where, k)
			}
		}
	}
	// model, store, exchange, cli, server, the tui root, its kernel, its
	// features and components: fifteen when this was written.
	if layers < 12 {
		t.Errorf("found catalogs in %d packages only; is the module root right (%s)?", layers, root)
	}
}
