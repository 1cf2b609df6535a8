package vntext

// Grouped writes an integer as Vietnamese writes numbers, '.' between
// groups of three digits: 20.312, -1.000.
func Grouped(n int64) string { return string(AppendGrouped(nil, n)) }

// AppendGrouped is Grouped appending to b, for callers that draw every frame
// and must not allocate.
func AppendGrouped(b []byte, n int64) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u // two's complement: also right for MinInt64
	}
	return AppendUint(b, u)
}

// AppendUint appends n with '.' between groups of three digits.
func AppendUint(b []byte, n uint64) []byte {
	var buf [26]byte
	i := len(buf)
	for d := 0; ; d++ {
		if d > 0 && d%3 == 0 {
			i--
			buf[i] = '.'
		}
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}
