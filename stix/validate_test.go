package stix

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The official example reports must pass: a validator that rejects them is
// broken, not strict.
func TestValidatorAcceptsOfficialExamples(t *testing.T) {
	v := validator(t)
	files, err := filepath.Glob(filepath.Join(schemaRoot(t), "examples", "threat-reports", "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no official examples found: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := v.Validate(data); err != nil {
				t.Errorf("official example does not validate: %v", err)
			}
		})
	}
}

// And it must reject what the schemas forbid, or it proves nothing.
func TestValidatorRejects(t *testing.T) {
	v := validator(t)
	const (
		id      = `"id": "identity--8c6af861-7b20-41ef-9b59-6344fd872a8f"`
		created = `"created": "2025-03-03T10:00:00.000Z", "modified": "2025-03-03T10:00:00.000Z"`
	)
	bundle := func(obj string) string {
		return `{"type": "bundle", "id": "bundle--8c6af861-7b20-41ef-9b59-6344fd872a8f", "objects": [` + obj + `]}`
	}
	tests := []struct {
		name, doc, want string
	}{
		{"valid identity", bundle(`{"type": "identity", "spec_version": "2.1", ` + id + `, ` + created + `, "name": "x"}`), ""},
		{"identity without name", bundle(`{"type": "identity", "spec_version": "2.1", ` + id + `, ` + created + `}`), "name"},
		{"timestamp without milliseconds", bundle(`{"type": "identity", "spec_version": "2.1", ` + id + `, "created": "2025-03-03T10:00:00Z", "modified": "2025-03-03T10:00:00Z", "name": "x"}`), "created"},
		{"id of another type", bundle(`{"type": "identity", "spec_version": "2.1", "id": "report--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "name": "x"}`), "id"},
		{"opinion outside the vocabulary", bundle(`{"type": "opinion", "spec_version": "2.1", "id": "opinion--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "opinion": "meh", "object_refs": ["identity--8c6af861-7b20-41ef-9b59-6344fd872a8f"]}`), "opinion"},
		{"note without content", bundle(`{"type": "note", "spec_version": "2.1", "id": "note--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "object_refs": ["identity--8c6af861-7b20-41ef-9b59-6344fd872a8f"]}`), "content"},
		{"relationship type with capitals", bundle(`{"type": "relationship", "spec_version": "2.1", "id": "relationship--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "relationship_type": "Sanctions", "source_ref": "identity--8c6af861-7b20-41ef-9b59-6344fd872a8f", "target_ref": "identity--8c6af861-7b20-41ef-9b59-6344fd872a8f"}`), "relationship_type"},
		{"confidence above 100", bundle(`{"type": "identity", "spec_version": "2.1", ` + id + `, ` + created + `, "name": "x", "confidence": 120}`), "confidence"},
		{"valid malware family", bundle(`{"type": "malware", "spec_version": "2.1", "id": "malware--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "name": "x", "is_family": true, "malware_types": ["ransomware"]}`), ""},
		{"malware family without name", bundle(`{"type": "malware", "spec_version": "2.1", "id": "malware--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "is_family": true}`), "name"},
		{"indicator without pattern", bundle(`{"type": "indicator", "spec_version": "2.1", "id": "indicator--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "pattern_type": "stix", "valid_from": "2025-03-03T10:00:00.000Z"}`), "pattern"},
		{"cve reference with a malformed id", bundle(`{"type": "vulnerability", "spec_version": "2.1", "id": "vulnerability--8c6af861-7b20-41ef-9b59-6344fd872a8f", ` + created + `, "name": "x", "external_references": [{"source_name": "cve", "external_id": "CVE-2031-00042"}]}`), "external_references"},
		{"relative url in a reference", bundle(`{"type": "identity", "spec_version": "2.1", ` + id + `, ` + created + `, "name": "x", "external_references": [{"source_name": "outlet", "url": "www.example.com/a"}]}`), "url"},
		{"empty custom list", bundle(`{"type": "identity", "spec_version": "2.1", ` + id + `, ` + created + `, "name": "x", "x_crosswire_sources": []}`), "x_crosswire_sources"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := v.Validate([]byte(tc.doc))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("rejected: %v", err)
			case tc.want != "" && err == nil:
				t.Error("accepted")
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Errorf("error does not mention %q: %v", tc.want, err)
			}
		})
	}
}

// TestBundleSchemaDefect documents why Validate does not feed note,
// opinion and location objects to bundle.json: the official schema rejects
// a valid note inside a bundle, while note.json accepts it.
func TestBundleSchemaDefect(t *testing.T) {
	v := validator(t)
	note := `{"type": "note", "spec_version": "2.1", "id": "note--8c6af861-7b20-41ef-9b59-6344fd872a8f", "created": "2025-03-03T10:00:00.000Z", "modified": "2025-03-03T10:00:00.000Z", "content": "x", "object_refs": ["identity--8c6af861-7b20-41ef-9b59-6344fd872a8f"]}`
	if err := v.ValidateObject([]byte(note)); err != nil {
		t.Fatalf("note.json rejects a valid note: %v", err)
	}
	if v.listed["note"] {
		t.Skip("this bundle.json lists note: the defect is fixed upstream")
	}
	inst := map[string]any{"type": "bundle", "id": "bundle--8c6af861-7b20-41ef-9b59-6344fd872a8f", "objects": []any{mustJSON(t, note)}}
	if err := v.bundle.Validate(inst); err == nil {
		t.Error("bundle.json accepts a note now: drop the workaround in Validate")
	}
	if err := v.Validate([]byte(`{"type": "bundle", "id": "bundle--8c6af861-7b20-41ef-9b59-6344fd872a8f", "objects": [` + note + `]}`)); err != nil {
		t.Errorf("Validate rejects a bundle holding a valid note: %v", err)
	}
}

func mustJSON(t *testing.T, s string) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}
