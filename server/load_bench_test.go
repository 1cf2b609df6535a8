package server

import (
	"fmt"
	"io"
	"slices"
	"sync"
	"testing"
	"time"

	"khuyencong/model"
	"khuyencong/store"
)

// BenchmarkFiftySessions is issue 7's load row: 50 SSH sessions on
// loopback, each with a pty at 120×40 on the facilities tab of 20,000
// facilities, each moving the cursor (j, k alternately) every 100 ms for
// 5 s. Key-to-frame is the time from writing a key until the next output
// of that session arrives; p50, p99 and the worst are reported over every
// key of every session (target: p99 ≤ 50 ms). One run takes about 10 s:
//
//	go test ./server -run '^$' -bench FiftySessions -benchtime 1x
func BenchmarkFiftySessions(b *testing.B) {
	const (
		sessions   = 50
		facilities = 20_000
		interval   = 100 * time.Millisecond
		duration   = 5 * time.Second
		noFrame    = time.Second // a key without output after this counts as lost
	)
	e := startServer(b, func(c *Config) { c.Gate = labBurst })
	rs := make([]model.Record, 0, facilities)
	for i := range facilities {
		rs = append(rs, &model.Facility{Name: fmt.Sprintf("Cơ sở số %05d", i+1),
			Address: model.Address{Before: model.OldAddress{District: "Vĩnh Yên"}}})
	}
	if err := e.store.CreateMany(store.LocalAdmin(), rs, "bench"); err != nil {
		b.Fatal(err)
	}
	signer := e.addUser("lan", model.RoleViewer)
	terms := make([]*term, sessions)
	for i := range terms {
		terms[i] = e.open(signer, 120, 40)
	}
	for _, tm := range terms {
		tm.waitFor("Facilities")
		tm.send("2")
	}
	for _, tm := range terms {
		tm.waitFor("Cơ sở số 00001", "Cơ sở số 00020")
	}
	time.Sleep(500 * time.Millisecond) // let the first frames and queries settle

	for range b.N {
		var (
			mu   sync.Mutex
			lat  []time.Duration
			lost int
			wg   sync.WaitGroup
		)
		b.ResetTimer()
		for i, tm := range terms {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Spread the sessions over the interval, as people type.
				time.Sleep(time.Duration(i) * interval / sessions)
				tick := time.NewTicker(interval)
				defer tick.Stop()
				mine := make([]time.Duration, 0, int(duration/interval))
				missed := 0
				for k, end := 0, time.Now().Add(duration); time.Now().Before(end); k++ {
					select { // forget output that came before this key
					case <-tm.out:
					default:
					}
					key := "j"
					if k%2 == 1 {
						key = "k"
					}
					t0 := time.Now()
					if _, err := io.WriteString(tm.stdin, key); err != nil {
						missed++
						break
					}
					select {
					case <-tm.out:
						mine = append(mine, time.Since(t0))
					case <-time.After(noFrame):
						missed++
					}
					<-tick.C
				}
				mu.Lock()
				lat = append(lat, mine...)
				lost += missed
				mu.Unlock()
			}()
		}
		wg.Wait()
		b.StopTimer()
		if len(lat) == 0 {
			b.Fatal("no key got a frame")
		}
		slices.Sort(lat)
		q := func(p float64) float64 {
			return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
		}
		b.ReportMetric(q(0.50), "p50-ms")
		b.ReportMetric(q(0.99), "p99-ms")
		b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
		b.ReportMetric(float64(len(lat)), "keys")
		b.ReportMetric(float64(lost), "lost")
	}
}
