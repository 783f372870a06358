// Starts the whole platform (`forecourt demo`) on a free port with a fresh data folder, and reads the addresses
// of its local WeChat servers (mini-program API, WeChat Pay sandbox) from what it announces.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");

async function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export async function startPlatform(password) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "forecourt-mp-"));
  const output = [];
  const child = spawn(join(ROOT, ".venv", "bin", "forecourt"), ["demo", "--host", "127.0.0.1", "--port", String(port), "--data-dir", dataDir], {
    cwd: ROOT,
    env: { ...process.env, FORECOURT_DEMO_PASSWORD: password, FORECOURT_LOG_LEVEL: "WARNING" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => output.push(String(chunk)));
  child.stderr.on("data", (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let found = null;
  for (;;) {
    const text = output.join("");
    const pay = /WeChat Pay\s+(http:\/\/\S+)/.exec(text);
    const api = /WeChat API\s+(http:\/\/\S+)/.exec(text);
    if (pay && api) {
      try {
        if ((await fetch(`${url}/readyz`)).ok) { found = { pay: pay[1], api: api[1] }; break; }
      } catch { /* not listening yet */ }
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the platform did not start:\n${text}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    wechatPay: found.pay.replace(/\/$/, ""),
    wechatApi: found.api.replace(/\/$/, ""),
    output,
    async stop() {
      try { process.kill(-child.pid, "SIGINT"); } catch { return; }
      await new Promise((r) => {
        const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch { /* gone */ } r(); }, 15_000);
        child.on("exit", () => { clearTimeout(timer); r(); });
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
