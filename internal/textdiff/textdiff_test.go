package textdiff

import (
	"fmt"
	"strings"
	"testing"
)

func numbered(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	return b.String()
}

func TestUnified(t *testing.T) {
	ten := numbered(10)
	twenty := numbered(20)
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"no change", ten, ten, ""},
		{"one line in the middle", ten, strings.Replace(ten, "line 5\n", "LINE 5\n", 1), `--- a/f.py
+++ b/f.py
@@ -2,7 +2,7 @@
 line 2
 line 3
 line 4
-line 5
+LINE 5
 line 6
 line 7
 line 8
`},
		{"first line, lines added", ten, strings.Replace(ten, "line 1\n", "one\nuno\n", 1), `--- a/f.py
+++ b/f.py
@@ -1,4 +1,5 @@
-line 1
+one
+uno
 line 2
 line 3
 line 4
`},
		{"two changes far apart make two hunks", twenty,
			strings.Replace(strings.Replace(twenty, "line 2\n", "two\n", 1), "line 19\n", "", 1), `--- a/f.py
+++ b/f.py
@@ -1,5 +1,5 @@
 line 1
-line 2
+two
 line 3
 line 4
 line 5
@@ -16,5 +16,4 @@
 line 16
 line 17
 line 18
-line 19
 line 20
`},
		{"changes six lines apart share a hunk", twenty,
			strings.Replace(strings.Replace(twenty, "line 5\n", "five\n", 1), "line 12\n", "twelve\n", 1), `--- a/f.py
+++ b/f.py
@@ -2,14 +2,14 @@
 line 2
 line 3
 line 4
-line 5
+five
 line 6
 line 7
 line 8
 line 9
 line 10
 line 11
-line 12
+twelve
 line 13
 line 14
 line 15
`},
		{"no newline at end of file", "a\nb", "a\nc", `--- a/f.py
+++ b/f.py
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
\ No newline at end of file
`},
		{"lines only added to an empty file", "", "a\n", `--- a/f.py
+++ b/f.py
@@ -0,0 +1 @@
+a
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Unified("a/f.py", "b/f.py", tc.old, tc.new); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
