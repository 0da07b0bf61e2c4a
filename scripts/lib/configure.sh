# Sourced by the scripts: configures a build folder from a preset of CMakePresets.json.
#
#   configure_tree PRESET BUILD_DIR [CMAKE ARGS...]
#
# Configures when the folder was never configured, when the last configure did not complete
# (CMakeCache.txt without build.ninja: configuring again picks up what was fixed since, a
# package installed say, instead of failing in ninja for good), or when arguments are given.
configure_tree() {
    local preset=$1 dir=$2 source
    shift 2
    source=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    if [ -f "$dir/CMakeCache.txt" ] && [ -f "$dir/build.ninja" ] && [ $# -eq 0 ]; then
        return 0
    fi
    if [ -f "$dir/CMakeCache.txt" ] && [ ! -f "$dir/build.ninja" ]; then
        echo "configure: the last configure of $dir did not complete; configuring again." >&2
    fi
    (cd "$source" && cmake --preset "$preset" -B "$dir" "$@")
}
