package model

import "bytes"

// SortKey is a key whose byte order is Vietnamese alphabetical order.
func SortKey(s string) []byte { return []byte(Fold(s)) }

// Compare orders two texts in Vietnamese order.
func Compare(a, b string) int { return bytes.Compare(SortKey(a), SortKey(b)) }
