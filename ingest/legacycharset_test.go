package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// A page in a multi-byte legacy charset (GBK, Shift_JIS, EUC-KR: the
// web's Chinese, Japanese and Korean pages before UTF-8) that declares it,
// in a <meta charset> or the Content-Type header, is decoded by it. Its
// bytes are mostly not UTF-8 and not Latin-1, so the binary check used to
// skip it as "binary file" before the declaration was read.
func TestHTMLDeclaredLegacyCharset(t *testing.T) {
	page := func(charset, title, body string) string {
		meta := ""
		if charset != "" {
			meta = `<meta charset="` + charset + `">`
		}
		return `<html><head>` + meta + `<title>` + title + `</title></head><body><article><h1>` + title +
			`</h1><p>` + body + `</p><p>` + body + `</p></article></body></html>`
	}
	zh := "澜湖市一座新建的步行桥周二晚间坍塌，造成三人受伤。市政府发言人表示，该桥于去年十月建成。"
	ja := "架空の港町ミナセで火曜日、新しい歩道橋が崩れ、三人がけがをした。市の広報担当者が明らかにした。"
	ko := "가상의 항구 도시 미나세에서 화요일 새 보행교가 무너져 세 명이 다쳤다고 시 대변인이 밝혔다."
	tests := []struct {
		name, meta, contentType string
		enc                     encoding.Encoding
		title, body             string
	}{
		{"gbk meta", "gbk", "", simplifiedchinese.GBK, "澜湖市新桥坍塌", zh},
		{"gb18030 header", "", "text/html; charset=gb18030", simplifiedchinese.GB18030, "澜湖市新桥坍塌", zh},
		{"shift_jis meta", "shift_jis", "", japanese.ShiftJIS, "ミナセの歩道橋が崩落", ja},
		{"euc-kr meta", "euc-kr", "", korean.EUCKR, "미나세 보행교 붕괴", ko},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := tc.enc.NewEncoder().String(page(tc.meta, tc.title, tc.body))
			if err != nil {
				t.Fatal(err)
			}
			doc, reason := htmlDocument("p.html", []byte(raw), tc.contentType, quiet())
			if reason != "" {
				t.Fatalf("skipped: %s", reason)
			}
			if !strings.Contains(doc.Body, tc.body) || doc.Title != tc.title {
				t.Errorf("title %q, body %.120q", doc.Title, doc.Body)
			}
			if doc.Encoding == "" {
				t.Errorf("no encoding said")
			}
			if tc.contentType != "" {
				return
			}
			// The same page as a file: the reader checks for binary
			// files before it knows the format's rules.
			path := filepath.Join(t.TempDir(), "page.html")
			if err := os.WriteFile(path, []byte(raw), 0o644); err != nil {
				t.Fatal(err)
			}
			docs, skips := (&Reader{Logger: quiet()}).Read(context.Background(), []string{path})
			if len(skips) != 0 || len(docs) != 1 || !strings.Contains(docs[0].Body, tc.body) {
				t.Errorf("as a file: docs %d, skips %v", len(docs), skips)
			}
		})
	}
	// Bytes that are binary whatever the declaration stay binary.
	bin := "<html><head><meta charset=\"gbk\"></head><body>" + strings.Repeat("\x00\x01\x02", 400) + "</body></html>"
	if _, reason := htmlDocument("b.html", []byte(bin), "", quiet()); reason != ReasonBinary {
		t.Errorf("binary page declared gbk: reason %q, want %q", reason, ReasonBinary)
	}
}
