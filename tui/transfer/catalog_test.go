package transfer

import (
	"testing"

	"khuyencong/i18n"
)

// Every key this package declares is registered, in both languages
// with the same verbs (i18n.Check covers every catalog linked in).
func TestCatalog(t *testing.T) {
	keys, err := i18n.Declared(".")
	if err != nil {
		t.Fatal(err)
	}
	registered := i18n.Keys()
	for k, where := range keys {
		if !registered[k] {
			t.Errorf("%s: key %q has no catalog entry", where, k)
		}
	}
	for _, p := range i18n.Check() {
		t.Error(p)
	}
}
