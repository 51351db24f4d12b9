#!/usr/bin/env bash
# Starts Chromium full screen on the Service Centre kiosk page and starts it again whenever it exits or crashes.
# Every option and variable is described in kiosk-config/README.md; `launch-kiosk.sh --help` prints a summary.
set -euo pipefail

readonly POLICY_NAME=servicecentre-kiosk.json
if [[ -n "${SC_KIOSK_POLICY_DIR:-}" ]]; then
    readonly POLICY_DIRS=("$SC_KIOSK_POLICY_DIR")
else
    readonly POLICY_DIRS=(/etc/chromium/policies/managed /etc/chromium-browser/policies/managed)
fi

sc_url="${SC_URL:-http://localhost:8080}"
sc_url="${sc_url%/}"
state_dir="${SC_KIOSK_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/servicecentre-kiosk}"
profile_dir="${SC_KIOSK_PROFILE_DIR:-$state_dir/chromium-profile}"
log_file="${SC_KIOSK_LOG:-$state_dir/launcher.log}"
max_backoff="${SC_KIOSK_MAX_BACKOFF:-30}"
dev_mode=false
once=false
child=""

usage() {
    cat <<EOF
Usage: $(basename "$0") [--install-policy | --dev | --once | --help]

Opens \$SC_URL/kiosk (now $sc_url/kiosk) in Chromium kiosk mode and restarts Chromium after a crash or exit.

  --install-policy  as root: write the Chromium policy that lets $(origin_of "$sc_url") use the camera
                    without asking (${POLICY_DIRS[0]}/$POLICY_NAME), then exit
  --dev             developer machines only: also accept every camera prompt (--use-fake-ui-for-media-stream)
  --once            run Chromium once, without the restart loop
  --help            this text

Variables: SC_URL, SC_KIOSK_CHROMIUM (browser binary), SC_KIOSK_STATE_DIR, SC_KIOSK_PROFILE_DIR, SC_KIOSK_LOG,
SC_KIOSK_MAX_BACKOFF (seconds, default 30), SC_KIOSK_POLICY_DIR (where --install-policy writes).
EOF
}

# scheme://host[:port] of a URL: the origin Chromium's policy and flags speak of.
origin_of() {
    local url="$1" scheme rest
    scheme="${url%%://*}"
    rest="${url#*://}"
    printf '%s://%s\n' "$scheme" "${rest%%/*}"
}

log() {
    mkdir -p "$(dirname "$log_file")"
    printf '%s %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*" >>"$log_file"
}

# Keeps the log to two files of at most 5 MB, so a kiosk that crashes for weeks does not fill its disk.
rotate_log() {
    if [[ -f "$log_file" ]] && (($(stat -c %s "$log_file") > 5 * 1024 * 1024)); then
        mv -f "$log_file" "$log_file.1"
    fi
}

find_chromium() {
    local candidate
    for candidate in "${SC_KIOSK_CHROMIUM:-}" chromium chromium-browser; do
        if [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "launch-kiosk.sh: neither chromium nor chromium-browser is installed (or set SC_KIOSK_CHROMIUM)" >&2
    return 1
}

install_policy() {
    if ((EUID != 0)); then
        echo "launch-kiosk.sh: --install-policy writes under /etc and must run as root (sudo)" >&2
        exit 1
    fi
    local origin dir written=false
    origin="$(origin_of "$sc_url")"
    for dir in "${POLICY_DIRS[@]}"; do
        # the first directory is Debian's chromium; the second only where chromium-browser is installed
        if [[ "$dir" == "${POLICY_DIRS[0]}" || -d "$(dirname "$(dirname "$dir")")" ]]; then
            mkdir -p "$dir"
            cat >"$dir/$POLICY_NAME" <<EOF
{
  "VideoCaptureAllowedUrls": ["$origin"],
  "AudioCaptureAllowed": false,
  "TranslateEnabled": false,
  "PasswordManagerEnabled": false,
  "AutofillAddressEnabled": false,
  "AutofillCreditCardEnabled": false
}
EOF
            chmod 644 "$dir/$POLICY_NAME"
            echo "Wrote $dir/$POLICY_NAME: the camera is allowed for $origin without a prompt."
            written=true
        fi
    done
    [[ "$written" == true ]]
}

# A crash leaves "exited_cleanly": false in the profile, which would offer to restore pages; the kiosk starts clean.
mark_clean_exit() {
    local preferences="$profile_dir/Default/Preferences"
    if [[ -f "$preferences" ]]; then
        sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[^"]*"/"exit_type":"Normal"/' \
            "$preferences"
    fi
}

chromium_flags() {
    local origin features=Translate,TouchpadOverscrollHistoryNavigation
    origin="$(origin_of "$sc_url")"
    flags=(
        --kiosk
        --user-data-dir="$profile_dir"
        --no-first-run
        --no-default-browser-check
        --disable-translate
        --disable-infobars
        --noerrdialogs
        --disable-session-crashed-bubble
        --disable-pinch
        --overscroll-history-navigation=0
        --disable-features="$features"
        --autoplay-policy=no-user-gesture-required
        --password-store=basic
        --check-for-update-interval=31536000
    )
    # The camera only works on a secure origin: https, or localhost. A plain-http server on the local network is
    # treated as secure for this dedicated profile only.
    if [[ "$origin" == http://* && "$origin" != http://localhost* && "$origin" != http://127.0.0.1* ]]; then
        flags+=(--unsafely-treat-insecure-origin-as-secure="$origin")
    fi
    if [[ "$dev_mode" == true ]]; then
        flags+=(--use-fake-ui-for-media-stream)
    fi
}

stop() {
    log "launcher stopped by a signal"
    if [[ -n "$child" ]]; then
        kill "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    exit 0
}

run_loop() {
    local browser status started ran backoff=2
    browser="$(find_chromium)"
    chromium_flags
    mkdir -p "$profile_dir"
    trap stop INT TERM
    while true; do
        rotate_log
        mark_clean_exit
        log "starting $browser on $sc_url/kiosk$([[ "$dev_mode" == true ]] && echo " (dev: camera prompts accepted)")"
        started=$(date +%s)
        "$browser" "${flags[@]}" "$sc_url/kiosk" >>"$log_file" 2>&1 &
        child=$!
        status=0
        wait "$child" || status=$?
        child=""
        ran=$(($(date +%s) - started))
        log "chromium exited with status $status after ${ran}s"
        if [[ "$once" == true ]]; then
            return "$status"
        fi
        # a browser that ran a while restarts at once; one that keeps dying waits longer each time, up to the cap
        if ((ran > 60)); then
            backoff=2
        else
            backoff=$((backoff * 2 > max_backoff ? max_backoff : backoff * 2))
        fi
        log "restarting in ${backoff}s"
        sleep "$backoff" &
        child=$!
        wait "$child" || true
        child=""
    done
}

main() {
    local install=false
    while (($# > 0)); do
        case "$1" in
            --install-policy) install=true ;;
            --dev) dev_mode=true ;;
            --once) once=true ;;
            --help | -h)
                usage
                return 0
                ;;
            *)
                echo "launch-kiosk.sh: unknown option $1" >&2
                usage >&2
                return 2
                ;;
        esac
        shift
    done
    if [[ "$install" == true ]]; then
        install_policy
        return
    fi
    if [[ "$dev_mode" == true ]]; then
        echo "launch-kiosk.sh: --dev accepts every camera prompt of every site; never use it on a kiosk in a centre" >&2
    fi
    run_loop
}

main "$@"
