package main

import (
	"reflect"
	"strings"
	"testing"
)

// TestCommandName checks which argument commandLine takes for the command:
// global options come first, with their values joined or apart, and then
// kong parses the same arguments against that command alone.
func TestCommandName(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"heads"}, "heads"},
		{[]string{"--no-cache", "heads", "--verbose"}, "heads"},
		{[]string{"-c", "other.ini", "merge", "heads"}, "merge"},
		{[]string{"-cother.ini", "--name=db2", "branches"}, "branches"},
		{[]string{"--config", "a.ini", "--config", "pyproject.toml", "-n", "db2", "--strict", "check", "."}, "check"},
		{[]string{"--version"}, ""},
		{[]string{"--", "heads"}, ""},
		{[]string{"-c", "heads"}, ""}, // heads is the config file's name here
	}
	for _, tt := range tests {
		if got := commandName(tt.args); got != tt.want {
			t.Errorf("commandName(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
	// Every command is found behind global options, and gets a model of
	// its own: the globals and that command.
	full := reflect.TypeOf(CLI{})
	for i := range full.NumField() {
		f := full.Field(i)
		if _, cmd := f.Tag.Lookup("cmd"); !cmd {
			continue
		}
		model, _ := commandLine([]string{"-c", "x.ini", "--no-cache", strings.ToLower(f.Name), "--help"})
		if _, whole := model.(*CLI); whole || reflect.TypeOf(model).Elem().NumField() != 2 {
			t.Errorf("%s: the whole command line was built", f.Name)
		}
	}
}
