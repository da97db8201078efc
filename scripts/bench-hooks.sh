#!/usr/bin/env bash
# Times onehead's git hooks as whole processes against `git rev-parse HEAD`
# in a repository whose Alembic tree has many revisions, and prints a
# Markdown table (the one in README.md).
#
#   scripts/bench-hooks.sh [REVISIONS]      default: 10000
#
# Cases: the pre-push hook on a push whose commits change no migration,
# and the post-rewrite hook after a rebase that touched no migration, each
# after an earlier hook run checked the migrations once (the state of any
# repository where the hooks are installed); and both without that cache
# (--no-cache: every revision file read from git objects). Each is run RUNS
# times (default 21); medians are shown.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${RUNS:-21}
work=$(mktemp -d); [ -n "${KEEP:-}" ] && echo "work: $work" >&2
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/onehead" ./cmd/onehead # as install.sh builds it
oh=$work/onehead
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

# As teams have it: the history cloned (packed), a teammate's commit on
# main fetched (a few loose objects), a local branch.
git init -q --bare -b main "$work/remote.git"
seed=$work/seed
git init -q -b main "$seed"
go run ./internal/alembictest/gentree -n "$n" "$seed/db" >/dev/null
mkdir -p "$seed/src/app" && for i in $(seq 200); do echo "x = $i" > "$seed/src/app/m$i.py"; done
git -C "$seed" add -A && git -C "$seed" commit -qm "tree of $n revisions" && git -C "$seed" push -q "$work/remote.git" main
repo=$work/repo
git clone -q "$work/remote.git" "$repo"
cd "$repo"
git checkout -qb feature
echo "change" >> src/app/m1.py && git commit -qam "feature: no migration"
(cd "$seed" && echo "upstream" >> src/app/m2.py && git commit -qam "main: no migration" && git push -q "$work/remote.git" main)
git fetch -q origin

# median CMD...: the median wall time of RUNS runs, in milliseconds.
median() {
  for _ in $(seq "$runs"); do
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true
    local end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", (e - s) * 1000 }'
  done | sort -n | awk '{t[NR]=$1} END {print t[int((NR+1)/2)]}'
}

# An earlier hook run: the branch's base was checked once.
printf 'refs/heads/main %s refs/heads/main 0000000000000000000000000000000000000000\n' "$(git rev-parse origin/main~1)" > "$work/prime"
"$oh" hook pre-push origin "$work/remote.git" < "$work/prime" 2>/dev/null

printf 'refs/heads/feature %s refs/heads/feature 0000000000000000000000000000000000000000\n' "$(git rev-parse HEAD)" > "$work/push"
prepush() { "$oh" hook pre-push "$@" origin "$work/remote.git" < "$work/push"; }

git rebase -q origin/main 2>/dev/null
printf '%s %s\n' "$(git rev-parse ORIG_HEAD)" "$(git rev-parse HEAD)" > "$work/rewritten"
postrewrite() { "$oh" hook post-rewrite "$@" rebase < "$work/rewritten"; }

# The same through the shims `onehead install` writes, as git runs them.
"$oh" install >/dev/null 2>&1
hooks=$(git rev-parse --git-path hooks)
shimpush() { "$hooks/pre-push" origin "$work/remote.git" < "$work/push"; }
shimrewrite() { "$hooks/post-rewrite" rebase < "$work/rewritten"; }

# A push that adds one migration: the tree is read again, but only the
# new revision file is parsed (the others are known by blob id). The hook
# cache is put back before each run so that every run reads the tree.
head=$(cd db && "$oh" heads | cut -d' ' -f1)
printf '"""one more"""\nrevision = "zz_one_more"\ndown_revision = "%s"\n' "$head" > db/alembic/versions/zz_one_more.py
git add db && git commit -qm "one more migration"
printf 'refs/heads/feature %s refs/heads/feature 0000000000000000000000000000000000000000\n' "$(git rev-parse HEAD)" > "$work/push-mig"
cachefile=$(git rev-parse --git-common-dir)/onehead/hooks.cache
cp "$cachefile" "$work/hooks.cache.saved"
"$oh" hook pre-push origin "$work/remote.git" < "$work/push-mig" 2>/dev/null || true  # parses the new file once
onemore() { cp "$work/hooks.cache.saved" "$cachefile"; "$oh" hook pre-push origin "$work/remote.git" < "$work/push-mig"; }
git reset -q --hard HEAD~1
cp "$work/hooks.cache.saved" "$cachefile"

revparse=$(median git rev-parse HEAD)
om=$(median onemore)
sp=$(median shimpush)
sr=$(median shimrewrite)
pp=$(median prepush)
pr=$(median postrewrite)
ppc=$(median prepush --no-cache)
prc=$(median postrewrite --no-cache)
ratio() { awk -v a="$1" -v b="$revparse" 'BEGIN { printf "%.1f×", a / b }'; }
echo "| $n revisions, medians of $runs runs | ms | × git rev-parse HEAD |"
echo "|---|---:|---:|"
echo "| git rev-parse HEAD | $revparse | 1.0× |"
echo "| pre-push, push without migration changes | $pp | $(ratio "$pp") |"
echo "| post-rewrite, rebase without migration changes | $pr | $(ratio "$pr") |"
echo "| pre-push through the installed shim | $sp | $(ratio "$sp") |"
echo "| post-rewrite through the installed shim | $sr | $(ratio "$sr") |"
echo "| pre-push, push adding one migration | $om | $(ratio "$om") |"
echo "| pre-push, --no-cache | $ppc | $(ratio "$ppc") |"
echo "| post-rewrite, --no-cache | $prc | $(ratio "$prc") |"
