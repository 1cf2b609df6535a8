package etcdkv_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"khuyencong/store"
	"khuyencong/store/etcdkv/etcdtest"
)

// TestCursorsMatchBbolt writes the same keys (4- and 8-byte numbers with
// gaps, and text) into a bbolt file and an etcd prefix read in pages of
// three keys, then walks both with the same random cursor moves, in read
// transactions and in write transactions with changes of their own: every
// answer must be the same.
func TestCursorsMatchBbolt(t *testing.T) {
	c := etcdtest.Start(t, 1)
	for _, page := range []int{3, 8} {
		t.Run(fmt.Sprint("page ", page), func(t *testing.T) { cursorsMatch(t, c, page) })
	}
}

func cursorsMatch(t *testing.T, c *etcdtest.Cluster, page int) {
	ekv := openKV(t, c, fmt.Sprint("cursor", page))
	ekv.Page = page
	bkv, err := store.OpenBoltKV(filepath.Join(t.TempDir(), "c.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bkv.Close()
	rng := rand.New(rand.NewPCG(17, 17))
	var keys [][]byte
	for i := range 300 {
		switch i % 4 {
		case 0:
			keys = append(keys, binary.BigEndian.AppendUint32(nil, uint32(rng.IntN(200))))
		case 1:
			keys = append(keys, binary.BigEndian.AppendUint64(nil, uint64(rng.IntN(200))))
		case 2:
			keys = append(keys, fmt.Appendf(nil, "%d", rng.IntN(100000)))
		default:
			keys = append(keys, fmt.Appendf(nil, "k%03d%s", rng.IntN(1000), bytes.Repeat([]byte{0xff}, rng.IntN(3))))
		}
	}
	for _, kv := range []store.KV{bkv, ekv} {
		err := kv.Update(func(tx store.KVTx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("b"))
			if err != nil {
				return err
			}
			for i, k := range keys {
				if err := b.Put(k, fmt.Appendf(nil, "v%d", i)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	walk := func(kv store.KV, write bool, seed uint64) []string {
		var out []string
		r := rand.New(rand.NewPCG(seed, 1))
		run := kv.View
		if write {
			run = kv.Update
		}
		err := run(func(tx store.KVTx) error {
			b := tx.Bucket([]byte("b"))
			if write {
				for i := range 8 {
					k := keys[r.IntN(len(keys))]
					if i%2 == 0 {
						_ = b.Delete(k)
					} else {
						_ = b.Put(append(bytes.Clone(k), 'x'), []byte("new"))
					}
				}
			}
			cur := b.Cursor()
			for range 150 {
				var k, v []byte
				switch r.IntN(6) {
				case 0:
					k, v = cur.First()
				case 1:
					k, v = cur.Last()
				case 2:
					k, v = cur.Seek(keys[r.IntN(len(keys))])
				case 3, 4:
					k, v = cur.Next()
				default:
					k, v = cur.Prev()
				}
				out = append(out, fmt.Sprintf("%x=%s", k, v))
				if k == nil {
					k, v = cur.First()
					out = append(out, fmt.Sprintf("%x=%s", k, v))
				}
			}
			// Enough single reads that etcd's bucket turns hot (read whole).
			for range 100 {
				k := keys[r.IntN(len(keys))]
				if r.IntN(2) == 0 {
					k = append(bytes.Clone(k), 'x')
				}
				out = append(out, fmt.Sprintf("get %x=%s", k, b.Get(k)))
			}
			n := 0
			_ = b.ForEach(func(k, v []byte) error { n++; return nil })
			out = append(out, fmt.Sprint("count ", n))
			return fmt.Errorf("roll back")
		})
		if err == nil || err.Error() != "roll back" {
			t.Fatal(err)
		}
		return out
	}
	for seed := range uint64(10) {
		for _, write := range []bool{false, true} {
			want, got := walk(bkv, write, seed), walk(ekv, write, seed)
			for i := range want {
				if i >= len(got) || got[i] != want[i] {
					t.Fatalf("seed %d write %v, move %d: etcd %v, bbolt %v", seed, write, i, got[i:min(i+1, len(got))], want[i])
				}
			}
		}
	}
}
