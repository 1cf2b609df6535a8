package kit

import (
	"strings"
	"testing"

	"khuyencong/model"
)

// TestColumnReadsInOneUnit: a column whose total passes ten billion keeps
// the unit of its smallest figure, where Short alone would switch to tỷ.
func TestColumnReadsInOneUnit(t *testing.T) {
	col := []model.Money{650e6, 2_170e6, 0, 10_620e6}
	ref := Smallest(col...)
	var got []string
	for _, m := range col {
		got = append(got, MoneyShortAs(m, ref, false))
	}
	want := []string{"650 tr", "2.170 tr", "0", "10.620 tr"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("column = %q, want %q", got, want)
	}
	if MoneyShort(10_620e6, false) != "10,62 tỷ" {
		t.Error("a lone amount no longer picks its own unit")
	}
	if Smallest(0, 0) != 0 || MoneyShortAs(-5e6, Smallest(-5e6, 20e9), true) != "-5 tr" {
		t.Error("zeros or negatives mishandled")
	}
}
