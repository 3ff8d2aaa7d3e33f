package stix

import "testing"

// The namespace and the id scheme are a public contract (README.md):
// changing either makes every platform duplicate what it imported.
func TestIDContract(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"namespace version 2", Namespace.String(), "93b512a6-007f-5357-aaa9-4fa3e2b7553e"},
		{"intrusion-set apt41", ID("intrusion-set", nameKey("APT41")), "intrusion-set--ac7cc48a-6e8a-59ab-b49d-19171d0352e0"},
		{"name key ignores case, spaces and a leading article", ID("identity", nameKey("The  Foreign Ministry")), ID("identity", "foreign ministry")},
		{"name key meets a reordered organisation name", ID("identity", nameKey("the Ministry of Energy")), ID("identity", nameKey("Energy Ministry"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}
