package i18n

import (
	"fmt"
	"sort"
	"strings"
)

// Check reports every registered entry that lacks a language, whose two
// texts take different fmt verbs, or whose key was registered twice. Only
// the catalogs of packages linked into the caller are seen, so the test
// that calls it must import every layer.
func Check() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for _, k := range duplicates {
		out = append(out, fmt.Sprintf("%q registered twice", k))
	}
	for k, m := range catalog {
		if p := checkMsg(m); p != "" {
			out = append(out, fmt.Sprintf("%q: %s", k, p))
		}
	}
	sort.Strings(out)
	return out
}

// Keys lists the registered keys, for tests that look for one declared but
// never registered.
func Keys() map[Key]bool {
	mu.RLock()
	defer mu.RUnlock()
	ks := make(map[Key]bool, len(catalog))
	for k := range catalog {
		ks[k] = true
	}
	return ks
}

func checkMsg(m Msg) string {
	if strings.TrimSpace(m.VI) == "" || strings.TrimSpace(m.EN) == "" {
		return "lacks a VI or EN text"
	}
	vi, en := Verbs(m.VI), Verbs(m.EN)
	if len(vi) != len(en) {
		return fmt.Sprintf("%d verbs in VI %q, %d in EN %q", len(vi), m.VI, len(en), m.EN)
	}
	// Without explicit argument indexes both texts must take the arguments
	// in the same order and of the same kind.
	if !strings.Contains(m.VI+m.EN, "%[") && strings.Join(vi, "") != strings.Join(en, "") {
		return fmt.Sprintf("verbs %v in VI, %v in EN", vi, en)
	}
	return ""
}

// Verbs lists a format string's verbs ("%d", "%s", "%.2f" give d, s, f),
// skipping "%%"; a lone % at the end gives "!".
func Verbs(s string) []string {
	var vs []string
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] == '%' && j == i+1 {
			i = j
			continue
		}
		if j < len(s) {
			vs = append(vs, string(s[j]))
		} else {
			vs = append(vs, "!")
		}
		i = j
	}
	return vs
}
