package goldeval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Verdicts of a judgement.
const (
	VerdictTrue  = "true"
	VerdictFalse = "false"
)

// Judgements are a reader's verdicts on reported discrepancies (the
// precision files under crosscheck/testdata/gold): for each report, its
// spans (raw offsets, no text), whether it is a real discrepancy, and why
// in the reader's words.
type Judgements struct {
	Note string `json:"note"`
	// Extends names a judgements file (relative to this one's directory)
	// whose verdicts come first: a session's file holds only its new
	// verdicts. A verdict here on the same report replaces the base's.
	Extends   string      `json:"extends,omitempty"`
	Judgement []Judgement `json:"judgements"`

	byKey   map[string]string
	byFirst map[string]string
}

// Judgement is one verdict.
type Judgement struct {
	Key      string          `json:"key"`
	Modes    []Mode          `json:"modes"`
	Stories  []string        `json:"stories"`
	Kind     string          `json:"kind"`
	Severity string          `json:"severity"`
	Variants []ReportVariant `json:"variants"`
	Verdict  string          `json:"verdict"`
	Reason   string          `json:"reason"`
}

// maxExtends bounds a chain of files extending one another.
const maxExtends = 32

// LoadJudgements reads a judgements file, and the files it extends: the
// result holds the base's verdicts followed by the file's own.
func LoadJudgements(path string) (*Judgements, error) {
	var chain []*Judgements
	for p := path; p != ""; {
		if len(chain) == maxExtends {
			return nil, fmt.Errorf("judgements %s: more than %d files extend one another", path, maxExtends)
		}
		j, err := readJudgements(p)
		if err != nil {
			return nil, err
		}
		chain = append(chain, j)
		if j.Extends == "" {
			break
		}
		p = filepath.Join(filepath.Dir(p), j.Extends)
	}
	out := &Judgements{Note: chain[0].Note, Extends: chain[0].Extends}
	for i := len(chain) - 1; i >= 0; i-- {
		out.Judgement = append(out.Judgement, chain[i].Judgement...)
	}
	out.index()
	return out, nil
}

// readJudgements reads one judgements file, its own verdicts only.
func readJudgements(path string) (*Judgements, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("judgements: %w", err)
	}
	var j Judgements
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, fmt.Errorf("judgements %s: %w", path, err)
	}
	for i, x := range j.Judgement {
		if x.Verdict != VerdictTrue && x.Verdict != VerdictFalse {
			return nil, fmt.Errorf("judgements %s: entry %d: verdict %q: want true or false", path, i, x.Verdict)
		}
	}
	return &j, nil
}

func (j *Judgements) index() {
	j.byKey, j.byFirst = map[string]string{}, map[string]string{}
	for _, x := range j.Judgement {
		j.byKey[x.Key] = x.Verdict
		j.byFirst[firstSpansKey(x.Kind, x.Variants)] = x.Verdict
	}
}

// firstSpansKey is kind and the first span of each variant: a report whose
// values are stated by one more or one fewer copy keeps its verdict.
func firstSpansKey(kind string, vs []ReportVariant) string {
	var first []ReportVariant
	for _, v := range vs {
		if len(v.Spans) > 0 {
			first = append(first, ReportVariant{Spans: v.Spans[:1]})
		}
	}
	return reportKey(kind, first)
}

// verdict returns the judgement covering rep, if any.
func (j *Judgements) verdict(rep Report) (string, bool) {
	if j == nil {
		return "", false
	}
	if v, ok := j.byKey[rep.Key]; ok {
		return v, true
	}
	v, ok := j.byFirst[firstSpansKey(rep.Kind, rep.Variants)]
	return v, ok
}
