package exchange

import (
	"context"
	"os"
	"strconv"
	"testing"

	"khuyencong/store"
)

// BenchmarkConvertUnits converts the sample's old addresses (about a fifth
// of the synthetic facilities wait for conversion) in one write. The size
// is KHUYENCONG_BENCH_N facilities (default 100.000); the target is
// ≤ 10 s at 1.000.000. Each iteration loads a fresh sample (not timed).
func BenchmarkConvertUnits(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("KHUYENCONG_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	for b.Loop() {
		b.StopTimer()
		st, _ := loadTestSample(b, n, 1)
		b.StartTimer()
		res, err := ConvertUnits(context.Background(), st, store.LocalAdmin(), ConvertOptions{})
		if err != nil || res.Converted == 0 {
			b.Fatalf("%+v %v", res, err)
		}
		b.ReportMetric(float64(res.Converted), "converted")
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
