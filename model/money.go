package model

import (
	"khuyencong/vntext"

	"math"
	"math/bits"
	"strings"
)

// ParseMoney reads an amount the way Vietnamese users write it: '.' groups
// thousands, ',' is the decimal mark, and a unit may follow ("2.170 tr",
// "2,17 tỷ", "56.250.000 đồng", "300k"). Without a unit the number is in
// đồng. Negative amounts parse; validation decides where they are allowed.
// Anything ambiguous is refused rather than guessed, because a misread
// separator changes an amount a thousandfold.
func ParseMoney(s string) (Money, error) {
	in := vntext.CleanLine(s)
	if in == "" {
		return 0, Errorf(MsgMoneyEmpty)
	}
	neg, rest, err := moneySign(in)
	if err != nil {
		return 0, err
	}
	end := 0
	for end < len(rest) && (isDigit(rest[end]) || rest[end] == '.' || rest[end] == ',') {
		end++
	}
	num, unit := rest[:end], strings.TrimSpace(rest[end:])
	if num == "" {
		return 0, Errorf(MsgMoneyJunk, in)
	}
	exp, err := moneyUnit(unit)
	if err != nil {
		return 0, err
	}
	whole, frac, err := splitMoneyNumber(num, in)
	if err != nil {
		return 0, err
	}
	mag, err := moneyMagnitude(whole, frac, exp, in)
	if err != nil {
		return 0, err
	}
	return signed(mag, neg, in)
}

// moneySign takes at most one leading sign ('-', '−' or '+').
func moneySign(s string) (neg bool, rest string, err error) {
	signs := 0
	for {
		s = strings.TrimLeft(s, " ")
		switch {
		case strings.HasPrefix(s, "-"):
			neg, s = true, s[1:]
		case strings.HasPrefix(s, "−"):
			neg, s = true, s[len("−"):]
		case strings.HasPrefix(s, "+"):
			s = s[1:]
		default:
			return neg, s, nil
		}
		if signs++; signs > 1 {
			return false, "", Errorf(MsgMoneySigns)
		}
	}
}

// splitMoneyNumber checks the separators and returns the digits before and
// after the decimal comma.
func splitMoneyNumber(num, in string) (whole, frac string, err error) {
	whole, frac, hasComma := strings.Cut(num, ",")
	if strings.Contains(frac, ",") {
		return "", "", Errorf(MsgMoneyCommas, in)
	}
	if whole == "" || (hasComma && frac == "") {
		return "", "", Errorf(MsgMoneyJunk, in)
	}
	if strings.Contains(frac, ".") {
		return "", "", Errorf(MsgMoneyGrouping, in)
	}
	if strings.Contains(whole, ".") {
		groups := strings.Split(whole, ".")
		for i, g := range groups {
			if g == "" || len(g) > 3 || (i > 0 && len(g) != 3) {
				return "", "", Errorf(MsgMoneyGrouping, in)
			}
		}
		whole = strings.Join(groups, "")
	}
	return whole, strings.TrimRight(frac, "0"), nil
}

// moneyMagnitude is (whole + 0.frac) × 10^exp as an exact whole number of
// đồng, at most 2^63 (the magnitude of the most negative int64).
func moneyMagnitude(whole, frac string, exp int, in string) (uint64, error) {
	if len(frac) > exp {
		return 0, Errorf(MsgMoneyFraction, in)
	}
	var v uint64
	digits := whole + frac + strings.Repeat("0", exp-len(frac))
	for i := 0; i < len(digits); i++ {
		hi, lo := bits.Mul64(v, 10)
		sum, carry := bits.Add64(lo, uint64(digits[i]-'0'), 0)
		if hi != 0 || carry != 0 || sum > 1<<63 {
			return 0, Errorf(MsgMoneyOverflow, in)
		}
		v = sum
	}
	return v, nil
}

func signed(mag uint64, neg bool, in string) (Money, error) {
	if neg {
		return Money(-int64(mag-1) - 1), nil // mag may be 2^63
	}
	if mag > math.MaxInt64 {
		return 0, Errorf(MsgMoneyOverflow, in)
	}
	return Money(mag), nil
}

// moneyUnit is the power of ten of a unit: "" and đồng 0, nghìn 3, triệu 6,
// tỷ 9, nghìn tỷ 12. A currency word may follow a multiplier ("tr đồng").
func moneyUnit(u string) (int, error) {
	f := strings.TrimSuffix(vntext.Fold(u), ".")
	if f == "" {
		return 0, nil
	}
	words := strings.Fields(f)
	if len(words) > 1 && currencyWords[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if exp, ok := unitWords[strings.Join(words, " ")]; ok {
		return exp, nil
	}
	return 0, Errorf(MsgMoneyUnit, u)
}

var currencyWords = map[string]bool{"d": true, "dong": true, "vnd": true, "₫": true}

var unitWords = map[string]int{
	"d": 0, "dong": 0, "vnd": 0, "₫": 0,
	"k": 3, "nghin": 3, "ngan": 3,
	"tr": 6, "tr.": 6, "trieu": 6, "trd": 6,
	"ty": 9, "ti": 9,
	"nghin ty": 12, "ngan ty": 12,
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// String is the exact amount with its unit: "2.170.000.000 đ".
func (m Money) String() string { return m.Full() + " đ" }

// Full is the exact amount without a unit: "2.170.000.000".
func (m Money) Full() string {
	mag, neg := m.magnitude()
	return sign(neg && mag != 0) + group(mag)
}

// Trieu is the amount in millions with at most two decimals: "2.170 tr",
// "56,25 tr".
func (m Money) Trieu() string { return m.scaled(1e6, " tr") }

// Ty is the amount in billions with at most two decimals: "2,17 tỷ".
func (m Money) Ty() string { return m.scaled(1e9, " tỷ") }

// Short picks the unit a reader expects for the size: tỷ from 10 tỷ up,
// triệu from 1 triệu up, đồng below.
func (m Money) Short() string { return m.ShortAs(m) }

// ShortAs writes m in the unit Short picks for ref, so that a column of
// amounts can read in one unit ("9.655 tr" above "10.420 tr", never above
// "10,42 tỷ").
func (m Money) ShortAs(ref Money) string {
	mag, _ := ref.magnitude()
	switch {
	case mag >= 10e9:
		return m.Ty()
	case mag >= 1e6:
		return m.Trieu()
	}
	return m.String()
}

// scaled divides by unit, rounds half away from zero to hundredths and cuts
// trailing zeros of the decimals.
func (m Money) scaled(unit uint64, suffix string) string {
	mag, neg := m.magnitude()
	step := unit / 100
	hundredths := mag/step + (mag%step*2)/step // rounds half up; no overflow
	whole, cents := hundredths/100, hundredths%100
	out := sign(neg && hundredths != 0) + group(whole)
	switch {
	case cents == 0:
	case cents%10 == 0:
		out += "," + string(rune('0'+cents/10))
	default:
		out += "," + string([]byte{byte('0' + cents/10), byte('0' + cents%10)})
	}
	return out + suffix
}

func (m Money) magnitude() (uint64, bool) {
	if m < 0 {
		return uint64(-(m + 1)) + 1, true // also right for math.MinInt64
	}
	return uint64(m), false
}

func sign(neg bool) string {
	if neg {
		return "-"
	}
	return ""
}

// group writes n with '.' between groups of three digits.
func group(n uint64) string { return string(vntext.AppendUint(nil, n)) }
