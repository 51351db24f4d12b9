/**
 * <sc-kiosk-camera>: the kiosk's camera scanner. It opens one camera, shows a modest live preview with a frame guide,
 * reads QR codes a few times a second with ZXing in WebAssembly (npm barcode-detector's ponyfill), and tells the page:
 *
 * - `scanned` (detail.text) for each code it reads; the same text again only once it has been out of sight for
 *   `quiet` ms (a resident holds the phone up for a while, and each extra read would be a second check-in);
 * - `camera-failed` (detail.reason: no-camera, permission-denied, camera-busy, not-secure, wasm-failed) when it
 *   cannot scan at all, so that the screen can say so plainly; it tries again every `retryAfter` ms and when a
 *   camera is plugged in (not on a page that is not https: that never changes), and fires `camera-started` once it
 *   scans again. A failure is reported once, not at every try.
 *
 * Which camera: attribute `facing-mode` (`user` = facing the resident, `environment` = facing away), or `label`:
 * the first camera whose device label contains that text (any camera when none does). The camera stops when the
 * element leaves the page. The .wasm comes from the app itself (`kiosk/wasm/zxing_reader.wasm` under the page's
 * base URL), never from a CDN: kiosks sit on closed networks.
 *
 * Light DOM children are shown as the caption under the preview (the server puts translated text there).
 */
import { BarcodeDetector, prepareZXingModule, purgeZXingModule, setZXingModuleOverrides } from 'barcode-detector/ponyfill';

const WASM_FOLDER = 'kiosk/wasm/';

/** Where the ZXing module finds its .wasm: the app. Without this it would fetch it from a CDN. */
const OVERRIDES = {
  locateFile: (path, prefix) => path.endsWith('.wasm') ? new URL(WASM_FOLDER + path, document.baseURI).href : prefix + path,
};
setZXingModuleOverrides(OVERRIDES);

/**
 * Loads the wasm once per page; a failed load is forgotten so that the next camera start tries again (purging the
 * module also drops its overrides, hence they are given again).
 */
let zxingReady = null;
function zxing() {
  if (!zxingReady) {
    zxingReady = prepareZXingModule({ overrides: OVERRIDES, fireImmediately: true }).catch((error) => {
      zxingReady = null;
      purgeZXingModule();
      setZXingModuleOverrides(OVERRIDES);
      throw error;
    });
  }
  return zxingReady;
}

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: inline-flex; flex-direction: column; align-items: center; gap: 0.5rem; }
    :host([hidden]) { display: none; }
    .view { position: relative; width: 100%; aspect-ratio: 4 / 3; overflow: hidden; border-radius: 16px;
      background: #000; }
    video { width: 100%; height: 100%; object-fit: cover; display: block; }
    :host([mirrored]) video { transform: scaleX(-1); }
    .guide { position: absolute; inset: 12% 22%; pointer-events: none; }
    .corner { position: absolute; width: 22%; height: 22%; border: 0 solid #f5c518; transition: border-color 0.2s; }
    .corner.tl { top: 0; left: 0; border-top-width: 6px; border-left-width: 6px; border-top-left-radius: 10px; }
    .corner.tr { top: 0; right: 0; border-top-width: 6px; border-right-width: 6px; border-top-right-radius: 10px; }
    .corner.bl { bottom: 0; left: 0; border-bottom-width: 6px; border-left-width: 6px; border-bottom-left-radius: 10px; }
    .corner.br { bottom: 0; right: 0; border-bottom-width: 6px; border-right-width: 6px; border-bottom-right-radius: 10px; }
    :host([found]) .corner { border-color: #3ddc84; }
    :host([state=failed]) .view { display: none; }
    .caption { text-align: center; }
  </style>
  <div class="view" part="view">
    <video part="video" muted playsinline autoplay disablepictureinpicture></video>
    <div class="guide" part="guide">
      <span class="corner tl"></span><span class="corner tr"></span>
      <span class="corner bl"></span><span class="corner br"></span>
    </div>
  </div>
  <div class="caption" part="caption"><slot></slot></div>
`;

class ScKioskCamera extends HTMLElement {
  static get observedAttributes() {
    return ['facing-mode', 'label'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(template.content.cloneNode(true));
    this._video = this.shadowRoot.querySelector('video');
    /** Time between two reads, ms: a few frames a second is plenty on a weak kiosk PC. */
    this.interval = 250;
    /** How long a text must be out of sight before it counts again, ms. */
    this.quiet = 4000;
    this._run = 0;
    this._stream = null;
    this._timer = null;
    /** How long after a failure to try the camera again, ms. */
    this.retryAfter = 30000;
    this._lastText = null;
    this._lastSeen = 0;
    this._reported = null;
    this._retryNow = () => this._reported && this._reported !== 'not-secure' && this._start();
  }

  connectedCallback() {
    if (navigator.mediaDevices) {
      navigator.mediaDevices.addEventListener('devicechange', this._retryNow);
    }
    if (!this.hasAttribute('state')) {
      this._start();
    }
  }

  disconnectedCallback() {
    if (navigator.mediaDevices) {
      navigator.mediaDevices.removeEventListener('devicechange', this._retryNow);
    }
    this._stop();
    this.removeAttribute('state');
    this._reported = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.isConnected && this.hasAttribute('state')) {
      this._start();
    }
  }

  async _start() {
    this._stop();
    const run = ++this._run;
    if (!this._reported) {
      this.setAttribute('state', 'starting');
    }
    const current = () => run === this._run && this.isConnected;
    if (!window.isSecureContext) {
      return this._fail('not-secure');
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return this._fail('no-camera');
    }
    let detector;
    try {
      await zxing();
      detector = new BarcodeDetector({ formats: ['qr_code'] });
    } catch (error) {
      console.error('sc-kiosk-camera: the QR reader (zxing_reader.wasm) did not load', error);
      return current() && this._fail('wasm-failed');
    }
    let stream;
    try {
      stream = await this._open();
    } catch (error) {
      console.warn('sc-kiosk-camera: no camera', error);
      return current() && this._fail(ScKioskCamera._reason(error));
    }
    if (!current()) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    this._stream = stream;
    const track = stream.getVideoTracks()[0];
    track.addEventListener('ended', () => current() && this._fail('no-camera'));
    this.toggleAttribute('mirrored', (track.getSettings().facingMode || this.getAttribute('facing-mode')) !== 'environment');
    this._video.srcObject = stream;
    try {
      await this._video.play();
    } catch (error) {
      // autoplay of a muted video is allowed; a refusal here still leaves frames to read
    }
    if (!current()) {
      return;
    }
    this.setAttribute('state', 'scanning');
    this.removeAttribute('reason');
    if (this._reported) {
      this._reported = null;
      this.dispatchEvent(new CustomEvent('camera-started', { bubbles: true, composed: true }));
    }
    this._read(run, detector);
  }

  /** Opens the camera the attributes ask for; by label needs a first camera to make the labels readable. */
  async _open() {
    const size = { width: { ideal: 640 }, height: { ideal: 480 } };
    const label = (this.getAttribute('label') || '').trim().toLowerCase();
    if (!label) {
      const facingMode = this.getAttribute('facing-mode');
      return navigator.mediaDevices.getUserMedia({
        audio: false, video: facingMode ? { ...size, facingMode: { ideal: facingMode } } : size,
      });
    }
    const first = await navigator.mediaDevices.getUserMedia({ audio: false, video: size });
    const cameras = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    const wanted = cameras.find((d) => d.label.toLowerCase().includes(label));
    const open = first.getVideoTracks()[0].getSettings().deviceId;
    if (!wanted) {
      console.warn(`sc-kiosk-camera: no camera label contains "${label}"; using ${first.getVideoTracks()[0].label}`);
      return first;
    }
    if (wanted.deviceId === open) {
      return first;
    }
    first.getTracks().forEach((track) => track.stop());
    return navigator.mediaDevices.getUserMedia({ audio: false, video: { ...size, deviceId: { exact: wanted.deviceId } } });
  }

  /** Reads one frame, then schedules the next: never two reads at once, whatever the PC's speed. */
  async _read(run, detector) {
    if (run !== this._run) {
      return;
    }
    try {
      if (!document.hidden && this._video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        const codes = await detector.detect(this._video);
        if (run !== this._run) {
          return;
        }
        const text = codes.map((code) => code.rawValue).find((value) => value && value.trim());
        if (text) {
          this._seen(text);
        }
      }
    } catch (error) {
      console.warn('sc-kiosk-camera: a frame could not be read', error);
    }
    this._timer = setTimeout(() => this._read(run, detector), this.interval);
  }

  _seen(text) {
    const now = performance.now();
    const repeat = text === this._lastText && now - this._lastSeen < this.quiet;
    this._lastText = text;
    this._lastSeen = now;
    if (repeat) {
      return;
    }
    this.setAttribute('found', '');
    clearTimeout(this._foundTimer);
    this._foundTimer = setTimeout(() => this.removeAttribute('found'), 600);
    this.dispatchEvent(new CustomEvent('scanned', { detail: { text }, bubbles: true, composed: true }));
  }

  _fail(reason) {
    this._stop();
    this.setAttribute('state', 'failed');
    this.setAttribute('reason', reason);
    if (reason !== 'not-secure') {
      const run = this._run;
      this._retry = setTimeout(() => run === this._run && this.isConnected && this._start(), this.retryAfter);
    }
    if (reason !== this._reported) {
      this._reported = reason;
      this.dispatchEvent(new CustomEvent('camera-failed', { detail: { reason }, bubbles: true, composed: true }));
    }
  }

  _stop() {
    this._run++;
    clearTimeout(this._timer);
    clearTimeout(this._retry);
    clearTimeout(this._foundTimer);
    this.removeAttribute('found');
    if (this._stream) {
      this._stream.getTracks().forEach((track) => track.stop());
      this._stream = null;
    }
    this._video.srcObject = null;
  }

  static _reason(error) {
    switch (error && error.name) {
      case 'NotAllowedError':
      case 'SecurityError':
        return 'permission-denied';
      case 'NotReadableError':
      case 'AbortError':
        return 'camera-busy';
      default:
        return 'no-camera';
    }
  }
}

if (!customElements.get('sc-kiosk-camera')) {
  customElements.define('sc-kiosk-camera', ScKioskCamera);
}
