package org.servicecentre.checkin.ui;

/**
 * The page side of the check-in screen, run once per attach on the view's element.
 * <ul>
 * <li>Keeps the hidden scanner input focused (a HID scanner types into whatever has focus; checked every second) and
 * sends what it typed on Enter, with a fresh nonce and the scan time on the server's clock (the page measures its
 * offset at attach).</li>
 * <li>Offline: when Vaadin's connection state leaves "connected", or a ping to the server fails, it shows the offline
 * notice at once; scans made meanwhile are kept in {@code localStorage} (they survive a reload or a crash) and sent,
 * each with its nonce and time, as soon as the server answers again — a resend counts once.</li>
 * <li>Sounds (when the profile turns them on): short tones made with Web Audio, no files.</li>
 * <li>Blocks the context menu and text selection (the launcher cannot), ticks the clock in the centre's zone, and
 * refreshes the idle screen every five minutes so that today's list stays current.</li>
 * </ul>
 */
final class KioskScript {

    /** Arguments: $0 the scanner input, $1 the centre's zone id, $2 the language tag, $3 server time, $4 sounds. */
    static final String RUN = """
            const view = this, input = $0, zone = $1, lang = $2, offset = $3 - Date.now(), sounds = $4;
            const QUEUE = 'sc-kiosk-queue';
            const keep = () => { if (input.isConnected && document.activeElement !== input) {
                input.focus({preventScroll: true}); } };
            const nonce = () => (crypto.randomUUID ? crypto.randomUUID()
                : Date.now().toString(36) + Math.random().toString(36).slice(2));
            const queued = () => { try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); }
                catch (e) { return []; } };
            const store = items => localStorage.setItem(QUEUE, JSON.stringify(items));
            const flowOnline = () => { const s = window.Vaadin && window.Vaadin.connectionState;
                return !s || s.state === 'connected' || s.state === 'loading'; };
            let pingFailed = false, flushing = false;
            const online = () => flowOnline() && !pingFailed && navigator.onLine !== false;
            const showOffline = () => {
                const notice = view.querySelector('#kiosk-offline');
                if (!notice) { return; }
                const count = queued().length, line = notice.querySelector('#kiosk-offline-queued');
                if (line) { line.textContent = count ? line.dataset.template.replace('{0}', count) : ''; }
                notice.hidden = online() && count === 0;
            };
            const flush = async () => {
                if (flushing || !online()) { return; }
                flushing = true;
                try {
                    for (const scan of queued()) {
                        await view.$server.scanned(scan.text, scan.method, scan.nonce, scan.at);
                        store(queued().filter(s => s.nonce !== scan.nonce));
                    }
                } catch (e) { /* still offline: kept for the next try */ } finally { flushing = false; showOffline(); }
            };
            const submit = (text, method) => {
                const scan = {text, method, nonce: nonce(), at: Date.now() + offset};
                if (online()) { view.$server.scanned(scan.text, scan.method, scan.nonce, scan.at); return; }
                store(queued().concat([scan]));
                showOffline();
                window.scKiosk.sound('info');
            };
            const ping = () => fetch('styles.css', {method: 'HEAD', cache: 'no-store'})
                .then(r => { pingFailed = !r.ok; }, () => { pingFailed = true; })
                .finally(() => { showOffline(); if (online()) { flush(); } });
            let audio;
            window.scKiosk = {
                submit,
                sound(tone) {
                    if (!sounds) { return; }
                    try {
                        audio = audio || new (window.AudioContext || window.webkitAudioContext)();
                        const notes = {success: [660, 880], info: [660], warning: [440, 440], error: [220, 180]}[tone]
                            || [660];
                        notes.forEach((hz, i) => {
                            const osc = audio.createOscillator(), gain = audio.createGain(), t = audio.currentTime
                                + i * 0.18;
                            osc.frequency.value = hz; osc.type = 'sine';
                            gain.gain.setValueAtTime(0.25, t); gain.gain.exponentialRampToValueAtTime(0.001, t + 0.16);
                            osc.connect(gain).connect(audio.destination); osc.start(t); osc.stop(t + 0.17);
                        });
                    } catch (e) { /* no audio device: the screen still answers */ }
                }
            };
            input.addEventListener('blur', () => setTimeout(keep, 0));
            input.addEventListener('keydown', e => {
                if (e.key !== 'Enter') { return; }
                e.preventDefault();
                const text = input.value; input.value = '';
                if (text.trim()) { submit(text, 'SCANNER'); }
            });
            if (window.Vaadin && window.Vaadin.connectionState && !window._kioskStateListener) {
                window._kioskStateListener = true;
                window.Vaadin.connectionState.addStateChangeListener(() => { showOffline(); flush(); });
            }
            window.addEventListener('offline', showOffline);
            window.addEventListener('online', ping);
            if (!window._kioskGuards) {
                window._kioskGuards = true;
                document.addEventListener('contextmenu', e => e.preventDefault(), true);
                document.addEventListener('selectstart', e => e.preventDefault(), true);
                document.addEventListener('dragstart', e => e.preventDefault(), true);
                document.addEventListener('pointerup', () => setTimeout(keep, 0), true);
            }
            clearInterval(view._kioskClock);
            let ticks = 0;
            const fmt = new Intl.DateTimeFormat(lang, {timeZone: zone, hour: '2-digit', minute: '2-digit',
                hourCycle: 'h23'});
            view._kioskClock = setInterval(() => {
                const clock = view.querySelector('#kiosk-clock');
                if (clock) { clock.textContent = fmt.format(new Date(Date.now() + offset)); }
                keep();
                if (++ticks % 15 === 0) { ping(); }
                if (ticks % 300 === 0 && online() && view.querySelector('[data-state=idle]')) {
                    view.$server.showIdle();
                }
            }, 1000);
            showOffline();
            flush();
            requestAnimationFrame(keep);
            """;

    private KioskScript() {
    }
}
