package etcdkv_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv/etcdtest"
	"khuyencong/store/storetest"
)

// fill creates n facilities through the store, in batches of chunk (one
// etcd Txn each).
func fill(b *testing.B, s *store.Store, n, chunk int) {
	b.Helper()
	for done := 0; done < n; done += chunk {
		err := s.WriteBatch(context.Background(), editor, "bench", func(bt *store.Batch) error {
			for i := done; i < min(n, done+chunk); i++ {
				f := storetest.Facility("Cơ sở " + strconv.Itoa(i))
				f.Employees = int32(i % 500)
				if err := bt.Create(f); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// benchN is the number of facilities of BenchmarkLoad: 1,000,000 by the
// issue; KHUYENCONG_BENCH_N makes it smaller for a quick run.
func benchN() int {
	if n, err := strconv.Atoi(os.Getenv("KHUYENCONG_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 1_000_000
}

// BenchmarkLoad is a front end starting on a cluster (one member, in this
// process) that holds benchN facilities: paged range reads at one
// revision, decoded into the read model.
func BenchmarkLoad(b *testing.B) {
	c := etcdtest.Start(b, 1)
	n := benchN()
	t0 := time.Now()
	fill(b, openBench(b, c, "load"), n, 20_000)
	b.Logf("filled %d facilities in %v", n, time.Since(t0).Round(time.Millisecond))
	b.ResetTimer()
	for b.Loop() {
		s := openBench(b, c, "load")
		if s.Snapshot().Facilities().Live() != n {
			b.Fatalf("loaded %d", s.Snapshot().Facilities().Live())
		}
		s.Close()
	}
	b.ReportMetric(float64(c.Members[0].Etcd.Server.Backend().Size())/(1<<20), "etcd-db-MB")
}

// BenchmarkSave3 is one save (an update of a facility) through a front end
// of a three-member cluster, with its p50 and p99.
func BenchmarkSave3(b *testing.B) {
	c := etcdtest.Start(b, 3)
	s := openBench(b, c, "save")
	fill(b, s, 1000, 1000)
	var took []time.Duration
	i := 0
	for b.Loop() {
		id := model.ID(i%1000 + 1)
		f, _ := s.Snapshot().Facilities().Get(id)
		e := *f
		e.Employees++
		t0 := time.Now()
		if err := s.Update(editor, &e); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(t0))
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkImport100k is an import of 100,000 facilities in one batch:
// one etcd Txn (the members allow it: etcdtest.MaxTxnOps and
// MaxRequestBytes).
func BenchmarkImport100k(b *testing.B) {
	c := etcdtest.Start(b, 1)
	i := 0
	for b.Loop() {
		s := openBench(b, c, fmt.Sprintf("import%d", i))
		fill(b, s, 100_000, 100_000)
		s.Close()
		b.ReportMetric(float64(c.Members[0].Etcd.Server.Backend().Size())/(1<<20), "etcd-db-MB")
		i++
	}
}

func openBench(b *testing.B, c *etcdtest.Cluster, prefix string) *store.Store {
	b.Helper()
	s, err := store.OpenKV(openKV(b, c, prefix), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkPut3 is etcd's own floor for BenchmarkSave3: one put of a
// record-sized value, alone, on the same three members.
func BenchmarkPut3(b *testing.B) {
	c := etcdtest.Start(b, 3)
	cli := c.Client()
	val := string(make([]byte, 300))
	var took []time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := cli.Put(context.Background(), "bench/put", val); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(t0))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkCheck is `check` on a cluster holding 100,000 facilities with
// tax codes: every bucket walked, the tax-code index (text keys) too.
func BenchmarkCheck(b *testing.B) {
	c := etcdtest.Start(b, 1)
	s := openBench(b, c, "check")
	const n = 100_000
	err := s.WriteBatch(context.Background(), editor, "bench", func(bt *store.Batch) error {
		for i := range n {
			f := storetest.Facility("Cơ sở " + strconv.Itoa(i))
			f.TaxCode = storetest.TaxCode(i * 12)
			if err := bt.Create(f); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		probs, err := s.Check()
		if err != nil || len(probs) > 0 {
			b.Fatal(probs, err)
		}
	}
}
