package text

import "testing"

func TestOutletOfURL(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://www.Example.com/news/2031/05/12/story", "example.com"},
		{"http://news.example.org:8080/a?b=c", "news.example.org"},
		{"example.com/no-scheme", ""},
		{"", ""},
		{"://bad", ""},
	} {
		if got := OutletOfURL(tc.url); got != tc.want {
			t.Errorf("OutletOfURL(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}
