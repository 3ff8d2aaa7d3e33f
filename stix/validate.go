package stix

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Validator checks STIX 2.1 JSON against the official OASIS JSON Schemas
// (github.com/oasis-open/cti-stix2-json-schemas, draft 2020-12).
//
// The schemas name each other by relative path ("../common/core.json")
// resolved against their absolute "$id"
// (http://raw.githubusercontent.com/oasis-open/…/schemas/common/core.json),
// so every file is added to the compiler under its own $id and nothing is
// fetched from the network. The bundle schema lists the SDOs of STIX 2.0
// plus a few 2.1 ones; note, opinion, location, grouping and incident fall
// through to its "custom object" branch, which checks only the common
// properties. Validate therefore also checks each object against the
// schema of its own type.
//
// That branch cannot accept them, though: it requires exactly one of
// core.json and cyber-observable-core.json to match, and any SDO matches
// both (cyber-observable-core allows every lower-case property through
// properties.json). So with the official bundle.json a bundle holding a
// note, opinion or location never validates. Validate works around the
// defect without editing the schemas: the bundle schema checks the
// envelope and the objects of the types it lists (read from bundle.json,
// not hard-coded), and every object is checked against the schema of its
// own type. TestBundleSchemaDefect pins the defect down.
type Validator struct {
	bundle *jsonschema.Schema
	types  map[string]*jsonschema.Schema
	// listed are the types bundle.json's objects list names.
	listed map[string]bool
}

// NewValidator loads every schema below dir (the "schemas" directory of
// the OASIS repository, with common/, sdos/, sros/, observables/).
func NewValidator(dir string) (*Validator, error) {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	c.UseLoader(offline{})
	ids := map[string]string{} // relative path → $id
	var listed map[string]bool
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		obj, _ := doc.(map[string]any)
		id, _ := obj["$id"].(string)
		if id == "" {
			return fmt.Errorf("%s: no $id", path)
		}
		rel, _ := filepath.Rel(dir, path)
		ids[filepath.ToSlash(rel)] = id
		if filepath.ToSlash(rel) == "common/bundle.json" {
			listed = listedTypes(obj)
		}
		return c.AddResource(id, doc)
	})
	if err != nil {
		return nil, fmt.Errorf("load stix schemas from %s: %w", dir, err)
	}
	bundleID, ok := ids["common/bundle.json"]
	if !ok {
		return nil, fmt.Errorf("load stix schemas: %s has no common/bundle.json", dir)
	}
	v := &Validator{types: map[string]*jsonschema.Schema{}, listed: listed}
	if v.bundle, err = c.Compile(bundleID); err != nil {
		return nil, fmt.Errorf("compile bundle schema: %w", err)
	}
	rels := make([]string, 0, len(ids))
	for rel := range ids {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	for _, rel := range rels {
		dirName, file := filepath.Split(rel)
		if dirName != "sdos/" && dirName != "sros/" && dirName != "observables/" && rel != "common/marking-definition.json" && rel != "common/language-content.json" && rel != "common/extension-definition.json" {
			continue
		}
		s, err := c.Compile(ids[rel])
		if err != nil {
			return nil, fmt.Errorf("compile %s: %w", rel, err)
		}
		v.types[strings.TrimSuffix(file, ".json")] = s
	}
	return v, nil
}

// Validate checks a bundle: the bundle schema, then every object against
// the schema of its type, then that every reference points at an object of
// the bundle (or a well-formed id outside it is reported). It returns all
// problems joined.
func (v *Validator) Validate(data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("stix bundle is not JSON: %w", err)
	}
	var errs []error
	obj, _ := inst.(map[string]any)
	objects, _ := obj["objects"].([]any)
	// the envelope, with the objects bundle.json can judge
	envelope := map[string]any{}
	for k, val := range obj {
		envelope[k] = val
	}
	var judged []any
	for _, o := range objects {
		m, _ := o.(map[string]any)
		typ, _ := m["type"].(string)
		if _, own := v.types[typ]; v.listed[typ] || !own {
			judged = append(judged, o)
		}
	}
	if len(judged) > 0 {
		envelope["objects"] = judged
	} else if objects != nil {
		delete(envelope, "objects") // optional in bundle.json
	}
	if err := v.bundle.Validate(envelope); err != nil {
		errs = append(errs, fmt.Errorf("bundle: %w", err))
	}
	for i, o := range objects {
		m, _ := o.(map[string]any)
		typ, _ := m["type"].(string)
		if s, ok := v.types[typ]; ok {
			if err := s.Validate(o); err != nil {
				errs = append(errs, fmt.Errorf("objects[%d] %v: %w", i, m["id"], err))
			}
		}
	}
	return errors.Join(errs...)
}

// ValidateObject checks one STIX object against the schema of its type.
func (v *Validator) ValidateObject(data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("stix object is not JSON: %w", err)
	}
	m, _ := inst.(map[string]any)
	typ, _ := m["type"].(string)
	s, ok := v.types[typ]
	if !ok {
		return fmt.Errorf("no schema for type %q", typ)
	}
	return s.Validate(inst)
}

// Dangling lists the references of a bundle's objects (created_by_ref,
// object_refs, source_ref, target_ref) that point at no object of the
// bundle.
func Dangling(b *Bundle) []string {
	have := map[string]bool{}
	for _, o := range b.Objects {
		have[o.ID] = true
	}
	var out []string
	check := func(from, ref string) {
		if ref != "" && !have[ref] {
			out = append(out, from+" → "+ref)
		}
	}
	for _, o := range b.Objects {
		check(o.ID, o.CreatedByRef)
		check(o.ID, o.SourceRef)
		check(o.ID, o.TargetRef)
		for _, r := range o.ObjectRefs {
			check(o.ID, r)
		}
		for _, r := range o.XAttributedBy {
			check(o.ID, r)
		}
	}
	return out
}

// listedTypes reads the object types bundle.json lists by $ref
// ("../sdos/report.json" → "report").
func listedTypes(bundle map[string]any) map[string]bool {
	out := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch t := v.(type) {
		case map[string]any:
			if ref, ok := t["$ref"].(string); ok && !strings.Contains(ref, "core.json") {
				out[strings.TrimSuffix(filepath.Base(ref), ".json")] = true
			}
			for _, c := range t {
				walk(c)
			}
		case []any:
			for _, c := range t {
				walk(c)
			}
		}
	}
	props, _ := bundle["properties"].(map[string]any)
	walk(props["objects"])
	return out
}

// offline refuses to load any schema the Validator was not given.
type offline struct{}

func (offline) Load(url string) (any, error) {
	return nil, fmt.Errorf("stix schema %s is not among the loaded files", url)
}

// Encode writes the bundle as indented JSON.
func Encode(b *Bundle) ([]byte, error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode stix bundle: %w", err)
	}
	return append(data, '\n'), nil
}
