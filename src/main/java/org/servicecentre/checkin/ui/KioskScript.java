package org.servicecentre.checkin.ui;

/**
 * The page side of the check-in screen, run once per attach on the view's element: keeps the hidden scanner input
 * focused (a HID scanner types into whatever has focus; checked again every second), sends what it typed on Enter, blocks the context menu and
 * text selection (the launcher cannot), ticks the clock in the centre's zone, and refreshes the idle screen every
 * five minutes so that today's list stays current.
 */
final class KioskScript {

    /** Arguments: $0 the scanner input, $1 the centre's zone id, $2 the language tag. */
    static final String KEEP_FOCUS_AND_CLOCK = """
            const view = this, input = $0, zone = $1, lang = $2;
            const keep = () => { if (input.isConnected && document.activeElement !== input) {
                input.focus({preventScroll: true}); } };
            input.addEventListener('blur', () => setTimeout(keep, 0));
            input.addEventListener('keydown', e => {
                if (e.key !== 'Enter') { return; }
                e.preventDefault();
                const text = input.value; input.value = '';
                if (text.trim()) { view.$server.scanned(text); }
            });
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
                if (clock) { clock.textContent = fmt.format(new Date()); }
                keep();
                if (++ticks % 300 === 0 && view.querySelector('[data-state=idle]')) { view.$server.showIdle(); }
            }, 1000);
            requestAnimationFrame(keep);
            """;

    private KioskScript() {
    }
}
