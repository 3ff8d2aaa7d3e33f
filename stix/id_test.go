package stix

import "testing"

// The namespace and the id scheme are a public contract (README.md):
// changing either makes every platform duplicate what it imported.
func TestIDContract(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"namespace", Namespace.String(), "79b6524c-6c48-5fa3-bdfd-efcacc21784e"},
		{"intrusion-set apt41", ID("intrusion-set", nameKey("APT41")), "intrusion-set--19a51898-d0b4-54c4-8741-d5a4facf9d46"},
		{"name key ignores case, spaces and a leading article", ID("identity", nameKey("The  Foreign Ministry")), ID("identity", "foreign ministry")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}
