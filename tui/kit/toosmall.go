package kit

import (
	"fmt"
)

// Minimum size of the full app; below it the app says so instead of drawing
// a garbled layout, and recovers as soon as the terminal grows.
const (
	minWidth  = 80
	minHeight = 24
)

func TooSmall(w, h int) bool { return w < minWidth || h < minHeight }

// TooSmallView is the centred notice, cut to whatever room there is.
func TooSmallView(c *Session, w, h int) string {
	msg := c.T(MsgTooSmall, minWidth, minHeight) + "\n" + c.Styles.Muted.Render(fmt.Sprintf("%d×%d", w, h))
	return Center(msg, w, h)
}
