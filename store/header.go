package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
)

// bbolt's on-disk header, as in go.etcd.io/bbolt/internal/common: each of
// the first two pages holds a 16-byte page header and a meta block.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	metaChecksumAt = 56 // bytes of meta covered by the checksum
	metaSize       = 64
	pgidNoFreelist = ^uint64(0)
	minPageSize    = 512
	maxPageSize    = 1 << 24
)

type boltMeta struct {
	pageSize             uint32
	root, freelist, pgid uint64
	txid                 uint64
	magicOK, checksumOK  bool
}

// parseMeta reads the meta block of a page image; bbolt writes it in the
// machine's byte order.
func parseMeta(page []byte) boltMeta {
	var m boltMeta
	if len(page) < pageHeaderSize+metaSize {
		return m
	}
	b := page[pageHeaderSize : pageHeaderSize+metaSize]
	ne := binary.NativeEndian
	m.magicOK = ne.Uint32(b[0:]) == boltMagic && ne.Uint32(b[4:]) == boltVersion
	m.pageSize = ne.Uint32(b[8:])
	m.root = ne.Uint64(b[16:])
	m.freelist = ne.Uint64(b[32:])
	m.pgid = ne.Uint64(b[40:])
	m.txid = ne.Uint64(b[48:])
	h := fnv.New64a()
	h.Write(b[:metaChecksumAt])
	m.checksumOK = h.Sum64() == ne.Uint64(b[metaChecksumAt:])
	return m
}

func (m boltMeta) valid() bool {
	return m.magicOK && m.checksumOK && m.pageSize >= minPageSize && m.pageSize <= maxPageSize &&
		m.pageSize&(m.pageSize-1) == 0
}

// checkHeader refuses, before bbolt maps the file, what bbolt would crash
// on or silently accept: an empty file (bbolt would make it a database), a
// file that is not bbolt's, and a truncated one (bbolt would fault reading
// pages past the end). It reports whether the file exists.
func checkHeader(path string) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return true, fmt.Errorf("stat %s: %w", path, err)
	}
	if fi.IsDir() {
		return true, coded(ErrNotDatabase, nil, MsgStoreNotDatabase, path)
	}
	size := fi.Size()
	if size == 0 {
		return true, coded(ErrNotDatabase, nil, MsgStoreEmptyFile, path)
	}
	m, magic, err := bestMeta(f, size)
	if err != nil {
		return true, fmt.Errorf("read %s: %w", path, err)
	}
	switch {
	case !m.valid() && magic:
		return true, coded(ErrNotDatabase, nil, MsgStoreDamaged, path, "meta pages")
	case !m.valid():
		return true, coded(ErrNotDatabase, nil, MsgStoreNotDatabase, path)
	case m.freelist == pgidNoFreelist:
		// khuyencong always syncs the freelist; without one bbolt rebuilds
		// it in a goroutine whose panics nobody can recover.
		return true, coded(ErrNotDatabase, nil, MsgStoreForeign, path)
	case m.root >= m.pgid || m.freelist >= m.pgid:
		return true, coded(ErrNotDatabase, nil, MsgStoreDamaged, path, "meta pages")
	}
	if need := m.pgid * uint64(m.pageSize); uint64(size) < need {
		return true, coded(ErrNotDatabase, nil, MsgStoreTruncated, path, size, need)
	}
	return true, nil
}

// bestMeta returns the valid meta page with the highest transaction, as
// bbolt chooses it, and whether either page carried bbolt's magic.
func bestMeta(f *os.File, size int64) (boltMeta, bool, error) {
	buf := make([]byte, 4096)
	n, err := f.ReadAt(buf, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return boltMeta{}, false, err
	}
	m0 := parseMeta(buf[:n])
	magic := m0.magicOK
	best := m0
	// The second meta page sits one page in; without a valid first page
	// its size is unknown, so try each possible size, like bbolt.
	for ps := int64(minPageSize); ps <= maxPageSize && ps < size; ps *= 2 {
		if m0.valid() && ps != int64(m0.pageSize) {
			continue
		}
		n, err := f.ReadAt(buf, ps)
		if err != nil && !errors.Is(err, io.EOF) {
			return boltMeta{}, false, err
		}
		m1 := parseMeta(buf[:n])
		magic = magic || m1.magicOK
		if m1.valid() && uint32(ps) == m1.pageSize && (!best.valid() || m1.txid > best.txid) {
			best = m1
			break
		}
	}
	return best, magic, nil
}
