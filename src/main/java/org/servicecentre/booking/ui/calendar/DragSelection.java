package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.dom.Element;

/**
 * The small script behind slot selection. Each lane (a room on a day) carries its room, date, axis and visible
 * minutes as data attributes; the script turns a mouse drag, a touch press-and-drag or a tap into a range
 * snapped to 15 minutes, draws it, and calls the component's {@code selectSlot}. A plain click or tap picks one
 * hour. A quick touch swipe still scrolls the page: selection starts only once a finger rests for a moment.
 */
final class DragSelection {

    private static final String SCRIPT = """
            const root = this;
            if (root.__scCal) return;
            root.__scCal = true;
            const SNAP = 15, HOUR = 60;
            const two = n => String(n).padStart(2, '0');
            const clock = m => two(Math.floor(m / 60)) + ':' + two(m % 60);
            const laneAt = t => t && t.closest ? t.closest('.sc-cal-lane') : null;
            const onBlock = t => t && t.closest && t.closest('.sc-cal-block');
            const bounds = lane => [Number(lane.dataset.from), Number(lane.dataset.to)];
            const slotAt = (lane, x, y) => {
              const r = lane.getBoundingClientRect();
              const share = lane.dataset.axis === 'x' ? (x - r.left) / r.width : (y - r.top) / r.height;
              const [from, to] = bounds(lane);
              const minute = Math.min(to - 1, Math.max(from, from + share * (to - from)));
              return Math.floor(minute / SNAP) * SNAP;
            };
            const clear = () => root.querySelectorAll('.sc-cal-selection').forEach(g => g.remove());
            root.__scCalClear = clear;
            let sel = null;
            const draw = () => {
              const [from, to] = bounds(sel.lane);
              let ghost = sel.lane.querySelector(':scope > .sc-cal-selection');
              if (!ghost) {
                ghost = document.createElement('div');
                ghost.className = 'sc-cal-selection';
                sel.lane.appendChild(ghost);
              }
              const at = (sel.start - from) * 100 / (to - from) + '%';
              const size = (sel.end - sel.start) * 100 / (to - from) + '%';
              if (sel.lane.dataset.axis === 'x') { ghost.style.left = at; ghost.style.width = size; }
              else { ghost.style.top = at; ghost.style.height = size; }
              ghost.textContent = clock(sel.start) + '–' + clock(sel.end);
            };
            const begin = (lane, x, y) => {
              clear();
              const slot = slotAt(lane, x, y);
              sel = { lane, anchor: slot, start: slot, end: Math.min(slot + SNAP, bounds(lane)[1]), x, y, moved: false };
              draw();
            };
            const move = (x, y) => {
              if (!sel || (!sel.moved && Math.abs(x - sel.x) + Math.abs(y - sel.y) < 6)) return;
              sel.moved = true;
              const slot = slotAt(sel.lane, x, y);
              sel.start = Math.min(sel.anchor, slot);
              sel.end = Math.min(Math.max(sel.anchor, slot) + SNAP, bounds(sel.lane)[1]);
              draw();
            };
            const finish = () => {
              if (!sel) return;
              if (!sel.moved) {
                const [from, to] = bounds(sel.lane);
                sel.end = Math.min(sel.anchor + HOUR, to);
                sel.start = Math.max(from, sel.end - HOUR);
                draw();
              }
              const done = sel;
              sel = null;
              root.$server.selectSlot(done.lane.dataset.col, done.lane.dataset.day, done.start, done.end);
            };
            root.addEventListener('mousedown', e => {
              const lane = laneAt(e.target);
              if (e.button !== 0 || !lane || onBlock(e.target)) return;
              e.preventDefault();
              begin(lane, e.clientX, e.clientY);
              const onMove = ev => move(ev.clientX, ev.clientY);
              const onUp = () => {
                document.removeEventListener('mousemove', onMove);
                document.removeEventListener('mouseup', onUp);
                finish();
              };
              document.addEventListener('mousemove', onMove);
              document.addEventListener('mouseup', onUp);
            });
            let press = null;
            root.addEventListener('touchstart', e => {
              const lane = laneAt(e.target);
              if (e.touches.length !== 1 || !lane || onBlock(e.target)) { press = null; return; }
              const t = e.touches[0];
              press = { lane, x: t.clientX, y: t.clientY, holding: false };
              press.timer = setTimeout(() => { press.holding = true; begin(lane, press.x, press.y); }, 350);
            }, { passive: true });
            root.addEventListener('touchmove', e => {
              if (!press) return;
              const t = e.touches[0];
              if (press.holding) { e.preventDefault(); move(t.clientX, t.clientY); }
              else if (Math.abs(t.clientX - press.x) + Math.abs(t.clientY - press.y) > 8) { clearTimeout(press.timer); press = null; }
            }, { passive: false });
            root.addEventListener('touchend', e => {
              if (!press) return;
              clearTimeout(press.timer);
              e.preventDefault();
              if (!press.holding) begin(press.lane, press.x, press.y);
              press = null;
              finish();
            });
            root.addEventListener('touchcancel', () => {
              if (press) clearTimeout(press.timer);
              press = null;
              sel = null;
              clear();
            });
            """;

    private DragSelection() {
    }

    static void install(Element element) {
        element.executeJs(SCRIPT);
    }

    static void clear(Element element) {
        element.executeJs("if (this.__scCalClear) this.__scCalClear()");
    }
}
