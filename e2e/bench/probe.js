// In-page probes of `npm run bench:ui`, injected with addInitScript (plain JavaScript on purpose:
// functions passed from a tsx-run script to page.evaluate get __name() wrappers the page lacks).
(() => {
  const probe = {};

  /** Runs `fn` once the next frame has been produced (rAF, then a task queued from it). */
  function afterNextFrame(fn) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => fn();
      channel.port2.postMessage(0);
    });
  }

  /**
   * Types `value` into the input `fieldId` the way React sees typing (native setter + input event)
   * and times: `commit` until every element matched by `watch` shows new text (React committed the
   * new figures), `frame` until the frame showing them has been produced.
   */
  probe.edit = (fieldId, value, watch) =>
    new Promise((resolve, reject) => {
      const read = () => watch.map((selector) => document.querySelector(selector)?.textContent ?? null);
      const before = read();
      const input = document.getElementById(fieldId);
      if (!input) return reject(new Error(`No field #${fieldId}`));
      let commit = 0;
      let t0 = 0;
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`No change of ${watch.join(', ')} within 5 s (still ${JSON.stringify(read())})`));
      }, 5000);
      const observer = new MutationObserver(() => {
        const now = read();
        if (now.some((text, i) => text === null || text === before[i])) return;
        commit = performance.now() - t0;
        observer.disconnect();
        clearTimeout(timer);
        afterNextFrame(() => {
          performance.mark('bench-edit-end');
          resolve({ commit, frame: performance.now() - t0, texts: now });
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      performance.mark('bench-edit-start');
      t0 = performance.now();
      setter.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });

  /** The id of the inspector input whose label starts with `prefix`. */
  probe.fieldId = (prefix) => {
    const label = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().startsWith(prefix));
    return label ? label.htmlFor : null;
  };

  /** rAF intervals between start() and stop(). */
  let frames = null;
  probe.startFrames = () => {
    frames = { intervals: [], last: performance.now(), running: true };
    const current = frames;
    const tick = (now) => {
      if (!current.running) return;
      current.intervals.push(now - current.last);
      current.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      current.last = now;
      requestAnimationFrame(tick);
    });
  };
  probe.stopFrames = () => {
    if (!frames) return [];
    frames.running = false;
    return frames.intervals;
  };

  /** Centre (page coordinates) of the node element nearest the centre of the flow pane. */
  probe.nodeNearCentre = () => {
    const pane = document.querySelector('.react-flow');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    let best = null;
    // Cards only: not the group frames or notes the app's design also carries.
    for (const node of document.querySelectorAll('.react-flow__node:not(.react-flow__node-frame):not(.react-flow__node-annotation)')) {
      const r = node.getBoundingClientRect();
      if (r.width === 0 || r.left < box.left + 40 || r.right > box.right - 240 || r.top < box.top + 40 || r.bottom > box.bottom - 160) continue;
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (!best || d < best.d) best = { d, x: r.left + r.width / 2, y: r.top + r.height / 2, id: node.getAttribute('data-id') };
    }
    return best;
  };

  /** Resolves after `n` frames. */
  probe.frames = (n) => new Promise((resolve) => {
    let left = n;
    const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

  window.__probe = probe;
})();
