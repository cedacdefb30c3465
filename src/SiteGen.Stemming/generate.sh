#!/usr/bin/env bash
# Regenerates Algorithms/ from the Snowball project's algorithms (https://github.com/snowballstem/snowball, BSD-3-Clause):
# build its compiler (make snowball) in a clone, then run this script with the clone's path. The languages are those
# Pagefind stems (its get_stemmer); the version must be the one Pagefind's search stems queries with, or a word indexed
# here would not be found: Pagefind 1.6 uses Snowball 3.1 (English keeps "internal", "added" stems to "add").
set -euo pipefail
snowball=${1:?path of a snowball clone with its compiler built}
here=$(cd "$(dirname "$0")" && pwd)
rm -f "$here"/Algorithms/*.cs
for algorithm in arabic armenian basque catalan danish dutch english finnish french german greek hindi hungarian indonesian \
                 irish italian lithuanian nepali norwegian portuguese romanian russian serbian spanish swedish tamil turkish yiddish; do
  name="${algorithm^}Stemmer"
  "$snowball/snowball" "$snowball/algorithms/$algorithm.sbl" -csharp -name "$name" -o "$here/Algorithms/$name"
  # Internal: the project's API is Stemmers.
  sed -i 's/public partial class /internal sealed partial class /' "$here/Algorithms/$name.cs"
done
echo "Generated from snowball $(git -C "$snowball" describe --always --tags 2>/dev/null || echo '?')"
