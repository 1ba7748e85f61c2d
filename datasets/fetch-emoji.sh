#!/usr/bin/env bash
# Fetches Google's emoji (npm package emoji-datasource-google 16.0.0, MIT) and arranges them as an image folder
# with one subfolder per emoji category: 3,781 colour images, 64 x 64 PNG, in nine classes.
#
# Usage: datasets/fetch-emoji.sh [DIR]     (DIR defaults to datasets/emoji beside this script)
#
# Needs npm, node and tar (Debian: sudo apt-get install npm). The tarball's SHA-512 is checked against the one
# pinned below. The folder is built beside DIR and renamed into place at the end, so an interrupted run leaves
# no half folder at DIR. A DIR that exists already is left as it is. gan4j itself never downloads data.
set -euo pipefail

readonly PACKAGE=emoji-datasource-google
readonly VERSION=16.0.0
readonly INTEGRITY='sha512-ZRexfzs7MVoLnmzZmNsO4TKhnAJp5D++Vm6PpUpH/jEQQlemp3l88CjZ+DoZ2faM9R4QxZkOPJCoT8DlPhfQ3A=='
readonly IMAGES=img/google/64

say() { echo "fetch-emoji: $*"; }
die() { echo "fetch-emoji: $*" >&2; exit 1; }

case "${1:-}" in
  -h|--help) sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
esac
(($# <= 1)) || die "expected at most one argument (the folder to create), got $#: $*"

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dest=${1:-$script_dir/emoji}
[[ -n $dest ]] || die "the folder to create is an empty string; give a path, or no argument for $script_dir/emoji"
if [[ -e $dest ]]; then
  say "$dest exists already; leaving it as it is (delete it to fetch again)."
  exit 0
fi
for tool in npm node tar; do
  command -v "$tool" >/dev/null || die "$tool is not installed; install Debian's npm package (sudo apt-get install npm), which brings node."
done

parent=$(dirname "$dest")
mkdir -p "$parent" || die "cannot create the folder $parent for $dest"
parent=$(cd "$parent" && pwd)
name=$(basename "$dest")
dest=$parent/$name

download=$(mktemp -d "${TMPDIR:-/tmp}/fetch-emoji.XXXXXX")
staging=$(mktemp -d "$parent/.$name.partial-XXXXXX") || die "cannot write in $parent"
cleanup() { rm -rf -- "$download" "$staging"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

say "downloading $PACKAGE@$VERSION with npm pack (about 74 MB)"
tarball=$(cd "$download" && npm pack --silent "$PACKAGE@$VERSION" | tail -n 1) \
  || die "npm pack $PACKAGE@$VERSION failed; check the network and npm's registry setting (npm config get registry)."
[[ -f $download/$tarball ]] || die "npm pack did not write the tarball it named ('$tarball') in $download"

actual=sha512-$(node -e 'const c = require("crypto"), fs = require("fs");
  process.stdout.write(c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"));' "$download/$tarball")
[[ $actual == "$INTEGRITY" ]] \
  || die "$tarball has integrity $actual, not the pinned $INTEGRITY; the registry served other bytes, so nothing was written."

say "extracting $tarball"
tar -xzf "$download/$tarball" -C "$download" || die "cannot extract $download/$tarball"
package=$download/package

say "sorting $IMAGES by category into $staging"
# Prints one line per class: folder, category, count.
counts=$(node - "$package" "$IMAGES" "$staging" <<'EOF'
const fs = require("fs"), path = require("path");
const [packageDir, imagesDir, out] = process.argv.slice(2);
const folders = {
  "Smileys & Emotion": "smileys-emotion", "People & Body": "people-body", "Animals & Nature": "animals-nature",
  "Food & Drink": "food-drink", "Travel & Places": "travel-places", "Activities": "activities",
  "Objects": "objects", "Symbols": "symbols", "Flags": "flags",
};
const left = "Component";  // skin-tone and hair swatches, not emoji of their own
const fail = (message) => { console.error("fetch-emoji: " + message); process.exit(1); };
const entries = JSON.parse(fs.readFileSync(path.join(packageDir, "emoji.json"), "utf8"));
const counts = Object.fromEntries(Object.keys(folders).map((c) => [c, 0]));
const seen = new Set();
for (const folder of Object.values(folders)) fs.mkdirSync(path.join(out, folder));
for (const entry of entries) {
  const images = [entry.image, ...Object.values(entry.skin_variations || {}).map((v) => v.image)];
  images.forEach((image) => seen.add(image));
  if (entry.category === left) continue;
  const folder = folders[entry.category];
  if (folder === undefined) fail(`emoji.json has an unknown category '${entry.category}' (${entry.short_name}); the script knows ${Object.keys(folders).join(", ")} and ${left}`);
  for (const image of images) {
    const from = path.join(packageDir, imagesDir, image);
    if (!fs.existsSync(from)) fail(`emoji.json names ${image} (${entry.short_name}) but ${imagesDir} has no such file`);
    fs.copyFileSync(from, path.join(out, folder, image));
    counts[entry.category]++;
  }
}
const unnamed = fs.readdirSync(path.join(packageDir, imagesDir)).filter((f) => !seen.has(f));
if (unnamed.length > 0) fail(`${imagesDir} has ${unnamed.length} images that emoji.json does not name, such as ${unnamed[0]}`);
for (const [category, folder] of Object.entries(folders)) console.log(`${folder}\t${category}\t${counts[category]}`);
EOF
) || die "could not sort the images; nothing was written to $dest"

total=0
table=""
while IFS=$'\t' read -r folder category count; do
  total=$((total + count))
  table+="| \`$folder/\` | $category | $count |"$'\n'
done <<<"$counts"
all=$(find "$package/$IMAGES" -maxdepth 1 -name '*.png' | wc -l)

cp "$package/LICENSE" "$staging/LICENSE"
cat >"$staging/README.md" <<EOF
# Emoji, 64 × 64 colour images in nine classes

Made by \`datasets/fetch-emoji.sh\` of gan4j from the npm package \`$PACKAGE@$VERSION\`
(Google's Noto emoji images, collected by the emoji-data project, https://github.com/iamcal/emoji-data).

- tarball: \`$tarball\`, integrity \`$INTEGRITY\`
- images: \`$IMAGES/\`, 64 × 64 PNG with transparent backgrounds (most RGBA; a few grey + alpha or palette)
- classes: the \`category\` of each entry of \`emoji.json\`; skin-tone variations (\`skin_variations\`) are in
  their parent's class; category Component (skin-tone and hair swatches) is left out
- file names are the package's (the code points in hex)

| folder | category | images |
|---|---|---|
$table| | total | $total |

$all images in \`$IMAGES/\`, $((all - total)) of them in Component.
Licence: the package's, MIT, in LICENSE (copyright Cal Henderson). The images are Google's Noto Emoji artwork, which
the noto-emoji project (https://github.com/googlefonts/noto-emoji) publishes under the Apache License 2.0 (its flag
images: public domain); mind both before redistributing images. Delete this folder and run
\`datasets/fetch-emoji.sh\` again to rebuild it.
EOF
chmod 755 "$staging"

mv -T "$staging" "$dest" || die "cannot rename $staging to $dest"
trap - EXIT
rm -rf -- "$download"
say "wrote $total images in 9 classes to $dest:"
while IFS=$'\t' read -r folder category count; do printf '  %-16s %5d\n' "$folder" "$count"; done <<<"$counts"
