// Package dvhc holds Viet Nam's administrative units (đơn vị hành chính)
// before and after the reform of 1 July 2025, and turns an address written
// before it into the units in force now.
//
// Resolution 202/2025/QH15 cut the provinces from 63 to 34 and Resolution
// 203/2025/QH15 abolished the district level, both from 1/7/2025: an address
// is now a province and a commune (xã, phường or đặc khu) by official code
// (Decision 19/2025/QĐ-TTg). The tables shipped in data/ are the
// Government's list of new units and the conversion of every commune in
// force on 4/1/2025 (General Statistics Office codes) to the new ones, as
// compiled by the open-source VietnamProvinces project. A code is the key
// and a name only its label, so a newer official file replaces the tables
// without touching the records that cite them (see Parse and Build).
//
// One new commune absorbed several old ones, and some old communes were
// split over two to six new ones ("Nhập một phần"): converting an old
// address gives a set of candidates, applied only when it has one member.
package dvhc
