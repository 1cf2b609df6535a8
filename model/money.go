package model

import (
	"strconv"
	"strings"
)

// ParseMoney reads an amount as Vietnamese users type it.
func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, Errorf(MsgMoneyEmpty)
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(s, ".", ""), 10, 64)
	if err != nil {
		return 0, Errorf(MsgMoneyJunk, s)
	}
	return Money(n), nil
}

// String is the full amount with the unit: "2.170.000.000 đ".
func (m Money) String() string { return m.Full() + " đ" }

// Full is the full amount without unit: "2.170.000.000".
func (m Money) Full() string { return strconv.FormatInt(int64(m), 10) }

// Trieu is the amount in millions: "2.170 tr".
func (m Money) Trieu() string { return strconv.FormatInt(int64(m)/1e6, 10) + " tr" }

// Ty is the amount in billions: "2,17 tỷ".
func (m Money) Ty() string { return strconv.FormatInt(int64(m)/1e9, 10) + " tỷ" }

// Short picks the unit by size.
func (m Money) Short() string { return m.String() }
