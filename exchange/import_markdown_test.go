package exchange

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
)

// TestImportRefusesExportedMarkdown: an exported .md table read as CSV
// gave "tệp CSV hỏng"; now the import says Markdown cannot be imported, in
// both languages, and writes nothing (issue 18 §6).
func TestImportRefusesExportedMarkdown(t *testing.T) {
	st, _ := loadTestSample(t, 20, 1)
	var md bytes.Buffer
	if err := Export(st.Snapshot(), model.KindFacility, nil, FormatMD, &md, i18n.VI); err != nil {
		t.Fatal(err)
	}
	before := st.Snapshot().Facilities().Len()
	_, err := ImportReader(st, ieAdmin, model.KindFacility, "co-so.md", &md, ImportOptions{})
	var me *model.Error
	if !errors.As(err, &me) || me.Key != MsgImportMarkdown {
		t.Fatalf("import of a .md file: %v", err)
	}
	if got := me.In(i18n.EN); !strings.HasPrefix(got, "Markdown cannot be imported (co-so.md)") {
		t.Errorf("English: %q", got)
	}
	if st.Snapshot().Facilities().Len() != before {
		t.Error("a refused Markdown import wrote facilities")
	}
}
