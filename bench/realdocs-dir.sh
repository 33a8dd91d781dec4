# Sourced by the bench scripts: sets `repo` to the repository and `docs` to shared/realdocs/current,
# found through SHARED_DIR or as the nearest "shared" folder above the repository.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "${SHARED_DIR:-}" ]]; then
  dir="$repo"
  while [[ "$dir" != "/" ]]; do
    dir="$(dirname "$dir")"
    if [[ -d "$dir/shared/realdocs/current" ]]; then SHARED_DIR="$dir/shared"; break; fi
  done
fi
docs="${SHARED_DIR:?set SHARED_DIR to the folder holding realdocs/}/realdocs/current"
