"""Drive headless Chromium through the DevTools protocol: open a page, type, wait for text, screenshot.

Run as a script (the test process itself refuses network connections):
    python browser_session.py CHROMIUM URL QUESTION SCREENSHOT EXPECTED...
Prints one JSON line: which expected strings the terminal showed. xterm.js draws on a canvas,
so the terminal's text is read from the bytes the page receives over its WebSocket.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import subprocess
import sys
import tempfile
import time

import aiohttp

RECORD_SOCKET_TEXT = """
window.__received = [];
const NativeSocket = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new NativeSocket(...args);
  socket.addEventListener("message", async (event) => {
    const data = event.data;
    if (typeof data === "string") { window.__received.push(data); return; }
    const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
    window.__received.push(new TextDecoder().decode(buffer));
  });
  return socket;
};
window.WebSocket.prototype = NativeSocket.prototype;
"""
SHOWN_TEXT = r"window.__received.join('').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '\n')"
PATIENCE = 60.0


class Page:
    """One DevTools session on a page."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.ids = itertools.count(1)

    async def call(self, method: str, **params) -> dict:
        """Send a command and return its result (events in between are skipped)."""
        number = next(self.ids)
        await self.socket.send_json({"id": number, "method": method, "params": params})
        while True:
            message = json.loads((await self.socket.receive()).data)
            if message.get("id") == number:
                return message.get("result", {})

    async def text(self) -> str:
        """What the terminal has received so far, escape sequences turned into line breaks."""
        result = await self.call("Runtime.evaluate", expression=SHOWN_TEXT, returnByValue=True)
        return result.get("result", {}).get("value", "")

    async def wait_for(self, pattern: str) -> bool:
        """Whether the terminal showed text matching the pattern before the patience ran out."""
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            if re.search(pattern, await self.text()):
                return True
            await asyncio.sleep(0.3)
        return False

    async def key(self, key: str, code: int, text: str) -> None:
        """Press and release one key."""
        await self.call("Input.dispatchKeyEvent", type="keyDown", key=key, code=key, windowsVirtualKeyCode=code,
                        text=text)
        await self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=key, windowsVirtualKeyCode=code)


def start_chromium(chromium: str, profile: str) -> tuple[subprocess.Popen, str]:
    """Start headless Chromium on a free debugging port; return it and its browser WebSocket URL."""
    browser = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0",
         f"--user-data-dir={profile}", "--window-size=1280,900", "about:blank"],
        stderr=subprocess.PIPE, text=True,
    )
    for line in browser.stderr:
        if "DevTools listening on" in line:
            return browser, line.split("DevTools listening on", 1)[1].strip()
    raise RuntimeError("chromium did not start")


async def run(chromium: str, url: str, question: str, screenshot: str, expected: list[str]) -> dict:
    """Open the page, type the question, wait for each expected pattern, save a screenshot."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        browser, browser_url = start_chromium(chromium, profile)
        try:
            port = browser_url.split(":")[2].split("/")[0]
            async with aiohttp.ClientSession() as http:
                pages = await (await http.get(f"http://127.0.0.1:{port}/json/list")).json()
                page_url = next(p["webSocketDebuggerUrl"] for p in pages if p["type"] == "page")
                async with http.ws_connect(page_url, max_msg_size=0) as socket:
                    return await drive(Page(socket), url, question, screenshot, expected)
        finally:
            browser.terminate()
            browser.wait(timeout=10)


async def drive(page: Page, url: str, question: str, screenshot: str, expected: list[str]) -> dict:
    """The steps of one session on an open DevTools page."""
    await page.call("Page.enable")
    await page.call("Page.addScriptToEvaluateOnNewDocument", source=RECORD_SOCKET_TEXT)
    await page.call("Page.navigate", url=url)
    started = await page.wait_for("Still et spørsmål")
    await page.call("Input.dispatchMouseEvent", type="mousePressed", x=600, y=300, button="left", clickCount=1)
    await page.call("Input.dispatchMouseEvent", type="mouseReleased", x=600, y=300, button="left", clickCount=1)
    await page.call("Input.insertText", text=question)
    await page.key("Enter", 13, "\r")
    shown = {pattern: await page.wait_for(pattern) for pattern in expected}
    image = await page.call("Page.captureScreenshot", format="png")
    with open(screenshot, "wb") as file:
        file.write(base64.b64decode(image["data"]))
    return {"started": started, "shown": shown}


if __name__ == "__main__":
    chromium_path, page_url, asked, shot, *patterns = sys.argv[1:]
    print(json.dumps(asyncio.run(run(chromium_path, page_url, asked, shot, patterns))))
