package exchange

import (
	"testing"

	"khuyencong/i18n"
)

// The completeness of every catalog (both languages, the same verbs) is
// checked where every layer is linked in. Here: this package's keys are
// all registered.
func TestCatalogKeysDeclaredAreRegistered(t *testing.T) {
	keys, err := i18n.Declared(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) == 0 {
		t.Fatal("no Key constants found")
	}
	registered := i18n.Keys()
	for k, where := range keys {
		if !registered[k] {
			t.Errorf("%s: key %q has no catalog entry", where, k)
		}
	}
}

func TestCatalogComplete(t *testing.T) {
	for _, p := range i18n.Check() {
		t.Error(p)
	}
}
