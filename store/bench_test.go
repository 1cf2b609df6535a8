package store

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"khuyencong/model"
	"khuyencong/vntext"
)

var benchSizes = []int{100_000, 1_000_000}

// BenchmarkLoad is Open: header check, bbolt open, the whole read model
// decoded with its search texts. At 1M it also reports the live heap and
// the process's resident memory once loaded.
func BenchmarkLoad(b *testing.B) {
	for _, n := range benchSizes {
		path := benchDB(b, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var s *Store
			cpu0 := processCPU()
			for b.Loop() {
				if s != nil {
					s.Close()
				}
				var err error
				if s, err = Open(path, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			// CPU time is what the load costs when the machine is shared;
			// on two idle cores wall time is about half of it.
			b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
			if s.Snapshot().Facilities().Live() != n {
				b.Fatalf("loaded %d", s.Snapshot().Facilities().Live())
			}
			reportMemory(b)
			runtime.KeepAlive(s)
			s.Close()
		})
	}
}

// reportMemory reports the heap in use after a full collection and the
// resident set, both in MB.
func reportMemory(b *testing.B) {
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	if rss := residentMB(); rss > 0 {
		b.ReportMetric(rss, "rss-MB")
	}
}

// processCPU is the user and system time the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func residentMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkUpdate is one facility update at a million rows: the bbolt
// transaction (NoSync), the audit entry and the read-model copy-on-write.
func BenchmarkUpdate(b *testing.B) {
	path := benchDB(b, 1_000_000)
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		id := model.ID(1 + (i*7919)%1_000_000)
		i++
		cur, _ := s.Snapshot().Facilities().Get(id)
		c := *cur
		c.Employees++
		if err := s.Update(admin, &c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSnapshot is what every reader pays per look at the data, and
// a full walk of the live rows for comparison.
func BenchmarkSnapshot(b *testing.B) {
	path := benchDB(b, 1_000_000)
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.Run("Load", func(b *testing.B) {
		b.ReportAllocs()
		var snap *Snapshot
		for b.Loop() {
			snap = s.Snapshot()
		}
		runtime.KeepAlive(snap)
	})
	b.Run("AllLive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for f := range s.Snapshot().Facilities().All() {
				n += int(f.Employees)
			}
			if n == 0 {
				b.Fatal("empty")
			}
		}
	})
	b.Run("TextScan", func(b *testing.B) {
		b.ReportAllocs()
		t := s.Snapshot().Facilities()
		for b.Loop() {
			hits := 0
			for i := range t.Len() {
				if strings.Contains(t.Text(i), "tan phong") {
					hits++
				}
			}
			if hits == 0 {
				b.Fatal("no hits")
			}
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := "Cơ sở sản xuất đồ gỗ Nguyễn Văn Việt | Làng nghề mộc Thanh Lãng | Bình Xuyên"
	var buf []byte
	b.Run("appendFold", func(b *testing.B) {
		for b.Loop() {
			buf = vntext.AppendFold(buf[:0], s)
		}
	})
	b.Run("vntext.Fold", func(b *testing.B) {
		for b.Loop() {
			_ = vntext.Fold(s)
		}
	})
	_ = fmt.Sprint(len(buf))
}

// BenchmarkCollect is one full garbage collection with a million
// facilities in the read model: the packed rows leave the collector a
// pointer a row to follow.
//
//	go test ./store -run '^$' -bench Collect
func BenchmarkCollect(b *testing.B) {
	s, err := Open(benchDB(b, 1_000_000), Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	runtime.GC()
	for b.Loop() {
		runtime.GC()
	}
	runtime.KeepAlive(s.Snapshot())
}
