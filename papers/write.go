package papers

import (
	"io"

	"khuyencong/model"
)

// Write writes the paper in a format: FormatXLSX, FormatMarkdown or
// FormatText.
func Write(w io.Writer, p *Paper, format string) error {
	switch format {
	case FormatXLSX:
		return WriteXLSX(w, p)
	case FormatMarkdown:
		return WriteText(w, p, true)
	case FormatText:
		return WriteText(w, p, false)
	}
	return model.Errorf(MsgBadFormat, format)
}
