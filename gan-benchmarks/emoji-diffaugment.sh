#!/usr/bin/env bash
# Does DiffAugment help on a small colour data set? The emoji (3,781 pictures, datasets/fetch-emoji.sh) at 32 x 32 RGB,
# unconditional DCGAN, trained with and without --augment diffaugment at an equal budget on 2 seeds, each scored by
# FID and KID on the features of a residual classifier trained on the emoji (gan classifier), beside the floor
# FID(train, held-out) at the same N.
#   gan-benchmarks/emoji-diffaugment.sh [steps=3000] [out=runs/emoji-diffaugment]
# Build first: mvn -q -B package -DskipTests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
steps="${1:-3000}"
out="${2:-runs/emoji-diffaugment}"
data=datasets/emoji
[[ -d $data ]] || { echo "no $data: run datasets/fetch-emoji.sh first" >&2; exit 2; }
samples=370  # about the held-out split's size (every 10th picture of each class: 374)
common=(--data "$data" --image-size 32 --steps "$steps" --eval-every "$((steps / 3))" --eval-samples "$samples")

[[ -d $out/classifier ]] || ./gan classifier --data "$data" --image-size 32 --epochs 10 --out "$out/classifier"
for seed in 1 2; do
  for augment in none diffaugment; do
    run="$out/$augment-seed$seed"
    extra=()
    [[ $augment == none ]] || extra=(--augment "$augment")
    [[ -f $run/summary.json ]] || ./gan train "${common[@]}" "${extra[@]}" --seed "$seed" --classifier "$out/classifier" \
        --out "$run" --overwrite
  done
done

echo
echo "| run | FID | FID floor | KID | precision | recall | smallest class share |"
echo "|---|---|---|---|---|---|---|"
for run in "$out"/*-seed*; do
  tail -n 1 "$run/image-metrics.csv" | awk -F, -v name="$(basename "$run")" -v header="$(head -n 1 "$run/image-metrics.csv")" '
    BEGIN { n = split(header, h, ","); for (i = 1; i <= n; i++) col[h[i]] = i }
    { printf "| %s | %.2f | %.2f | %.4f | %.3f | %.3f | %.3f |\n", name, $col["fid"], $col["fid_floor_train_vs_test"], $col["kid"],
        $col["precision"], $col["recall"], $col["smallest_class_share"] }'
done
