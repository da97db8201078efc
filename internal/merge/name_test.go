package merge

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembic/config"
)

func ptr(s string) *string { return &s }

// TestSlug checks Alembic's slug algorithm against what Python computed
// with Alembic's own code (_slug_re.findall, join, lower, truncation).
func TestSlug(t *testing.T) {
	tests := []struct {
		message *string
		n       int
		want    string
	}{
		{ptr("merge heads"), 40, "merge_heads"},
		{nil, 40, ""},
		{ptr(""), 40, ""},
		{ptr("Merge 'feature/x' & fix: bug #12"), 40, "merge_feature_x_fix_bug_12"},
		{ptr("add a very long message that definitely exceeds the forty character limit"), 40, "add_a_very_long_message_that_definitely_"},
		{ptr("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"), 40, "abcdefghijklmnopqrstuvwxyzabcdefghijklmn_"},
		{ptr("exactly_forty_chars_slug_here_1234567890"), 40, "exactly_forty_chars_slug_here_1234567890"},
		{ptr("second revision with long message here"), 10, "second_"},
		{ptr("  leading and trailing  "), 40, "leading_and_trailing"},
		{ptr("snake_case__double"), 40, "snake_case__double"},
		{ptr(`a-b.c/d\e`), 40, "a_b_c_d_e"},
		{ptr("tab\tnew\nline"), 40, "tab_new_line"},
		{ptr("Ünïcödé İstanbul"), 40, "ünïcödé_i̇stanbul"},
		{ptr("ΟΔΟΣ ΣΟΦΙΑ"), 40, "οδος_σοφια"},
		{ptr("x²³ ٣ 中文"), 40, "x²³_٣_中文"},
		{ptr("cafe\u0301"), 40, "cafe"},
		{ptr("İİİİİ"), 4, "i̇i̇_"},       // lowercasing lengthens before the cut
		{ptr("abc def ghi"), -4, "abc_"}, // Python slicing from the end
		{ptr("abc def"), -20, "_"},
	}
	for _, tt := range tests {
		if got := Slug(tt.message, tt.n); got != tt.want {
			t.Errorf("Slug(%q, %d) = %q, want %q", deref(tt.message), tt.n, got, tt.want)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestFileName covers file_template formatting (tokens as Python
// %-formats them) and the names onehead refuses to write.
func TestFileName(t *testing.T) {
	date := &Datetime{t: time.Date(2024, 5, 17, 9, 3, 7, 123456000, time.UTC), aware: true, zone: "UTC"}
	tests := []struct {
		template, want, err string
	}{
		{"%(rev)s_%(slug)s", "3f0d4e5a6b7c_merge_heads.py", ""},
		{"%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s", "2024_05_17_0903-3f0d4e5a6b7c_merge_heads.py", ""},
		{"%(epoch)s_%(second)02d_%(month).3d", "1715936587_07_005.py", ""},
		{"%(year)d/%(month).2d_%(rev)s", "2024/05_3f0d4e5a6b7c.py", ""},
		{"100%%_%(rev).4s", "100%_3f0d.py", ""},
		{"%(rev)s_%(nope)s", "", "KeyError"},
		{"/abs/%(rev)s", "", "not a plain relative path"},
		{"../%(rev)s", "", "not a plain relative path"},
		{"a//%(rev)s", "", "not a plain relative path"},
		{"./%(rev)s", "", "not a plain relative path"},
	}
	for _, tt := range tests {
		cfg := &config.Config{FileTemplate: tt.template, Sources: map[string]config.Source{}}
		got, err := fileName(cfg, "3f0d4e5a6b7c", "merge_heads", date)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: want an error with %q, got %q, %v", tt.template, tt.err, got, err)
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("%q: got %q, %v; want %q", tt.template, got, err, tt.want)
		}
	}
}

// TestAutoID checks that --rev-id auto depends only on the tree and the
// set of parents, and follows the tree's id convention.
func TestAutoID(t *testing.T) {
	date := &Datetime{t: time.Date(2026, 4, 26, 15, 4, 5, 0, time.UTC)}
	hex12 := regexp.MustCompile(`^[0-9a-f]{12}$`)
	tests := []struct {
		name          string
		parents, tree []string
		want          *regexp.Regexp
	}{
		{"hex ids", []string{"ae1027a6acf0", "27c6a30d7c24"}, []string{"1a2b3c4d5e6f", "ae1027a6acf0", "27c6a30d7c24"}, hex12},
		{"dated ids take the newest parent stamp",
			[]string{"20260413_drop_card_templates", "20260422_purchase_plaintext_columns"},
			[]string{"20260101_initial", "20260413_drop_card_templates", "20260422_purchase_plaintext_columns", "abc"},
			regexp.MustCompile(`^20260422_merge_[0-9a-f]{8}$`)},
		{"dated tree, undated parents: the create date",
			[]string{"x1", "x2"}, []string{"20260101_a", "20260102_b", "20260103_c", "x1", "x2"},
			regexp.MustCompile(`^20260426_merge_[0-9a-f]{8}$`)},
		{"timestamps keep their width",
			[]string{"202604131200_a", "202604220930_b"}, []string{"202604131200_a", "202604220930_b", "202601010000_c"},
			regexp.MustCompile(`^202604220930_merge_[0-9a-f]{8}$`)},
		{"sequence numbers", []string{"0002", "0003"}, []string{"0001", "0002", "0003"}, regexp.MustCompile(`^0004$`)},
		{"sequence numbers without padding", []string{"9", "10"}, []string{"8", "9", "10"}, regexp.MustCompile(`^11$`)},
		{"mixed tree falls back to hex", []string{"0002", "b"}, []string{"0001", "0002", "a", "b"}, hex12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := autoID(tt.parents, tt.tree, date)
			if !tt.want.MatchString(got) {
				t.Fatalf("got %q, want %v", got, tt.want)
			}
			reversed := []string{tt.parents[1], tt.parents[0]}
			if again := autoID(reversed, tt.tree, date); again != got {
				t.Errorf("parent order changed the id: %q then %q", got, again)
			}
		})
	}
	if autoID([]string{"a", "b"}, nil, date) == autoID([]string{"a", "c"}, nil, date) {
		t.Error("different parents gave the same id")
	}
}

// TestRandomID checks the id format and that an id a taken one would make
// ambiguous is not drawn.
func TestRandomID(t *testing.T) {
	// Ids shorter than four characters are never matched as prefixes.
	taken := []string{"0000", "1111", "2222", "3333", "4444", "5555", "6666", "7777", "8", "9"}
	for range 200 {
		id, err := randomID(taken)
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(id) {
			t.Fatalf("id %q: want 12 hex digits", id)
		}
		for _, tk := range taken[:8] {
			if strings.HasPrefix(id, tk) {
				t.Fatalf("id %q starts with the taken id %q", id, tk)
			}
		}
	}
}
