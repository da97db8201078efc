package config

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/alembic"
)

// tree writes files under a new temporary directory and returns it; a name
// ending in "/" is a directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, name)
		dir := path
		if !strings.HasSuffix(name, "/") {
			dir = filepath.Dir(path)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(name, "/") {
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

// loadCase is one project layout. want maps Config field names to
// fmt.Sprint of their expected value; err is the expected err.Error();
// in both, $D stands for the project directory. alembic, when set, is the
// last line real Alembic 1.19.2 prints for `alembic heads` on the same
// layout (recorded from /work/shared/tools/alembic, rechecked live by
// TestLoadMatchesAlembic); "ok" means it succeeds without output.
type loadCase struct {
	name    string
	files   map[string]string
	cFiles  []string // -c values
	section string   // -n
	env     string   // ALEMBIC_CONFIG
	want    map[string]string
	err     string
	failed  bool // err is an *alembic.Failed
	alembic string
}

const (
	initHint      = ".  Please use the 'init' command to create a new scripts folder."
	sepExpected   = "; expected 'space', 'newline', 'os', ':', ';'"
	inlineComment = " (there are no inline comments in ini files; put the comment on a line of its own)"
)

var loadCases = []loadCase{
	{
		name:   "script_location is relative to the working directory, not the ini",
		files:  map[string]string{"sub/alembic.ini": "[alembic]\nscript_location = mig\n", "mig/versions/": "", "sub/mig/": ""},
		cFiles: []string{"sub/alembic.ini"},
		want: map[string]string{"ScriptLocation": "mig", "ScriptDir": "$D/mig", "IniPath": "sub/alembic.ini",
			"TOMLPath": "", "VersionLocations": "[$D/mig/versions]", "VersionLocationsSet": "false",
			"FileTemplate": "%(rev)s_%(slug)s", "TruncateSlugLength": "40", "OutputEncoding": "utf-8",
			"TimezoneSet": "false", "RecursiveVersionLocations": "false", "Sourceless": "false", "Hooks": "[]"},
		alembic: "ok",
	},
	{
		name:   "here is the ini's directory, pathlib-absolute with .. kept",
		files:  map[string]string{"sub/alembic.ini": "[alembic]\nscript_location = %(here)s/mig\n", "mig/": ""},
		cFiles: []string{"sub/../sub/alembic.ini"},
		want:   map[string]string{"ScriptLocation": "$D/sub/../sub/mig", "ScriptDir": "$D/sub/../sub/mig"},
		err:    "Path doesn't exist: $D/sub/../sub/mig" + initHint, failed: true,
		alembic: "FAILED: Path doesn't exist: $D/sub/../sub/mig" + initHint,
	},
	{
		name:  "missing script directory is printed as pathlib normalises it",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = ./nomig//x/../y/\n"},
		err:   "Path doesn't exist: nomig/x/../y" + initHint, failed: true,
		alembic: "FAILED: Path doesn't exist: nomig/x/../y" + initHint,
	},
	{
		name:  "no configuration at all",
		files: map[string]string{},
		err:   "No 'script_location' key found in configuration.", failed: true,
		alembic: "FAILED: No 'script_location' key found in configuration.",
	},
	{
		name:  "ini without the main section",
		files: map[string]string{"alembic.ini": "[other]\nscript_location = mig\n", "mig/": ""},
		err:   "No 'script_location' key found in configuration.", failed: true,
		alembic: "FAILED: No 'script_location' key found in configuration.",
	},
	{
		name:    "-n picks the section",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = nomig\n[other]\nscript_location = mig\n", "mig/": ""},
		section: "other",
		want:    map[string]string{"ScriptDir": "$D/mig", "Name": "other"},
		alembic: "ok",
	},
	{
		name:    "ini file that is a directory reads as empty",
		files:   map[string]string{"alembic.ini/": "", "pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\n", "mig/": ""},
		want:    map[string]string{"IniPath": "", "TOMLPath": "pyproject.toml", "ScriptDir": "$D/mig"},
		alembic: "ok",
	},
	{
		name: "pyproject.toml only",
		files: map[string]string{"mig/": "", "pyproject.toml": `[tool.alembic]
script_location = "%(here)s/mig"
version_locations = ["%(here)s/v1", "v2"]
file_template = "%%(rev)s"
truncate_slug_length = 12
recursive_version_locations = true
sourceless = false
timezone = "UTC"
output_encoding = "latin-1"
prepend_sys_path = ["."]
`},
		want: map[string]string{"IniPath": "", "TOMLPath": "pyproject.toml", "ScriptLocation": "$D/mig",
			"VersionLocations": "[$D/v1 $D/v2]", "VersionLocationsSet": "true", "FileTemplate": "%(rev)s",
			"TruncateSlugLength": "12", "RecursiveVersionLocations": "true", "Sourceless": "false",
			"Timezone": "UTC", "TimezoneSet": "true", "OutputEncoding": "latin-1", "PrependSysPath": "[.]",
			"Sources": "map[file_template:pyproject.toml:4 output_encoding:pyproject.toml:9 prepend_sys_path:pyproject.toml:10 " +
				"recursive_version_locations:pyproject.toml:6 script_location:pyproject.toml:2 sourceless:pyproject.toml:7 " +
				"timezone:pyproject.toml:8 truncate_slug_length:pyproject.toml:5 version_locations:pyproject.toml:3]"},
		alembic: "ok",
	},
	{
		name: "the ini wins key by key over pyproject.toml",
		files: map[string]string{"mig/": "",
			"alembic.ini":    "[alembic]\n# comment\nscript_location = mig\n",
			"pyproject.toml": "[tool]\nalembic.script_location = \"nomig\"\nalembic.file_template = \"x\"\n"},
		want: map[string]string{"ScriptDir": "$D/mig", "FileTemplate": "x", "IniPath": "alembic.ini", "TOMLPath": "pyproject.toml",
			"Sources": "map[file_template:pyproject.toml:3 script_location:alembic.ini:3]"},
		alembic: "ok",
	},
	{
		name: "inline tables still give lines",
		files: map[string]string{"mig/": "",
			"pyproject.toml": "tool = { alembic = { script_location = \"mig\" } }\n"},
		want:    map[string]string{"ScriptDir": "$D/mig", "Sources": "map[script_location:pyproject.toml:1]"},
		alembic: "ok",
	},
	{
		name:    "ALEMBIC_CONFIG replaces the ini default",
		files:   map[string]string{"conf/my.ini": "[alembic]\nscript_location = mig\n", "mig/": ""},
		env:     "conf/my.ini",
		want:    map[string]string{"IniPath": "conf/my.ini", "ScriptDir": "$D/mig"},
		alembic: "ok",
	},
	{
		name: "ALEMBIC_CONFIG naming pyproject.toml replaces the toml default",
		files: map[string]string{"conf/pyproject.toml": "[tool.alembic]\nscript_location = \"%(here)s/m\"\n", "conf/m/": "",
			"alembic.ini": "[alembic]\nfile_template = t\n"},
		env:     "conf/pyproject.toml",
		want:    map[string]string{"TOMLPath": "conf/pyproject.toml", "IniPath": "alembic.ini", "ScriptDir": "$D/conf/m", "FileTemplate": "t"},
		alembic: "ok",
	},
	{
		name:    "-c wins over ALEMBIC_CONFIG",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\n", "mig/": ""},
		env:     "nothere.ini",
		cFiles:  []string{"alembic.ini"},
		want:    map[string]string{"IniPath": "alembic.ini"},
		alembic: "ok",
	},
	{
		name:    "-c with only pyproject.toml keeps the default ini",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\n", "mig/": "", "p/pyproject.toml": "[tool.alembic]\ntimezone = \"UTC\"\n"},
		cFiles:  []string{"p/pyproject.toml"},
		want:    map[string]string{"IniPath": "alembic.ini", "TOMLPath": "p/pyproject.toml", "Timezone": "UTC"},
		alembic: "ok",
	},
	{
		name:    "two ini files",
		files:   map[string]string{},
		cFiles:  []string{"a.ini", "b.ini"},
		err:     "b.ini: only one ini file may be indicated (Alembic crashes); give -c at most once for an ini file",
		alembic: "alembic.util.exc.CommandError: only one ini file may be indicated",
	},
	{
		name:    "two pyproject.toml files",
		files:   map[string]string{},
		cFiles:  []string{"pyproject.toml", "x/pyproject.toml"},
		err:     "x/pyproject.toml: pyproject.toml indicated more than once (Alembic crashes); give -c at most once for pyproject.toml",
		alembic: "alembic.util.exc.CommandError: pyproject.toml indicated more than once",
	},

	{
		name:    "an empty -c is the default ini",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\n", "mig/": ""},
		cFiles:  []string{""},
		want:    map[string]string{"IniPath": "alembic.ini"},
		alembic: "ok",
	},
	{
		name: "TOML timezone and output_encoding that are not strings fail only when used",
		files: map[string]string{"mig/": "", "pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\n" +
			"timezone = false\noutput_encoding = [\"utf-8\"]\n"},
		want: map[string]string{"TimezoneSet": "true", "OutputEncoding": "",
			"UseErrors": "map[output_encoding:pyproject.toml:4: TypeError: output_encoding is a TOML list, not a string (output_encoding must be a string) " +
				"timezone:pyproject.toml:3: TypeError: timezone is a TOML bool, not a string (timezone must be a string)]"},
		alembic: "ok",
	},
	// version_locations splitting.
	{
		name:    "legacy split on commas and spaces",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a, b  c,d\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a $D/b $D/c $D/d]", "VersionLocationsSet": "true"},
		alembic: "ok",
	},
	{
		// Alembic 1.19.2's `revision` printed "Generating <dir>/sub/../v/<rev>_x.py" for this value.
		name:    "version locations are pathlib-absolute: .. kept, ./ and trailing / dropped",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = ./sub/../v/\npath_separator = os\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/sub/../v]"},
		alembic: "ok",
	},
	{
		name:  "legacy split keeps the empty entry of a leading comma: the working directory",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = ,a\n", "mig/": ""},
		want:  map[string]string{"VersionLocations": "[$D $D/a]"},
	},
	{
		name:    "path_separator = space",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a  b,c\npath_separator = space\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a $D/b,c]"},
		alembic: "ok",
	},
	{
		name:    "path_separator = newline",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations =\n    a b\n    c\npath_separator = newline\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a b $D/c]"},
		alembic: "ok",
	},
	{
		name:    "path_separator = os",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a:b c\npath_separator = os\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a $D/b c]"},
		alembic: "ok",
	},
	{
		name:    "path_separator = :",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a::b\npath_separator = :\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a $D/b]"},
		alembic: "ok",
	},
	{
		name:    "path_separator = ; drops empty pieces before stripping",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a; ;b\npath_separator = ;\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a $D $D/b]"},
		alembic: "ok",
	},
	{
		name:    "version_path_separator when path_separator is absent",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a;b c\nversion_path_separator = ;\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a $D/b c]"},
		alembic: "ok",
	},
	{
		name: "path_separator wins over version_path_separator",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a;b:c\n" +
			"version_path_separator = ;\npath_separator = :\n", "mig/": ""},
		want:    map[string]string{"VersionLocations": "[$D/a;b $D/c]"},
		alembic: "ok",
	},
	{
		name: "the 1.7-1.14 template's inline comment is harmless without version_locations",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\n" +
			"version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.\n", "mig/": ""},
		want:    map[string]string{"VersionLocationsSet": "false"},
		alembic: "ok",
	},
	{
		name: "the 1.7-1.14 template's inline comment fails once version_locations is set",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a b\n" +
			"version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.\n", "mig/": ""},
		err: "alembic.ini:4: 'os  # Use os.pathsep. Default configuration used for new projects.' is not a valid value " +
			"for version_path_separator" + sepExpected + inlineComment,
		alembic: "ValueError: 'os  # Use os.pathsep. Default configuration used for new projects.' is not a valid value " +
			"for version_path_separator" + sepExpected,
	},
	{
		name:    "an empty path_separator is invalid too",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = a b\npath_separator =\n", "mig/": ""},
		err:     "alembic.ini:4: '' is not a valid value for path_separator" + sepExpected + inlineComment,
		alembic: "ValueError: '' is not a valid value for path_separator" + sepExpected,
	},
	{
		name: "prepend_sys_path checks path_separator only, before version_locations",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nprepend_sys_path = .\n" +
			"path_separator = x\nversion_path_separator = os\n", "mig/": ""},
		err:     "alembic.ini:4: 'x' is not a valid value for path_separator" + sepExpected + inlineComment,
		alembic: "ValueError: 'x' is not a valid value for path_separator" + sepExpected,
	},
	{
		name: "prepend_sys_path ignores version_path_separator",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nprepend_sys_path = . src:lib\n" +
			"version_path_separator = bad\n", "mig/": ""},
		want:    map[string]string{"PrependSysPath": "[. src lib]"},
		alembic: "ok",
	},
	{
		name: "an empty ini version_locations falls back to pyproject.toml",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations =\n", "mig/": "",
			"pyproject.toml": "[tool.alembic]\nversion_locations = [\"v\"]\n"},
		want:    map[string]string{"VersionLocations": "[$D/v]", "Sources": "map[script_location:alembic.ini:2 version_locations:pyproject.toml:2]"},
		alembic: "ok",
	},
	{
		name:  "an empty TOML list is the default",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\nversion_locations = []\n", "mig/": ""},
		want:  map[string]string{"VersionLocations": "[$D/mig/versions]", "VersionLocationsSet": "false"},
	},
	{
		name:  "a TOML string is iterated character by character",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\nversion_locations = \"ab\"\n", "mig/": ""},
		want: map[string]string{"VersionLocations": "[$D/a $D/b]",
			"Warnings": "[pyproject.toml:3: version_locations is a string, so Alembic uses each of its characters as an entry; make it a list]"},
		alembic: "ok",
	},

	// Package resources.
	{
		name:    "pkg:dir in a regular package",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = myapp:migrations\n", "myapp/__init__.py": "", "myapp/migrations/": ""},
		want:    map[string]string{"ScriptLocation": "myapp:migrations", "ScriptDir": "$D/myapp/migrations", "VersionLocations": "[$D/myapp/migrations/versions]"},
		alembic: "ok",
	},
	{
		name:    "pkg: is the package directory itself",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = myapp:\n", "myapp/__init__.py": ""},
		want:    map[string]string{"ScriptDir": "$D/myapp"},
		alembic: "ok",
	},
	{
		name:  "pkg:a:b joins every part",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = myapp:a:b\n", "myapp/__init__.py": ""},
		err:   "Path doesn't exist: $D/myapp/a/b" + initHint, failed: true,
		alembic: "FAILED: Path doesn't exist: $D/myapp/a/b" + initHint,
	},
	{
		name: "namespace package on prepend_sys_path, dotted",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = pk.sub:m\nprepend_sys_path = lib\n",
			"lib/pk/sub/m/": ""},
		want:    map[string]string{"ScriptDir": "$D/lib/pk/sub/m", "PrependSysPath": "[lib]"},
		alembic: "ok",
	},
	{
		name: "a regular package wins over an earlier namespace portion",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = pk:m\nprepend_sys_path = lib\n",
			"lib/pk/": "", "pk/__init__.py": "", "pk/m/": ""},
		want:    map[string]string{"ScriptDir": "$D/pk/m"},
		alembic: "ok",
	},
	{
		name:  "missing directory inside a package",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = myapp:migrations\n", "myapp/__init__.py": ""},
		err:   "Path doesn't exist: $D/myapp/migrations" + initHint, failed: true,
		alembic: "FAILED: Path doesn't exist: $D/myapp/migrations" + initHint,
	},
	{
		name:  "package found only under src/ is a warning",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = myapp:migrations\n", "src/myapp/__init__.py": "", "src/myapp/migrations/": ""},
		want: map[string]string{"ScriptDir": "$D/src/myapp/migrations",
			"Warnings": "[alembic.ini:2: script_location = myapp:migrations: found package myapp at $D/src/myapp, which is not on Alembic's import path unless the package is installed]"},
	},
	{
		name:  "package not found",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = nopkg.x:migrations\n"},
		err: "alembic.ini:2: script_location = nopkg.x:migrations names a directory inside Python package nopkg.x, which Alembic imports " +
			"(ModuleNotFoundError: No module named 'nopkg.x' if it is not importable); onehead does not run Python and found no " +
			"directory nopkg/x in $D, $D/src (run onehead where the package is importable, add its parent directory to " +
			"prepend_sys_path, or write script_location as a path)",
		alembic: "ModuleNotFoundError: No module named 'nopkg'",
	},
	{
		name: "version_locations may be resources",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nversion_locations = myapp:v1 myapp:v2\n",
			"mig/": "", "myapp/__init__.py": ""},
		want:    map[string]string{"VersionLocations": "[$D/myapp/v1 $D/myapp/v2]"},
		alembic: "ok",
	},

	// Scalar options.
	{
		name:    "truncate_slug_length 0 means 40",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\ntruncate_slug_length = 0\n", "mig/": ""},
		want:    map[string]string{"TruncateSlugLength": "40"},
		alembic: "ok",
	},
	{
		name:    "truncate_slug_length takes Python's int syntax",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\ntruncate_slug_length = 1_0\n", "mig/": ""},
		want:    map[string]string{"TruncateSlugLength": "10"},
		alembic: "ok",
	},
	{
		name:    "truncate_slug_length that is not an integer",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\ntruncate_slug_length = 4.5\n", "mig/": ""},
		err:     "alembic.ini:3: invalid literal for int() with base 10: '4.5' (truncate_slug_length must be an integer)",
		alembic: "ValueError: invalid literal for int() with base 10: '4.5'",
	},
	{
		name:    "a TOML boolean is an int to int()",
		files:   map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\ntruncate_slug_length = true\n", "mig/": ""},
		want:    map[string]string{"TruncateSlugLength": "1"},
		alembic: "ok",
	},
	{
		name: "ini booleans are the exact string true",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nsourceless = true\nrecursive_version_locations = True\n" +
			"timezone =\n", "mig/": ""},
		want:    map[string]string{"Sourceless": "true", "RecursiveVersionLocations": "false", "Timezone": "", "TimezoneSet": "true"},
		alembic: "ok",
	},
	{
		name:  "TOML booleans must be booleans",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\nrecursive_version_locations = \"true\"\n", "mig/": ""},
		err:   "boolean value expected for TOML parameter 'recursive_version_locations'", failed: true,
		alembic: "FAILED: boolean value expected for TOML parameter 'recursive_version_locations'",
	},
	{
		name:  "unsupported TOML value type",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\ntimezone = 1.5\n", "mig/": ""},
		err:   "unsupported TOML value type for key: 'timezone'", failed: true,
		alembic: "FAILED: unsupported TOML value type for key: 'timezone'",
	},
	{
		name:  "tool.alembic that is not a table",
		files: map[string]string{"pyproject.toml": "[tool]\nalembic = 5\n"},
		err:   "Incorrect TOML format", failed: true,
		alembic: "FAILED: Incorrect TOML format",
	},
	{
		name:    "tool that is not a table",
		files:   map[string]string{"pyproject.toml": "tool = 5\n"},
		err:     "pyproject.toml: AttributeError: 'int' object has no attribute 'get' (Alembic expects tool to be a table)",
		alembic: "AttributeError: 'int' object has no attribute 'get'",
	},
	{
		name:  "invalid TOML",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\nscript_location = \"x\"\n"},
		err: "pyproject.toml:3: TOMLDecodeError: toml: key script_location is already defined " +
			"(Alembic reads pyproject.toml with tomllib, which rejects it)",
		alembic: "tomllib.TOMLDecodeError: Cannot overwrite a value (at line 3, column 22)",
	},
	{
		name:  "an undoubled % in TOML is Python's KeyError",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\nfile_template = \"%(rev)s_%(slug)s\"\n", "mig/": ""},
		err: "pyproject.toml:3: file_template: KeyError: 'rev': Alembic %-formats every string in [tool.alembic] and only " +
			`%(here)s is defined (double a literal %, e.g. "%%(rev)s_%%(slug)s")`,
		alembic: "KeyError: 'rev'",
	},
	{
		name:  "a TOML file_template that is not a string fails only when used",
		files: map[string]string{"pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\nfile_template = 5\n", "mig/": ""},
		want: map[string]string{"FileTemplate": "",
			"UseErrors": "map[file_template:pyproject.toml:3: TypeError: file_template is a TOML int, not a string (file_template must be a string)]"},
		alembic: "ok",
	},
	{
		name:    "ini interpolation errors surface with their line",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig%\n"},
		err:     "alembic.ini:2: InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%' (write %% for a literal %)",
		alembic: "configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%'",
	},
	{
		name:  "ini syntax errors surface with their line",
		files: map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nScript_Location = x\n"},
		err: "alembic.ini:3: DuplicateOptionError: option 'script_location' in section 'alembic' already exists " +
			"(configparser allows each option once per section (names are case-insensitive); remove one)",
		alembic: "configparser.DuplicateOptionError: While reading from PosixPath('alembic.ini') [line  3]: option 'script_location' in section 'alembic' already exists",
	},
	{
		name:    "file_template after ini interpolation",
		files:   map[string]string{"alembic.ini": "[alembic]\nscript_location = mig\nfile_template = %%(year)d_%%(rev)s\n", "mig/": ""},
		want:    map[string]string{"FileTemplate": "%(year)d_%(rev)s"},
		alembic: "ok",
	},

	// Post-write hooks.
	{
		name: "ini hooks, in order, with options; upper-case names lose their options",
		files: map[string]string{"mig/": "", "alembic.ini": "[alembic]\nscript_location = mig\n" +
			"[post_write_hooks]\nhooks = black,  Fmt ruff\nblack.type = console_scripts\nblack.entrypoint = black\n" +
			"black.options = -l 79 %(here)s\nFmt.type = exec\nruff.type = exec\n",
			"pyproject.toml": "[[tool.alembic.post_write_hooks]]\nname = \"ignored\"\ntype = \"exec\"\n"},
		want: map[string]string{"Hooks": "[{black map[entrypoint:black options:-l 79 $D type:console_scripts] alembic.ini:4} " +
			"{Fmt map[] alembic.ini:4} {ruff map[type:exec] alembic.ini:4}]"},
		alembic: "ok",
	},
	{
		name: "TOML hooks",
		files: map[string]string{"mig/": "", "pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\n\n" +
			"[[tool.alembic.post_write_hooks]]\nname = \"ruff\"\ntype = \"module\"\nmodule = \"ruff\"\noptions = \"check --fix REVISION_SCRIPT_FILENAME\"\n\n" +
			"[[tool.alembic.post_write_hooks]]\nname = \"fmt\"\nexecutable = \"%(here)s/fmt\"\n"},
		want: map[string]string{"Hooks": "[{ruff map[module:ruff options:check --fix REVISION_SCRIPT_FILENAME type:module] pyproject.toml:4} " +
			"{fmt map[executable:$D/fmt] pyproject.toml:10}]"},
		alembic: "ok",
	},
	{
		name:    "a TOML hook without a name",
		files:   map[string]string{"mig/": "", "pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\npost_write_hooks = [{type = \"exec\"}]\n"},
		err:     "pyproject.toml:3: post_write_hooks: KeyError: 'name' (give every hook a name)",
		alembic: "KeyError: 'name'",
	},
}

func TestLoad(t *testing.T) {
	for _, tc := range loadCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, tc.files)
			c, err := Load(Options{Dir: dir, Files: tc.cFiles, Name: tc.section,
				Getenv: func(k string) string {
					if k == "ALEMBIC_CONFIG" {
						return tc.env
					}
					return ""
				}})
			expand := func(s string) string { return strings.ReplaceAll(s, "$D", dir) }
			if tc.err != "" {
				if err == nil || err.Error() != expand(tc.err) {
					t.Fatalf("error = %v\nwant    %s", err, expand(tc.err))
				}
				var failed *alembic.Failed
				if errors.As(err, &failed) != tc.failed {
					t.Errorf("error is *alembic.Failed: %v, want %v", !tc.failed, tc.failed)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			v := reflect.ValueOf(c).Elem()
			for field, want := range tc.want {
				if got := fmt.Sprint(v.FieldByName(field).Interface()); got != expand(want) {
					t.Errorf("%s = %s\nwant %s", field, got, expand(want))
				}
			}
		})
	}
}

// TestLoadMatchesAlembic runs real Alembic (ONEHEAD_ALEMBIC, or the shared
// copy) on every case that records what Alembic prints, so the recorded
// literals cannot drift from the real tool.
func TestLoadMatchesAlembic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Alembic once per case")
	}
	bin := os.Getenv("ONEHEAD_ALEMBIC")
	if bin == "" {
		bin = "/work/shared/tools/alembic"
	}
	if _, err := os.Stat(bin); err != nil {
		if requireOracle() {
			t.Fatalf("ONEHEAD_REQUIRE_ORACLE=1 but Alembic is not at %s (set ONEHEAD_ALEMBIC)", bin)
		}
		t.Skip("real Alembic not available; set ONEHEAD_ALEMBIC")
	}
	for _, tc := range loadCases {
		if tc.alembic == "" {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := tree(t, tc.files)
			var args []string
			for _, f := range tc.cFiles {
				args = append(args, "-c", f)
			}
			if tc.section != "" {
				args = append(args, "-n", tc.section)
			}
			cmd := exec.Command(bin, append(args, "heads")...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "ALEMBIC_CONFIG="+tc.env)
			out, err := cmd.CombinedOutput()
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			got := lines[len(lines)-1]
			if err == nil && got == "" {
				got = "ok"
			}
			if want := strings.ReplaceAll(tc.alembic, "$D", dir); got != want {
				t.Errorf("alembic heads printed %q\nwant %q", got, want)
			}
			if tc.failed && tc.alembic != "FAILED: "+tc.err {
				t.Errorf("recorded Alembic line %q does not match err %q", tc.alembic, tc.err)
			}
		})
	}
}

func TestMainOption(t *testing.T) {
	dir := tree(t, map[string]string{"mig/": "", "alembic.ini": "[DEFAULT]\nshared = s\n[alembic]\nscript_location = mig\n" +
		"databases = engine1, engine2\nbad = 5%\n", "pyproject.toml": "[tool.alembic]\ntoml_only = \"t\"\n"})
	c, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		ok         bool
		err        string
	}{
		{"databases", "engine1, engine2", true, ""},
		{"DataBases", "engine1, engine2", true, ""},
		{"shared", "s", true, ""},
		{"here", dir, true, ""},
		{"toml_only", "", false, ""},
		{"bad", "", true, "alembic.ini:6: InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%' (write %% for a literal %)"},
	} {
		got, ok, err := c.MainOption(tc.name)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("MainOption(%q) error = %v, want %s", tc.name, err, tc.err)
			}
			continue
		}
		if got != tc.want || ok != tc.ok || err != nil {
			t.Errorf("MainOption(%q) = %q, %v, %v; want %q, %v", tc.name, got, ok, err, tc.want, tc.ok)
		}
	}

	// Only the toml configures the project: the main section is missing.
	dir = tree(t, map[string]string{"mig/": "", "pyproject.toml": "[tool.alembic]\nscript_location = \"mig\"\n"})
	if c, err = Load(Options{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.MainOption("databases")
	var failed *alembic.Failed
	if !errors.As(err, &failed) || failed.Message != "No config file 'alembic.ini' found, or file has no '[alembic]' section" {
		t.Errorf("MainOption without the section: %v", err)
	}
}

func TestRevisionEnvironment(t *testing.T) {
	for _, tc := range []struct {
		name, ini, toml string
		want            bool
		err             string
	}{
		{"absent", "", "", false, ""},
		{"ini yes with spaces and case", "revision_environment = Yes \n", "", true, ""},
		{"ini t", "revision_environment = t\n", "", true, ""},
		{"ini off", "revision_environment = off\n", "", false, ""},
		{"ini 0", "revision_environment = 0\n", "", false, ""},
		{"ini wins over toml", "revision_environment = false\n", "revision_environment = true\n", false, ""},
		{"ini nonsense", "revision_environment = Maybe\n", "", false,
			"alembic.ini:3: String is not true/false: 'maybe' (use true or false)"},
		{"toml bool", "", "revision_environment = true\n", true, ""},
		{"toml int", "", "revision_environment = 0\n", false, ""},
		{"toml string", "", "revision_environment = \"on\"\n", true, ""},
		{"toml float", "", "revision_environment = 1.0\n", false, "unsupported TOML value type for key: 'revision_environment'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, map[string]string{"mig/": "",
				"alembic.ini":    "[alembic]\nscript_location = mig\n" + tc.ini,
				"pyproject.toml": "[tool.alembic]\n" + tc.toml})
			c, err := Load(Options{Dir: dir})
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.RevisionEnvironment()
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Errorf("error = %v, want %s", err, tc.err)
				}
				return
			}
			if got != tc.want || err != nil {
				t.Errorf("= %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestHookType(t *testing.T) {
	for _, tc := range []struct {
		hook Hook
		want string
		err  string
	}{
		{Hook{Name: "ruff", Options: map[string]string{"type": "exec"}}, "exec", ""},
		// Confirmed with Alembic 1.19.2's `revision` on an ini hook "Fmt".
		{Hook{Name: "Fmt", Options: map[string]string{}}, "", "Key 'Fmt.type' (or 'type' in toml) is required for post write hook 'Fmt'"},
	} {
		got, err := tc.hook.Type()
		var failed *alembic.Failed
		if tc.err != "" && (!errors.As(err, &failed) || failed.Message != tc.err) {
			t.Errorf("%s: error = %v, want %s", tc.hook.Name, err, tc.err)
		}
		if got != tc.want {
			t.Errorf("%s: Type() = %q, want %q", tc.hook.Name, got, tc.want)
		}
	}
}
