package contest

import (
	"testing"

	"khuyencong/i18n"
)

// TestCatalog: every key this package declares is registered, and every
// catalog linked in has both languages with the same verbs.
func TestCatalog(t *testing.T) {
	problems, err := i18n.Problems(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
