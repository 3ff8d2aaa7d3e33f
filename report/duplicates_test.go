package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"crosswire"
	"crosswire/schema"
)

func TestDuplicatesAndReuse(t *testing.T) {
	withDups := func() *crosswire.Report {
		r := sampleReport()
		r.Duplicates = []crosswire.Duplicate{{Source: "copy-of-wire.txt", SameAs: "wire.txt"}}
		reuse := 0.42
		ind := r.Stories[0].Articles[1]
		ind.ID, ind.Source, ind.Role, ind.DerivedFrom, ind.Reuse = "a3", "own.txt", crosswire.RoleIndependent, nil, nil
		r.Stories[0].Articles[1].Reuse = &reuse
		r.Stories[0].Articles = append(r.Stories[0].Articles, ind)
		return r
	}
	tests := []struct {
		name   string
		format string
		want   []string
	}{
		{"text", FormatText, []string{"(1 duplicate input)", "Duplicate inputs (1)", "copy-of-wire.txt: same content as wire.txt", "reuse 42%", "independent own.txt"}},
		{"markdown", FormatMarkdown, []string{"(1 duplicate input)", "## Duplicate inputs (1)", "- copy-of-wire.txt: same content as wire.txt", "reuse 42%"}},
		{"json", FormatJSON, []string{`"duplicates": [`, `"same_as": "wire.txt"`, `"reuse": 0.42`, `"role": "independent"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.format, withDups(), Options{}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
			if tc.format == FormatJSON {
				if err := schema.ValidateReport(buf.Bytes()); err != nil {
					t.Fatalf("%v\n%s", err, buf.String())
				}
			}
		})
	}
}

func TestNoDuplicatesNoField(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatJSON, &crosswire.Report{}, Options{}); err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if got, ok := m["duplicates"]; ok {
		t.Errorf("duplicates = %s, want no field when there are none", got)
	}
	if bytes.Contains(buf.Bytes(), []byte(`"reuse"`)) {
		t.Errorf("reuse written for no derived version:\n%s", buf.String())
	}
}
