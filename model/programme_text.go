package model

import (
	"fmt"
	"strconv"
	"strings"
)

// The indicators of a programme travel in files as text, one indicator
// per line, the fields separated by "|":
//
//	Name | unit | measure | category | target | 2026=10 2027=12 | 2026=3
//
// The last two fields (the yearly targets, the entered figures of a manual
// indicator) may be left out. A programme has a handful of indicators, so
// a cell is easier to keep than a sheet of its own.

// FormatIndicators writes what ParseIndicators reads.
func FormatIndicators(is []Indicator, from int32) string {
	lines := make([]string, len(is))
	for i, in := range is {
		parts := []string{in.Name, in.Unit, in.Measure.Code(), in.Category.Code(),
			strconv.FormatInt(in.Target, 10), formatYears(in.Years, from), formatYears(in.Done, from)}
		for len(parts) > 5 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
		lines[i] = strings.Join(parts, " | ")
	}
	return strings.Join(lines, "\n")
}

func formatYears(vs []int64, from int32) string {
	var parts []string
	for i, v := range vs {
		if v != 0 {
			parts = append(parts, fmt.Sprintf("%d=%d", from+int32(i), v))
		}
	}
	return strings.Join(parts, " ")
}

// ParseIndicators reads indicators for a programme of the years from–to.
func ParseIndicators(s string, from, to int32) ([]Indicator, *Error) {
	var out []Indicator
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		in, err := parseIndicator(line, from, to)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

func parseIndicator(line string, from, to int32) (Indicator, *Error) {
	f := strings.Split(line, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) < 5 || len(f) > 7 || f[0] == "" {
		return Indicator{}, Errorf(MsgIndicatorCell, strings.TrimSpace(line))
	}
	in := Indicator{Name: f[0], Unit: f[1]}
	var ok bool
	if in.Measure, ok = ParseMeasure(f[2]); !ok {
		return Indicator{}, Errorf(MsgIndicatorMeasure, f[2])
	}
	if f[3] != "" {
		if in.Category, ok = ParseCategory(f[3]); !ok {
			return Indicator{}, Errorf(MsgIndicatorCell, strings.TrimSpace(line))
		}
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(f[4], ".", ""), 10, 64)
	if err != nil || n < 0 {
		return Indicator{}, Errorf(MsgIndicatorNumber, f[4])
	}
	in.Target = n
	for k, dst := range []*[]int64{&in.Years, &in.Done} {
		if len(f) > 5+k {
			if *dst, err = parseYears(f[5+k], from, to); err != nil {
				return Indicator{}, err.(*Error)
			}
		}
	}
	return in, nil
}

// parseYears reads "2026=10 2027=12" into a slice indexed from from.
func parseYears(s string, from, to int32) ([]int64, error) {
	if s == "" {
		return nil, nil
	}
	if to < from || to-from >= maxProgrammeYears {
		return nil, Errorf(MsgIndicatorYear, s)
	}
	out := make([]int64, to-from+1)
	for part := range strings.FieldsSeq(s) {
		y, v, ok := strings.Cut(part, "=")
		year, err := strconv.ParseInt(y, 10, 32)
		if !ok || err != nil || int32(year) < from || int32(year) > to {
			return nil, Errorf(MsgIndicatorYear, part)
		}
		n, err := strconv.ParseInt(strings.ReplaceAll(v, ".", ""), 10, 64)
		if err != nil || n < 0 {
			return nil, Errorf(MsgIndicatorNumber, v)
		}
		out[int32(year)-from] = n
	}
	return out, nil
}
