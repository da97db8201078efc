package merge

import "testing"

// TestLoadsBefore checks the load order the new file is placed in:
// locations in order, a directory's files before its subdirectories, names
// in byte order (as Alembic 1.10+ sorts them).
func TestLoadsBefore(t *testing.T) {
	locs := []string{"/t/alembic/versions", "/t/more"}
	tests := []struct {
		a, b string
		want bool
	}{
		{"/t/alembic/versions/a.py", "/t/alembic/versions/b.py", true},
		{"/t/alembic/versions/Z.py", "/t/alembic/versions/a.py", true},
		{"/t/alembic/versions/z.py", "/t/alembic/versions/2026/a.py", true},
		{"/t/alembic/versions/2026/a.py", "/t/alembic/versions/z.py", false},
		{"/t/alembic/versions/2025/z.py", "/t/alembic/versions/2026/a.py", true},
		{"/t/alembic/versions/z.py", "/t/more/a.py", true},
		{"/t/more/a.py", "/t/alembic/versions/z.py", false},
		{"/t/elsewhere/a.py", "/t/more/a.py", false},
		{"/t/alembic/versions/a.py", "/t/alembic/versions/a.py", false},
	}
	for _, tt := range tests {
		if got := loadsBefore(locs, tt.a, tt.b); got != tt.want {
			t.Errorf("loadsBefore(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
