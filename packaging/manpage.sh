#!/usr/bin/env bash
# Writes a man page from a built program's own --help and --version (help2man), so the page
# says exactly what the option definitions say and cannot drift from them.
#
#   packaging/manpage.sh BIN_DIR PROGRAM SUMMARY INCLUDE OUT [SUBCOMMAND...]
#
# INCLUDE is a help2man include file with the sections --help cannot give (FILES, SEE ALSO…).
# Each SUBCOMMAND gets a section of its own from `PROGRAM SUBCOMMAND --help`.
set -euo pipefail
bin_dir=$1 program=$2 summary=$3 include=$4 out=$5
shift 5

# The untranslated help, without a display; the program is found on PATH so that its usage
# line names it as a user types it.
run() { env -u LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PATH="$bin_dir:$PATH" "$@"; }

# roff from QCommandLineParser's "Options:" block: each option a tagged paragraph.
options_to_roff() {
    awk '
        function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
        /^Options:/ { inside = 1; next }
        !inside {
            if ($0 ~ /^Usage:/ || $0 ~ /^[ \t]*$/) next
            sub(/^[ \t]+/, ""); if ($0 ~ /^[.'"'"']/) $0 = "\\&" $0
            print esc($0); print ".br"; next
        }
        /^  [- ]/ && match($0, /^  (-[^ ]+, )?--[^ ]+( <[^>]+>)?/) {
            head = substr($0, 1, RLENGTH); rest = substr($0, RLENGTH + 1)
            sub(/^ +/, "", head); sub(/^ +/, "", rest)
            n = split(head, parts, " ")
            line = ""
            for (i = 1; i <= n; i++) {
                p = parts[i]
                if (p ~ /^</) { gsub(/[<>]/, "", p); line = line " \\fI" esc(p) "\\fR" }
                else line = line (line == "" ? "" : " ") "\\fB" esc(p) "\\fR"
            }
            print ".TP"; print line
            if (rest != "") print esc(rest)
            next
        }
        /^ +[^ ]/ { s = $0; sub(/^ +/, "", s); print esc(s) }
    '
}

extra=$(mktemp)
trap 'rm -f "$extra"' EXIT
cat "$include" >"$extra"
for sub in "$@"; do
    upper=$(tr '[:lower:]' '[:upper:]' <<<"$sub")
    {
        printf '\n[%s SUBCOMMAND]\n' "$upper"
        printf '.B %s %s\n\\&[\\fIoptions\\fR]\n.PP\n' "$program" "$sub"
        run "$program" "$sub" --help | options_to_roff
    } >>"$extra"
done

# "syncscope-server 0.1.0 (protocol syncscope.v1)": the footer shows the version number only.
version=$(run "$program" --version | awk '{ print $2; exit }')
# help2man dates the page from SOURCE_DATE_EPOCH when it is set (scripts/package sets it to the
# commit's time, so that two builds of one commit give the same page).
run help2man --no-info --no-discard-stderr --section=1 --name="$summary" \
    --version-string="$version" --include="$extra" --output="$out.tmp" "$program"
mv "$out.tmp" "$out"
