package schema

import (
	"encoding/json"
	"sort"
	"testing"
)

// Every field of the report is documented: each property of the schema
// carries a description, or refers ($ref) to a definition that does. The
// report is the public contract; a field a reader must guess at (are
// start and end bytes or characters? where does a title come from?) is a
// field read wrong.
func TestEveryFieldDocumented(t *testing.T) {
	var doc any
	if err := json.Unmarshal(ReportJSON, &doc); err != nil {
		t.Fatal(err)
	}
	var missing []string
	var walk func(v any, path string)
	walk = func(v any, path string) {
		switch x := v.(type) {
		case map[string]any:
			if props, ok := x["properties"].(map[string]any); ok {
				for name, p := range props {
					pm, _ := p.(map[string]any)
					_, described := pm["description"]
					_, ref := pm["$ref"]
					if !described && !ref {
						missing = append(missing, path+"."+name)
					}
				}
			}
			for k, c := range x {
				walk(c, path+"/"+k)
			}
		case []any:
			for _, c := range x {
				walk(c, path)
			}
		}
	}
	walk(doc, "$")
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("property without a description: %s", m)
	}
}
