"""Headless Chromium for the report tests: what a page shows at a given width, which requests it makes, screenshots."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM_NAMES = ("chromium", "chromium-browser")
LAUNCH_TIMEOUT = 90
# Schemes a self-contained page may load; everything else would leave the file.
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:", "chrome:", "chrome-extension:", "devtools:")

# Runs in a wrapper page around the report (loaded in iframes of the widths to check, so media
# queries see those widths: a headless window is never narrower than 500 px). It writes JSON
# findings into <pre id="probe">: what a person sees per exercise and case, and what overflows.
PROBE_SCRIPT = r"""
function probe(frame) {
  var d = frame.contentDocument, w = frame.contentWindow, width = d.documentElement.clientWidth;
  function text(el) { return el ? el.innerText.trim() : null; }
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function describe(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                                 (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : ''); }
  function scrolledInside(el) {   // within a box that scrolls or clips (code blocks): that box is checked itself
    for (var a = el.parentElement; a && a !== d.body; a = a.parentElement) {
      if (w.getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  }
  var overflowing = [];
  all(d.body, '*').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (!r.width && !r.height) return;
    if ((r.right > width + 1 || r.left < -1) && !scrolledInside(el))
      overflowing.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width);
  });
  var exercises = {};
  all(d, 'article.exercise').forEach(function (article) {
    exercises[article.id] = {
      status: text(article.querySelector('h3 .badge')),
      hints: all(article, '.hint').map(text), notes: all(article, '.note').map(text),
      marked: all(article, '.row.mark').map(function (row) {
        return {text: text(row), border: w.getComputedStyle(row).borderLeftColor}; }),
      raised: all(article, '.raised').map(text),
      cases: all(article, 'li.case').map(function (li) {
        return {id: text(li.querySelector('.case-id')), visibility: text(li.querySelector('.tag')),
                status: text(li.querySelector('.badge')), text: text(li),
                pictures: all(li, 'svg').map(function (svg) {
                  var r = svg.getBoundingClientRect();
                  return {width: r.width, height: r.height, label: svg.getAttribute('aria-label')}; })};
      })};
  });
  return {width: width, scroll_width: d.documentElement.scrollWidth, height: d.documentElement.scrollHeight,
          overflowing: overflowing, total: text(d.querySelector('.total')), summary: text(d.querySelector('nav')),
          problems: text(d.querySelector('.problems')), exercises: exercises};
}
var frames = Array.prototype.slice.call(document.querySelectorAll('iframe')), loaded = 0, findings = {};
frames.forEach(function (frame) {
  frame.addEventListener('load', function () {
    try { findings[frame.dataset.width] = probe(frame); } catch (e) { findings[frame.dataset.width] = {error: String(e)}; }
    if (++loaded === frames.length) document.getElementById('probe').textContent = JSON.stringify(findings);
  });
});
"""


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """The chromium executable; skips the test when there is none, but fails it in CI (env CI=true)."""
    found = find_chromium()
    if found:
        return found
    reason = "headless Chromium is not installed (Debian: apt-get install chromium); browser checks not run"
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}, and CI must run them")
    pytest.skip(reason)


def launch(chromium: str, url: str, *flags: str, net_log: Path, window: tuple[int, int]) -> str:
    """One headless run with a fresh profile, nothing resolvable on the network, every request logged; stdout."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run",
                   "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
                   "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}",
                   f"--log-net-log={net_log}", f"--window-size={window[0]},{window[1]}",
                   "--virtual-time-budget=3000", *flags, url]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=LAUNCH_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise AssertionError(f"chromium did not finish within {LAUNCH_TIMEOUT} s: {' '.join(command)}")
    if process.returncode != 0:
        raise AssertionError(f"chromium exited with {process.returncode}: {stderr[-2000:]}")
    return stdout


def page_requests(net_log: Path) -> list[str]:
    """URLs the page asked for that are not local (file:, data:, ...): none for a self-contained page.

    Chromium's own traffic (update checks, account lookups) is told apart from the page's by the
    network partition: the page's requests are made for the file:// site (initiator "null").
    """
    try:
        events = json.loads(net_log.read_text(encoding="utf-8", errors="replace"))["events"]
    except (OSError, ValueError, KeyError) as exc:
        raise AssertionError(f"unreadable NetLog {net_log}: {exc}")
    leaving = []
    for event in events:
        params = event.get("params") or {}
        partition = " ".join(str(params.get(key, "")) for key in
                             ("network_isolation_key", "network_anonymization_key", "site_for_cookies", "group_id"))
        if "file://" not in partition and params.get("initiator") != "null":
            continue
        for key in ("url", "host", "destination"):
            value = params.get(key)
            if isinstance(value, str) and value and not value.startswith(LOCAL_SCHEMES):
                leaving.append(value)
    return sorted(set(leaving))


def probe(chromium: str, report: Path, work: Path, widths: tuple[int, ...] = (375, 1280)) -> tuple[dict, list[str]]:
    """Findings per viewport width ({"375": {...}}) from one launch, and the requests that left the file."""
    frames = "".join(f'<iframe data-width="{width}" src="{report.resolve().as_uri()}" '
                     f'style="display:block;width:{width}px;height:800px;border:0"></iframe>' for width in widths)
    wrapper = work / "probe.html"
    wrapper.write_text(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head>'
                       f'<body style="margin:0">{frames}<pre id="probe"></pre><script>{PROBE_SCRIPT}</script>'
                       f'</body></html>', encoding="utf-8")
    net_log = work / "probe-netlog.json"
    dom = launch(chromium, wrapper.resolve().as_uri(), "--allow-file-access-from-files", "--dump-dom",
                 net_log=net_log, window=(max(widths), 800))
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    if not found or not found.group(1).strip():
        raise AssertionError(f"the probe wrote nothing; dumped DOM starts: {dom[:500]}")
    findings = json.loads(html.unescape(found.group(1)))
    for width, result in findings.items():
        if "error" in result:
            raise AssertionError(f"the probe failed at {width} px: {result['error']}")
    return findings, page_requests(net_log)


def screenshot(chromium: str, report: Path, png: Path, width: int, height: int, work: Path) -> list[str]:
    """A screenshot of the report at width x height; returns the requests that left the file."""
    net_log = work / f"screenshot-{width}-netlog.json"
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    launch(chromium, report.resolve().as_uri(), f"--screenshot={png.resolve()}", net_log=net_log,
           window=(width, height))
    if not png.is_file() or png.stat().st_size == 0:
        raise AssertionError(f"chromium wrote no screenshot to {png}")
    return page_requests(net_log)
