#!/usr/bin/env bash
# Run CI (.ci/run) on a bare Debian, as on a fresh machine, where containers are not available:
# debootstrap a minimal system (--variant=minbase) into a folder, install only python3, git and
# make in it, clone this repository's HEAD into it, and run the clone's .ci/run there under
# chroot, as root. Needs root, debootstrap, and the network (deb.debian.org and PyPI).
#
#   packaging/bare-debian-check.sh [FOLDER] [SUITE]   (defaults: build/bare-bookworm, bookworm)
#
# FOLDER.base keeps the debootstrapped system for the next run; each run starts from a fresh copy
# of it in FOLDER, so nothing of an earlier run is there. /proc, /sys and /dev are mounted into
# it for the run and unmounted after. From the host only the network's settings go in: its DNS
# (resolv.conf), the proxy variables if set, and the certificate bundle that PIP_CERT,
# REQUESTS_CA_BUNDLE or SSL_CERT_FILE names if set (a network that inspects TLS needs it; pip
# otherwise trusts only its own list). Takes about as long as CI plus a minute.
set -euo pipefail
repository=$(cd "$(dirname "$0")/.." && pwd)
root=$(realpath -m "${1:-$repository/build/bare-bookworm}")
suite=${2:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
((EUID == 0)) || { echo "bare-debian-check: run me as root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "bare-debian-check: apt-get install debootstrap" >&2; exit 1; }

if [[ ! -f $root.base/etc/debian_version ]]; then
  echo "bare-debian-check: debootstrap --variant=minbase $suite into $root.base"
  rm -rf "$root.base"
  debootstrap --variant=minbase "$suite" "$root.base" "$mirror" >"$root.base.log" 2>&1 \
    || { tail -20 "$root.base.log"; exit 1; }
fi

unmount() {
  for point in dev sys proc; do
    mountpoint -q "$root/$point" && umount -R "$root/$point"
  done
  return 0
}
trap unmount EXIT
unmount
rm -rf "$root"
cp -a "$root.base" "$root"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"

environment=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive)
for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  [[ -n ${!name:-} ]] && environment+=("$name=${!name}")
done
bundle=${PIP_CERT:-${REQUESTS_CA_BUNDLE:-${SSL_CERT_FILE:-}}}
if [[ -n $bundle && -f $bundle ]]; then
  cp "$bundle" "$root/etc/host-certificates.crt"
  environment+=(PIP_CERT=/etc/host-certificates.crt)
fi
in_root() { chroot "$root" /usr/bin/env -i "${environment[@]}" "$@"; }

echo "bare-debian-check: apt-get install python3 git make (nothing else)"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends python3 git make >/dev/null
echo "bare-debian-check: $(in_root python3 --version), $(in_root git --version)," \
  "$(in_root make --version | head -1); $(in_root dpkg-query -W | wc -l) packages"

git clone --quiet --no-local "$repository" "$root/root/backcoach"
echo "bare-debian-check: cloned $(git -C "$root/root/backcoach" log -1 --format='%h %s')"
start=$SECONDS
status=0
in_root bash -c 'cd /root/backcoach && .ci/run' || status=$?
echo "bare-debian-check: .ci/run exited with $status after $((SECONDS - start)) s in $root"
exit "$status"
