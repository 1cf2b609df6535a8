package model

// Money is an amount in whole Vietnamese đồng; VND has no minor unit.
// Parsing and formatting are in money.go.
type Money int64

// Date is a calendar date packed as yyyymmdd (0 = not set), so that dates
// compare, sort and encode as plain integers. Parsing and formatting are in
// date.go.
type Date int32
