package kit

import "strings"

// asciiSymbols maps the symbols the app's own texts and its libraries draw
// (bubbles' help separator "•", cut marks "…", arrows in key hints, dashes)
// to ASCII of the same width, one cell each, so that a frame keeps its
// layout. Vietnamese letters are not symbols: a terminal that shows the
// records shows them.
var asciiSymbols = strings.NewReplacer(
	"…", "~", "•", "*", "·", ".", "←", "<", "→", ">", "↑", "^", "↓", "v",
	"—", "-", "–", "-", "▲", "^", "▼", "v", "»", ">", "«", "<", "█", "#",
	"“", "\"", "”", "\"", "‘", "'", "’", "'", "×", "x", "≤", "<", "≥", ">",
	"✓", "+", "✗", "x", "│", "|", "─", "-",
)

// ASCIIOnly replaces the symbols of a frame with ASCII for --ascii
// (PuTTY without UTF-8, a font without arrows): the last step of drawing,
// so that no text of any package or library leaks one. Escape sequences
// are ASCII and pass unchanged.
func ASCIIOnly(frame string) string { return asciiSymbols.Replace(frame) }
