#!/bin/sh
# Installs a TinyDeploy .deb for real in a throwaway Debian root and deploys the digits sample to
# the emulated board with the installed CLI, as an unprivileged user, proving that the package's
# declared dependencies are enough.
#
#   chroot_install.sh bootstrap CACHE          # only make (or reuse) the cached minbase root
#   chroot_install.sh install CACHE WORK DEB   # copy the root to WORK, install DEB, deploy
#
# CACHE keeps the pristine debootstrap root (CACHE/bookworm-minbase) and the .debs apt fetched
# (CACHE/archives), so a rerun neither bootstraps nor downloads again. WORK is removed by the
# caller. Needs root (debootstrap, chroot, mount). The mirror is the machine's own Debian mirror
# (the first ".../debian" URI of /etc/apt/sources.list*), or TINYDEPLOY_DEBIAN_MIRROR.
set -eu

log() { printf 'chroot_install: %s\n' "$*" >&2; }

mirror() {
    if [ -n "${TINYDEPLOY_DEBIAN_MIRROR:-}" ]; then
        echo "$TINYDEPLOY_DEBIAN_MIRROR"
        return
    fi
    found=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                /etc/apt/sources.list.d/*.sources 2>/dev/null \
            | grep -v '^[[:space:]]*#' | grep -o 'https\?://[^ ]*/debian/\?' | head -n 1 || true)
    echo "${found:-http://deb.debian.org/debian}"
}

# Exit status 3: the machine cannot run this (no debootstrap, the mirror unreachable).
reachable() {
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=30)' \
        "$1/dists/bookworm/Release" 2>/dev/null
}

bootstrap() {
    cache=$1
    pristine=$cache/bookworm-minbase
    if [ -f "$pristine/.tinydeploy-complete" ]; then
        log "reusing $pristine"
        return
    fi
    command -v debootstrap >/dev/null || { log "debootstrap is not installed (apt install debootstrap)"; exit 3; }
    url=$(mirror)
    reachable "$url" || { log "the Debian mirror $url cannot be reached"; exit 3; }
    log "debootstrap --variant=minbase bookworm from $url (first run: a few minutes)"
    rm -rf "$pristine.partial"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$pristine.partial" "$url" >"$cache/debootstrap.log" 2>&1 \
        || { tail -n 20 "$cache/debootstrap.log" >&2; log "debootstrap failed (log: $cache/debootstrap.log)"; exit 1; }
    # The same suites as the machine: the package was built against bookworm plus its updates.
    cat >"$pristine.partial/etc/apt/sources.list" <<SOURCES
deb $url bookworm main
deb $url bookworm-updates main
deb ${url%/debian*}/debian-security bookworm-security main
SOURCES
    # Keep what apt downloads: the caller bind-mounts CACHE/archives there.
    rm -f "$pristine.partial/etc/apt/apt.conf.d/docker-clean"
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' \
        >"$pristine.partial/etc/apt/apt.conf.d/90tinydeploy-keep"
    touch "$pristine.partial/.tinydeploy-complete"
    mv "$pristine.partial" "$pristine"
}

install_and_deploy() {
    cache=$1 work=$2 deb=$3
    root=$work/root
    [ -f "$deb" ] || { log "no package at $deb"; exit 1; }
    bootstrap "$cache"
    reachable "$(mirror)" || { log "the Debian mirror $(mirror) cannot be reached"; exit 3; }
    mkdir -p "$work" "$cache/archives/partial"
    log "copying the cached root to $root"
    cp -a "$cache/bookworm-minbase" "$root"

    mounted=""
    cleanup() {
        for point in $mounted; do
            umount -l "$point" 2>/dev/null || true
        done
    }
    trap cleanup EXIT INT TERM
    # Mounted last to first on cleanup: the list is kept in reverse.
    mount -t proc proc "$root/proc" && mounted="$root/proc $mounted"
    mkdir -p "$root/dev/pts"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$root/dev/pts" \
        && mounted="$root/dev/pts $mounted"
    rm -f "$root/dev/ptmx" && ln -s pts/ptmx "$root/dev/ptmx"
    mount --bind "$cache/archives" "$root/var/cache/apt/archives" \
        && mounted="$root/var/cache/apt/archives $mounted"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    cp "$deb" "$root/tmp/tinydeploy.deb"

    log "apt-get install ./tinydeploy.deb (default options: Depends and Recommends)"
    chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get update -qq
    chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 \
        apt-get install -y -q /tmp/tinydeploy.deb >"$work/apt-install.log" 2>&1 \
        || { tail -n 30 "$work/apt-install.log" >&2; log "apt-get install failed"; exit 1; }
    chroot "$root" dpkg-query -W -f='${Status} ${Version}\n' tinydeploy

    # A student's account: nothing below needs root.
    chroot "$root" useradd --create-home --shell /bin/sh student
    log "tinydeploy-cli deploy on qemu-cortex-m (mps2-an385) as user student"
    chroot --userspec=student:student "$root" env -i HOME=/home/student PATH=/usr/bin:/bin \
        LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 \
        sh -c 'cd /home/student && tinydeploy-cli templates --json >templates.json \
               && tinydeploy-cli deploy /usr/share/tinydeploy/samples/digits_float32.tar \
                  --template qemu-cortex-m -o board=mps2-an385 --json' \
        >"$work/deploy.json" 2>"$work/deploy.err" \
        || { cat "$work/deploy.err" >&2; log "deploy failed"; exit 1; }
    cp "$root/home/student/templates.json" "$work/templates.json"
    log "deployed: $work/deploy.json"
}

case "${1:-}" in
bootstrap) bootstrap "$2" ;;
install) install_and_deploy "$2" "$3" "$4" ;;
*) echo "usage: $0 bootstrap CACHE | install CACHE WORK DEB" >&2; exit 2 ;;
esac
