#!/bin/sh
# Installs a TinyDeploy .deb for real in a throwaway Debian root and deploys the digits sample to
# the emulated board with the installed CLI, as an unprivileged user, proving that the package's
# declared dependencies are enough.
#
#   chroot_install.sh bootstrap CACHE          # only make (or reuse) the cached minbase root
#   chroot_install.sh install CACHE WORK DEB   # copy the root to WORK, install DEB, deploy
#
# CACHE keeps the pristine debootstrap root (CACHE/bookworm-minbase), the .debs apt fetched
# (CACHE/archives) and, per set of relationship fields, the packages apt installed for them
# (CACHE/deps-<key>), so a rerun neither bootstraps, nor downloads, nor installs the
# dependencies again: it installs the package itself on top. WORK is removed by the caller. Needs root (debootstrap, chroot, mount). The mirror is the machine's own Debian mirror
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
    # Keep what apt downloads: CACHE/archives is bind-mounted there.
    rm -f "$pristine.partial/etc/apt/apt.conf.d/docker-clean"
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' \
        >"$pristine.partial/etc/apt/apt.conf.d/90tinydeploy-keep"
    touch "$pristine.partial/.tinydeploy-complete"
    mv "$pristine.partial" "$pristine"
}

# The dependencies apt installs for a package depend only on its relationship fields (and the
# archive): the key of the cached root that holds them.
dependency_key() {
    dpkg-deb -f "$1" Pre-Depends Depends Recommends | sha256sum | cut -c1-16
}

install_and_deploy() {
    cache=$1 work=$2 deb=$3
    [ -f "$deb" ] || { log "no package at $deb"; exit 1; }
    bootstrap "$cache"
    mkdir -p "$work" "$cache/archives/partial"
    # The root is an overlay: the pristine minbase root, below it (when cached) the packages a
    # previous run's apt-get install pulled in for the same relationship fields, and on top this
    # run's changes, thrown away with WORK. A first run (or changed fields) installs every
    # dependency from the archive; its layer is then kept, without TinyDeploy, for the next.
    deps=$cache/deps-$(dependency_key "$deb")
    if [ -f "$deps/.tinydeploy-complete" ]; then
        log "reusing the dependencies installed by an earlier run ($deps)"
        lower=$deps/upper:$cache/bookworm-minbase
        upper=$work/upper
        scratch=$work/overlay-work
        fresh=no
    else
        reachable "$(mirror)" || { log "the Debian mirror $(mirror) cannot be reached"; exit 3; }
        log "first run for these dependencies: apt downloads and installs them all"
        rm -rf "$deps"
        lower=$cache/bookworm-minbase
        upper=$deps/upper
        scratch=$deps/overlay-work # on the upper layer's file system, as overlayfs wants
        fresh=yes
    fi
    root=$work/root
    mkdir -p "$upper" "$scratch" "$root"

    mounted=""
    cleanup() {
        for point in $mounted; do
            umount "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || true
        done
        mounted=""
    }
    trap cleanup EXIT INT TERM
    # Unmounted in reverse order: the list is built by prepending.
    mount -t overlay overlay -o "lowerdir=$lower,upperdir=$upper,workdir=$scratch" "$root"
    mounted="$root"
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
    if [ "$fresh" = yes ]; then
        chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get update -qq
    fi
    chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 \
        apt-get install -y -q /tmp/tinydeploy.deb >"$work/apt-install.log" 2>&1 \
        || { tail -n 30 "$work/apt-install.log" >&2; log "apt-get install failed"; exit 1; }
    grep -E '^(Need to get|[0-9]+ upgraded, )' "$work/apt-install.log" >&2 || true
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

    if [ "$fresh" = yes ]; then
        # Keep the dependencies for the next run: everything but TinyDeploy and the student.
        chroot "$root" userdel --remove student 2>/dev/null || true
        chroot "$root" dpkg --purge tinydeploy >/dev/null
        rm -f "$root/tmp/tinydeploy.deb"
        cleanup
        touch "$deps/.tinydeploy-complete"
        log "kept the installed dependencies in $deps"
    fi
}

case "${1:-}" in
bootstrap) bootstrap "$2" ;;
install) install_and_deploy "$2" "$3" "$4" ;;
*) echo "usage: $0 bootstrap CACHE | install CACHE WORK DEB" >&2; exit 2 ;;
esac
