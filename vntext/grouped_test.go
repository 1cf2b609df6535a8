package vntext

import (
	"math"
	"testing"
)

func TestGrouped(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 7: "7", 999: "999", 1000: "1.000", 20312: "20.312", -1000: "-1.000",
		1_000_003: "1.000.003", math.MinInt64: "-9.223.372.036.854.775.808", math.MaxInt64: "9.223.372.036.854.775.807"} {
		if got := Grouped(n); got != want {
			t.Errorf("Grouped(%d) = %q, want %q", n, got, want)
		}
	}
}
