#!/usr/bin/env bash
# Writes a bash completion for a built program from its own --help (and each SUBCOMMAND's
# --help), so completion offers exactly the options the parser knows and cannot drift.
#
#   packaging/completion.sh BIN_DIR PROGRAM OUT [SUBCOMMAND...]
#
# Values named FILE complete file names, DIR directories; the others are left to the user.
# The printf formats below are bash code for the completion file: $ stays unexpanded on purpose.
# shellcheck disable=SC2016
set -euo pipefail
bin_dir=$1 program=$2 out=$3
shift 3

run() { env -u LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PATH="$bin_dir:$PATH" "$@"; }

# "--name" per option, and "--name VALUE" for those that take one, from an "Options:" block.
options() {
    awk '/^Options:/ { inside = 1; next }
         inside && match($0, /^  (-[^ ]+, )?--[^ ]+( <[^>]+>)?/) {
             n = split(substr($0, 3, RLENGTH - 2), p, " ")
             for (i = 1; i <= n; i++) if (p[i] ~ /^--/) { name = p[i]; sub(/,$/, "", name) }
             value = (p[n] ~ /^</) ? p[n] : ""; gsub(/[<>]/, "", value)
             print name, toupper(value)
         }'
}

# One "case" arm per kind of value: files, directories, and free text (nothing offered).
value_cases() {
    local files=() dirs=() free=() name value
    while read -r name value; do
        case $value in
            "") ;;
            FILE) files+=("$name") ;;
            DIR) dirs+=("$name") ;;
            *) free+=("$name") ;;
        esac
    done
    local IFS='|'
    [ ${#files[@]} -gt 0 ] && printf '        %s) _filedir; return ;;\n' "${files[*]}"
    [ ${#dirs[@]} -gt 0 ] && printf '        %s) _filedir -d; return ;;\n' "${dirs[*]}"
    [ ${#free[@]} -gt 0 ] && printf '        %s) return ;;\n' "${free[*]}"
    return 0
}

function_name=_$(tr -c '[:alnum:]\n' '_' <<<"$program")
main=$(run "$program" --help | options)
{
    printf '# bash completion for %s, generated from its --help by packaging/completion.sh.\n' "$program"
    printf '%s()\n{\n    local cur prev words cword\n    _init_completion || return\n' "$function_name"
    for sub in "$@"; do
        opts=$(run "$program" "$sub" --help | options)
        printf '    if [ "${words[1]-}" = %s ] && [ "$cword" -gt 1 ]; then\n' "$sub"
        printf '        case $prev in\n'
        value_cases <<<"$opts" | sed 's/^/    /'
        printf '        esac\n'
        printf '        COMPREPLY=($(compgen -W "%s" -- "$cur"))\n' "$(awk '{ print $1 }' <<<"$opts" | xargs)"
        printf '        return\n    fi\n'
    done
    printf '    case $prev in\n'
    value_cases <<<"$main"
    printf '    esac\n'
    words_offered="$(awk '{ print $1 }' <<<"$main" | xargs)"
    if [ $# -gt 0 ]; then
        printf '    if [ "$cword" -eq 1 ] && [[ $cur != -* ]]; then\n'
        printf '        COMPREPLY=($(compgen -W "%s" -- "$cur"))\n        return\n    fi\n' "$*"
    fi
    printf '    COMPREPLY=($(compgen -W "%s" -- "$cur"))\n' "$words_offered"
    printf '}\ncomplete -F %s %s\n' "$function_name" "$program"
} >"$out.tmp"
bash -n "$out.tmp"
mv "$out.tmp" "$out"
