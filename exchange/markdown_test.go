package exchange

import (
	"strings"
	"testing"
)

// TestMarkdownCellIsPlainText: a name typed to attack whoever opens the
// Markdown (raw HTML, a fake column, emphasis, a link) comes out as text.
func TestMarkdownCellIsPlainText(t *testing.T) {
	cases := map[string]string{
		`<img src=x onerror=alert(1)>`: `&lt;img src=x onerror=alert(1)&gt;`,
		`Tân Việt | 999`:               `Tân Việt \| 999`,
		`*đậm* _nghiêng_ ` + "`mã`":    `\*đậm\* \_nghiêng\_ ` + "\\`mã\\`",
		`[bấm](http://x)`:              `\[bấm\](http://x)`,
		`A & B`:                        `A &amp; B`,
		"dòng 1\ndòng 2":               `dòng 1<br>dòng 2`,
		`C:\thư mục`:                   `C:\\thư mục`,
	}
	for in, want := range cases {
		if got := mdCell(in); got != want {
			t.Errorf("mdCell(%q) = %q, want %q", in, got, want)
		}
		if strings.ContainsAny(mdCell(in), "<>") && !strings.Contains(mdCell(in), "<br>") {
			t.Errorf("mdCell(%q) keeps a raw tag", in)
		}
	}
}
