package dvhc

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sync"
)

// The official files as shipped (see the package comment for their
// source); the two large ones are gzip-compressed.
//
//go:embed data
var shipped embed.FS

var (
	defaultOnce  sync.Once
	defaultTable *Table
	defaultErr   error
)

// Default is the table built from the shipped files, built once per
// process. It fails only if the binary was built with damaged data.
func Default() (*Table, error) {
	defaultOnce.Do(func() {
		var src Sources
		src, defaultErr = ShippedSources()
		if defaultErr == nil {
			defaultTable, defaultErr = Build(src)
		}
	})
	return defaultTable, defaultErr
}

// ShippedSources returns the shipped files, uncompressed.
func ShippedSources() (Sources, error) {
	var src Sources
	var err error
	if src.Provinces, err = shipped.ReadFile("data/tinh-2025.csv"); err != nil {
		return src, fmt.Errorf("shipped units: %w", err)
	}
	if src.Old, err = gunzip("data/xa-truoc-2025.csv.gz"); err != nil {
		return src, err
	}
	src.Conversion, err = gunzip("data/chuyen-doi-2025.csv.gz")
	return src, err
}

func gunzip(name string) ([]byte, error) {
	raw, err := shipped.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("shipped units: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("shipped units %s: %w", name, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("shipped units %s: %w", name, err)
	}
	return out, nil
}

// Shape tells which of the three official files data looks like, from its
// first lines, or "" when none.
func Shape(data []byte) string {
	if _, err := parseConversion(data); err == nil {
		return ShapeConversion
	}
	if _, _, err := parseOld(data); err == nil {
		return ShapeOld
	}
	if _, err := parseProvinces(data); err == nil {
		return ShapeProvinces
	}
	return ""
}
