package ingest

import "testing"

func TestLoneSurrogate(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"plain", `{"text":"The pier closed."}`, false},
		{"valid pair", `{"text":"ferry \ud83d\udea2 sank"}`, false},
		{"BMP escape", `{"text":"caf\u00e9"}`, false},
		{"lone high", `{"text":"bad \ud800 half"}`, true},
		{"lone low", `{"text":"bad \udc00 half"}`, true},
		{"high then other escape", `{"text":"\ud83d\u0041"}`, true},
		{"escaped backslash", `{"text":"path \\ud800 is literal"}`, false},
		{"at the end", `{"text":"\ud83d`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LoneSurrogate([]byte(tc.in)); got != tc.want {
				t.Errorf("LoneSurrogate(%s) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
