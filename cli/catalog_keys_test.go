package cli

import (
	"testing"

	"khuyencong/i18n"
)

// TestCatalogKeysDeclaredAreRegistered: every key this package declares
// has a catalog entry.
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
