// A static check of the mini-program project as WeChat DevTools and the WeChat runtime would complain about it:
// project.config.json, app.json (pages, tabBar, sitemap, usingComponents, subpackages, lazyCodeLoading,
// requiredPrivateInfos), every page's and component's JSON (valid, known keys), every WXML file (well-formed,
// wx:if/wx:for, custom tags declared, event bindings naming a method of the page's or component's definition)
// and the compiled JavaScript (loaded in a sandbox with stub App/Page/Component/getApp/wx that capture the
// definitions). DevTools opens `miniprogramRoot` (today the sources, whose TypeScript its compiler plugin
// compiles); the definitions are read from the tsc build in build/, which must match the sources.
//
//   node scripts/project-check.mjs [project dir]     (default: this mini-program; exit 1 on any problem)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

// ---------------------------------------------------------------------------------------------------- vocabulary

export const BUILTIN_TAGS = new Set(`
  view scroll-view swiper swiper-item movable-area movable-view cover-view cover-image match-media page-container
  root-portal share-element grid-view list-view sticky-header sticky-section nested-scroll-header
  nested-scroll-body draggable-sheet span snapshot icon text rich-text progress button checkbox checkbox-group
  editor form input keyboard-accessory label picker picker-view picker-view-column radio radio-group slider
  switch textarea navigator functional-page-navigator audio camera channel-live channel-video image
  live-player live-pusher video voip-room map canvas web-view ad ad-custom official-account open-data
  store-home store-product page-meta navigation-bar block template import include wxs slot
`.trim().split(/\s+/));

const WINDOW_KEYS = new Set([
  "navigationBarBackgroundColor", "navigationBarTextStyle", "navigationBarTitleText", "navigationStyle",
  "homeButton", "backgroundColor", "backgroundTextStyle", "backgroundColorTop", "backgroundColorBottom",
  "backgroundColorContent", "enablePullDownRefresh", "onReachBottomDistance", "pageOrientation",
  "restartStrategy", "initialRenderingCache", "visualEffectInBackground", "handleWebviewPreload",
  "disableScroll", "disableSwipeBack", "enablePassiveEvent",
]);
export const PAGE_KEYS = new Set([...WINDOW_KEYS, "usingComponents", "componentPlaceholder", "style", "singlePage",
  "styleIsolation", "renderer", "rendererOptions", "componentFramework", "resizable"]);
export const COMPONENT_KEYS = new Set(["component", "usingComponents", "componentPlaceholder", "styleIsolation",
  "componentGenerics", "componentFramework", "renderer", "rendererOptions"]);
const APP_KEYS = new Set([
  "entryPagePath", "pages", "window", "tabBar", "networkTimeout", "debug", "functionalPages", "subpackages",
  "subPackages", "workers", "requiredBackgroundModes", "requiredPrivateInfos", "plugins", "preloadRule",
  "resizable", "usingComponents", "permission", "sitemapLocation", "style", "useExtendedLib", "entranceDeclare",
  "darkmode", "themeLocation", "lazyCodeLoading", "singlePage", "supportedMaterials", "serviceProviderTicket",
  "embeddedAppIdList", "halfPage", "debugOptions", "enablePassiveEvent", "resolveAlias", "renderer",
  "rendererOptions", "componentFramework", "miniApp", "static", "convertRpxToVw", "appBar", "componentPlaceholder",
  "behaviors", "navigateToMiniProgramAppIdList",
]);
const TABBAR_KEYS = new Set(["color", "selectedColor", "backgroundColor", "borderStyle", "list", "position", "custom"]);
const TABBAR_ITEM_KEYS = new Set(["pagePath", "text", "iconPath", "selectedIconPath"]);
const PRIVATE_INFOS = ["getFuzzyLocation", "getLocation", "onLocationChange", "startLocationUpdate",
  "startLocationUpdateBackground", "chooseLocation", "choosePoi", "chooseAddress"];
const LOCATION_INFOS = new Set(["getFuzzyLocation", "getLocation", "onLocationChange", "startLocationUpdate",
  "startLocationUpdateBackground"]);
const EVENT_ATTR = /^(bind|catch|capture-bind|capture-catch|mut-bind)(:?)([A-Za-z_][\w-]*)$/;
const WX_DIRECTIVES = new Set(["wx:if", "wx:elif", "wx:else", "wx:for", "wx:for-items", "wx:for-item",
  "wx:for-index", "wx:key"]);
const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const IDENT = /^[A-Za-z_$][\w$]*$/;
const STYLE_ISOLATION = ["isolated", "apply-shared", "shared", "page-isolated", "page-apply-shared", "page-shared"];

// ---------------------------------------------------------------------------------------------------- helpers

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isFile = (p) => { try { return statSync(p).isFile(); } catch { return false; } };
const isDir = (p) => { try { return statSync(p).isDirectory(); } catch { return false; } };
const inside = (root, p) => { const r = relative(root, p); return r === "" || (!r.startsWith("..") && !isAbsolute(r)); };

function walk(dir, skip = () => false, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (isDir(path)) walk(path, skip, out);
    else out.push(path);
  }
  return out;
}

/** Every `{{ … }}` of a WXML text or attribute value: { exprs: [string], error: string|null }. */
export function mustaches(value) {
  const exprs = [];
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf("{{", i);
    const stray = value.indexOf("}}", i);
    if (stray !== -1 && (open === -1 || stray < open)) return { exprs, error: `'}}' without an opening '{{'` };
    if (open === -1) break;
    let j = open + 2, depth = 0, quote = null;
    const brackets = [];
    let end = -1;
    for (; j < value.length; j++) {
      const c = value[j];
      if (quote) {
        if (c === "\\") j++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === "(" || c === "[") brackets.push(c);
      else if (c === ")" || c === "]") {
        if (brackets.pop() !== (c === ")" ? "(" : "[")) return { exprs, error: `unbalanced '${c}' in '{{${value.slice(open + 2, j + 1)}'` };
      } else if (c === "{") depth++;
      else if (c === "}") {
        if (depth > 0) depth--;
        else if (value[j + 1] === "}") { end = j; break; }
        else return { exprs, error: `unbalanced '}' in '${value.slice(open, j + 1)}'` };
      }
    }
    if (end === -1) return { exprs, error: quote ? `unterminated string in '${value.slice(open)}'` : `'{{' without a closing '}}'` };
    const expr = value.slice(open + 2, end);
    if (brackets.length) return { exprs, error: `unclosed '${brackets.at(-1)}' in '{{${expr}}}'` };
    if (!expr.trim()) return { exprs, error: "empty '{{ }}'" };
    exprs.push(expr);
    i = end + 2;
  }
  return { exprs, error: null };
}
/** The value is exactly one `{{ … }}` (surrounding blanks aside). */
const onlyMustache = (value) => {
  const v = value.trim();
  const { exprs, error } = mustaches(v);
  return !error && exprs.length === 1 && v === `{{${exprs[0]}}}`;
};

/** Parses WXML into a tree; problems (well-formedness) go to `report(line, message)`. */
export function parseWxml(text, report) {
  const root = { tag: "#root", attrs: [], children: [], line: 1 };
  const stack = [root];
  let pos = 0, line = 1;
  const advance = (to) => { for (; pos < to; pos++) if (text[pos] === "\n") line++; };
  const lineAt = (at) => { let l = line; for (let k = pos; k < at; k++) if (text[k] === "\n") l++; return l; };
  const top = () => stack[stack.length - 1];
  while (pos < text.length) {
    if (text.startsWith("<!--", pos)) {
      const end = text.indexOf("-->", pos + 4);
      if (end === -1) { report(line, "comment '<!--' is never closed"); break; }
      top().children.push({ tag: "#comment", line });
      advance(end + 3);
      continue;
    }
    if (text.startsWith("</", pos)) {
      const m = /^<\/\s*([A-Za-z][\w:.-]*)\s*>/.exec(text.slice(pos));
      if (!m) { report(line, `malformed closing tag '${text.slice(pos, pos + 20).split("\n")[0]}'`); advance(pos + 2); continue; }
      const name = m[1];
      const at = stack.findLastIndex((n) => n.tag === name);
      if (at <= 0) report(line, `closing tag </${name}> has no matching <${name}>`);
      else {
        for (let k = stack.length - 1; k > at; k--) report(stack[k].line, `<${stack[k].tag}> is never closed (found </${name}> at line ${line})`);
        stack.length = at;
      }
      advance(pos + m[0].length);
      continue;
    }
    if (text[pos] === "<" && /[A-Za-z]/.test(text[pos + 1] ?? "")) {
      const start = line;
      const nameMatch = /^<([A-Za-z][\w:.-]*)/.exec(text.slice(pos));
      const node = { tag: nameMatch[1], attrs: [], children: [], line: start };
      advance(pos + nameMatch[0].length);
      let closed = false, selfClosing = false, broken = false;
      while (pos < text.length) {
        const ws = /^\s*/.exec(text.slice(pos))[0];
        advance(pos + ws.length);
        if (text.startsWith("/>", pos)) { advance(pos + 2); closed = selfClosing = true; break; }
        if (text[pos] === ">") { advance(pos + 1); closed = true; break; }
        const attr = /^[^\s=/>"'<]+/.exec(text.slice(pos));
        if (!attr) {
          report(line, `unexpected '${text[pos]}' in <${node.tag}>`);
          broken = true;
          break;
        }
        const attrLine = line;
        const name = attr[0];
        advance(pos + name.length);
        const eq = /^\s*=\s*/.exec(text.slice(pos));
        let value = null;
        if (eq) {
          advance(pos + eq[0].length);
          const q = text[pos];
          if (q === '"' || q === "'") {
            const end = text.indexOf(q, pos + 1);
            if (end === -1) { report(attrLine, `the value of ${name} in <${node.tag}> has no closing ${q}`); broken = true; break; }
            value = text.slice(pos + 1, end);
            advance(end + 1);
          } else {
            const bare = /^[^\s>]*/.exec(text.slice(pos))[0];
            report(attrLine, `the value of ${name} in <${node.tag}> must be quoted (${name}=${bare})`);
            value = bare;
            advance(pos + bare.length);
          }
        }
        if (node.attrs.some((a) => a.name === name)) report(attrLine, `<${node.tag}> has ${name} twice`);
        node.attrs.push({ name, value, line: attrLine });
        if (value !== null) {
          const { error } = mustaches(value);
          if (error) report(attrLine, `${name} of <${node.tag}>: ${error}`);
        }
      }
      if (broken) { // resynchronise at the next '>'
        const end = text.indexOf(">", pos);
        advance(end === -1 ? text.length : end + 1);
        closed = true;
      }
      if (!closed) { report(start, `<${node.tag}> is cut off (no '>')`); break; }
      top().children.push(node);
      if (selfClosing) continue;
      if (node.tag === "wxs") { // its body is JavaScript, not WXML
        const end = text.indexOf("</wxs>", pos);
        if (end === -1) { report(start, "<wxs> is never closed"); advance(text.length); break; }
        advance(end + "</wxs>".length);
        continue;
      }
      stack.push(node);
      continue;
    }
    // text up to the next tag, '{{ }}' being opaque ('<' may appear inside an expression)
    let j = pos;
    while (j < text.length) {
      if (text.startsWith("{{", j)) {
        const close = mustacheEnd(text, j);
        if (close === -1) { report(lineAt(j), "text: '{{' without a closing '}}'"); j += 2; continue; }
        j = close;
        continue;
      }
      if (text[j] === "<") {
        if (/[A-Za-z/!]/.test(text[j + 1] ?? "")) break;
        report(lineAt(j), "a bare '<' in text (write &lt;)");
      }
      j++;
    }
    const chunk = text.slice(pos, j === pos ? pos + 1 : j);
    const { error } = mustaches(chunk);
    if (error && !/without a closing/.test(error)) report(line, `text: ${error}`);
    top().children.push({ tag: "#text", text: chunk, line });
    advance(pos + chunk.length);
  }
  for (let k = stack.length - 1; k > 0; k--) report(stack[k].line, `<${stack[k].tag}> is never closed`);
  return root;
}

function mustacheEnd(text, open) { // index just past the '}}' closing the '{{' at `open`, or -1
  let depth = 0, quote = null;
  for (let j = open + 2; j < text.length; j++) {
    const c = text[j];
    if (quote) { if (c === "\\") j++; else if (c === quote) quote = null; continue; }
    if (c === "'" || c === '"') quote = c;
    else if (c === "{") depth++;
    else if (c === "}") {
      if (depth > 0) depth--;
      else if (text[j + 1] === "}") return j + 2;
    } else if (c === "\n" && text.slice(open, j).includes("<")) return -1;
  }
  return -1;
}

function* elements(node) {
  for (const child of node.children ?? []) {
    if (child.tag.startsWith("#")) continue;
    yield child;
    yield* elements(child);
  }
}
const attr = (node, name) => node.attrs.find((a) => a.name === name);

/** wx:if / wx:elif / wx:else / wx:for rules on a parsed tree. */
function checkDirectives(tree, report) {
  const visit = (node) => {
    let previous = null; // the previous element sibling (whitespace and comments skipped)
    for (const child of node.children ?? []) {
      if (child.tag === "#comment" || (child.tag === "#text" && !child.text.trim())) continue;
      if (child.tag === "#text") { previous = null; continue; }
      const has = (name) => attr(child, name) !== undefined;
      for (const a of child.attrs) {
        if (a.name.startsWith("wx:") && !WX_DIRECTIVES.has(a.name)) report(a.line, `unknown directive ${a.name} on <${child.tag}>`);
      }
      for (const name of ["wx:if", "wx:elif", "wx:for", "wx:for-items"]) {
        const a = attr(child, name);
        if (!a) continue;
        if (a.value === null || !a.value.trim()) report(a.line, `${name} on <${child.tag}> has no value`);
        else if (!onlyMustache(a.value)) {
          report(a.line, name.startsWith("wx:for")
            ? `${name}="${a.value}" on <${child.tag}> must be one {{ }} expression (a plain string iterates over its characters)`
            : `${name}="${a.value}" on <${child.tag}> must be one {{ }} expression (a plain string is always true)`);
        }
      }
      const branches = ["wx:if", "wx:elif", "wx:else"].filter(has);
      if (branches.length > 1) report(child.line, `<${child.tag}> has both ${branches.join(" and ")}`);
      const elseAttr = attr(child, "wx:else");
      if (elseAttr && elseAttr.value !== null && elseAttr.value.trim()) report(elseAttr.line, `wx:else on <${child.tag}> takes no value`);
      if ((has("wx:elif") || has("wx:else")) && !(previous && (attr(previous, "wx:if") || attr(previous, "wx:elif")))) {
        report(child.line, `${has("wx:elif") ? "wx:elif" : "wx:else"} on <${child.tag}> does not follow an element with wx:if or wx:elif`);
      }
      const loop = has("wx:for") || has("wx:for-items");
      for (const name of ["wx:for-item", "wx:for-index", "wx:key"]) {
        const a = attr(child, name);
        if (!a) continue;
        if (!loop) report(a.line, `${name} on <${child.tag}> without wx:for`);
        if (name === "wx:key") {
          if (a.value?.includes("{{")) report(a.line, `wx:key="${a.value}" on <${child.tag}> must name a property of the item or *this, not an expression`);
          else if (!a.value || !(a.value === "*this" || IDENT.test(a.value))) report(a.line, `wx:key="${a.value ?? ""}" on <${child.tag}> is not a property name or *this`);
        } else if (!a.value || !IDENT.test(a.value)) report(a.line, `${name}="${a.value ?? ""}" on <${child.tag}> is not a variable name`);
      }
      if (loop && !has("wx:key")) report(child.line, `wx:for on <${child.tag}> has no wx:key`);
      previous = child;
      visit(child);
    }
  };
  visit(tree);
}

// ---------------------------------------------------------------------------------------------------- sandbox

const CAPTURED = Symbol("captured definition");

function permissive() { // a value any top-level code can call, read or combine without throwing
  const fn = function () { return permissive(); };
  return new Proxy(fn, {
    get(target, key) {
      if (key === Symbol.toPrimitive) return () => "";
      if (key === "then") return undefined;
      if (key === "toString" || key === "valueOf") return () => "";
      return permissive();
    },
    apply() { return permissive(); },
    construct() { return permissive(); },
  });
}

/** Loads compiled JS modules the way the WeChat runtime does (require relative to the file, '/' from the root,
 * bare names from miniprogram_npm), recording App/Page/Component/Behavior calls per module. */
class Sandbox {
  constructor(root) {
    this.root = root;
    this.cache = new Map();
    this.registrations = new Map(); // file → [{ kind, def }]
    this.loading = [];
    this.app = null;
    const register = (kind) => (def) => {
      const file = this.loading.at(-1);
      if (!this.registrations.has(file)) this.registrations.set(file, []);
      this.registrations.get(file).push({ kind, def: isObject(def) ? def : {} });
      if (kind === "App") this.app = def;
    };
    const noopTimer = () => 0;
    this.context = vm.createContext({
      App: register("App"), Page: register("Page"), Component: register("Component"),
      Behavior: (def) => { const b = isObject(def) ? def : {}; b[CAPTURED] = true; return b; },
      getApp: () => this.app ?? permissive(), getCurrentPages: () => [], requirePlugin: () => permissive(),
      wx: permissive(), console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
      setTimeout: noopTimer, setInterval: noopTimer, clearTimeout() {}, clearInterval() {},
      Promise, Date, Math, JSON, Object, Array, String, Number, Boolean, Symbol, Error, TypeError, RangeError,
      Map, Set, WeakMap, WeakSet, RegExp, BigInt, parseInt, parseFloat, isNaN, isFinite, encodeURIComponent,
      decodeURIComponent, encodeURI, decodeURI, Uint8Array, ArrayBuffer, DataView, TextEncoder, TextDecoder,
    });
  }

  resolve(from, request) {
    const bases = [];
    if (request.startsWith("/")) bases.push(join(this.root, request));
    else if (request.startsWith(".")) bases.push(resolve(dirname(from), request));
    else {
      bases.push(resolve(dirname(from), request));
      for (let dir = dirname(from); inside(this.root, dir); dir = dirname(dir)) {
        bases.push(join(dir, "miniprogram_npm", request));
        if (dir === this.root) break;
      }
    }
    for (const base of bases) {
      for (const candidate of [base, `${base}.js`, join(base, "index.js")]) {
        if (isFile(candidate) && candidate.endsWith(".js") && inside(this.root, candidate)) return candidate;
      }
    }
    return null;
  }

  load(file) {
    if (this.cache.has(file)) return this.cache.get(file).exports;
    const module = { exports: {} };
    this.cache.set(file, module);
    const code = readFileSync(file, "utf8");
    const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`,
      this.context, { filename: file });
    const require = (request) => {
      const target = this.resolve(file, String(request));
      if (!target) throw new Error(`module '${request}' is not defined (required from ${relative(this.root, file)})`);
      return this.load(target);
    };
    this.loading.push(file);
    try {
      wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
    } finally {
      this.loading.pop();
    }
    return module.exports;
  }
}

function behaviourMethods(def, seen = new Set()) {
  const names = new Set();
  for (const b of Array.isArray(def.behaviors) ? def.behaviors : []) {
    if (!isObject(b) || seen.has(b)) continue;
    seen.add(b);
    for (const n of Object.keys(isObject(b.methods) ? b.methods : {})) names.add(n);
    for (const n of behaviourMethods(b, seen)) names.add(n);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------- the check

/**
 * Checks the project in `projectDir` (where project.config.json lives); `buildDir` holds the compiled project
 * (default `<projectDir>/build`, or miniprogramRoot itself when that is where the .js files are).
 * Returns [{ file, line?, message }].
 */
export function checkProject(projectDir, { buildDir } = {}) {
  projectDir = resolve(projectDir);
  const problems = [];
  const show = (path) => relative(projectDir, path).split(sep).join("/") || ".";
  const problem = (path, message, line) => problems.push({ file: show(path), line, message });
  const readJson = (path, what) => {
    let text;
    try { text = readFileSync(path, "utf8"); } catch { problem(path, `${what} is missing`); return undefined; }
    try { return JSON.parse(text.replace(/^\uFEFF/, "")); } catch (e) { problem(path, `${what} is not valid JSON: ${e.message}`); return undefined; }
  };

  // ---- project.config.json
  const configPath = join(projectDir, "project.config.json");
  const config = readJson(configPath, "project.config.json");
  if (config === undefined) return problems;
  if (!isObject(config)) { problem(configPath, "project.config.json must be a JSON object"); return problems; }
  if (config.compileType !== "miniprogram") problem(configPath, `compileType is ${JSON.stringify(config.compileType)}, expected "miniprogram"`);
  if (typeof config.appid !== "string" || !(/^wx[0-9a-zA-Z]{16}$/.test(config.appid) || config.appid === "touristappid")) {
    problem(configPath, `appid ${JSON.stringify(config.appid)} is not a mini-program appid (wx followed by 16 characters)`);
  }
  const rootOf = (key) => {
    const value = config[key];
    if (value === undefined) return projectDir;
    if (typeof value !== "string" || !value.trim()) { problem(configPath, `${key} must be a relative path`); return null; }
    if (isAbsolute(value)) { problem(configPath, `${key} "${value}" must be relative to the project`); return null; }
    const dir = resolve(projectDir, value);
    if (!inside(projectDir, dir)) { problem(configPath, `${key} "${value}" points outside the project`); return null; }
    if (!isDir(dir)) { problem(configPath, `${key} "${value}" is not a directory`); return null; }
    if (!isFile(join(dir, "app.json"))) { problem(configPath, `${key} "${value}" has no app.json (DevTools opens the mini-program there)`); return null; }
    return dir;
  };
  const root = rootOf("miniprogramRoot");
  if (config.srcMiniprogramRoot !== undefined) rootOf("srcMiniprogramRoot");
  const setting = isObject(config.setting) ? config.setting : {};
  const plugins = (Array.isArray(setting.useCompilerPlugins) ? setting.useCompilerPlugins : [])
    .map((p) => (isObject(p) ? p.type : p));
  if (setting.useCompilerPlugins !== undefined && setting.useCompilerPlugins !== false) {
    if (!Array.isArray(setting.useCompilerPlugins)) problem(configPath, "setting.useCompilerPlugins must be an array");
    for (const p of plugins) if (!["typescript", "less", "sass"].includes(p)) problem(configPath, `setting.useCompilerPlugins: unknown plugin ${JSON.stringify(p)}`);
  }
  const compilesTs = plugins.includes("typescript");
  const ignores = Array.isArray(config.packOptions?.ignore) ? config.packOptions.ignore : [];
  if (config.packOptions?.ignore !== undefined && !Array.isArray(config.packOptions.ignore)) problem(configPath, "packOptions.ignore must be an array");
  for (const rule of ignores) {
    if (!isObject(rule) || typeof rule.value !== "string" || !["folder", "file", "suffix", "prefix", "regexp", "glob"].includes(rule.type)) {
      problem(configPath, `packOptions.ignore: ${JSON.stringify(rule)} is not {type: folder|file|suffix|prefix|regexp|glob, value}`);
    }
  }
  if (!root) return problems;
  const ignoredFolder = (dir) => ignores.some((r) => r.type === "folder" && resolve(root, r.value) === dir);

  // ---- where the compiled project is
  const build = resolve(buildDir ?? (isDir(join(projectDir, "build")) ? join(projectDir, "build") : root));
  if (!isFile(join(build, "app.json"))) { problem(build, "the compiled project has no app.json: run npm run build"); return problems; }
  const opened = build === root; // DevTools opens the compiled project itself
  if (!opened) {
    if (inside(root, build) && !ignoredFolder(build)) {
      problem(configPath, `packOptions.ignore does not exclude ${show(build)}/: an upload of miniprogramRoot would carry the compiled copy too`);
    }
    if (isDir(join(root, "node_modules")) && !ignoredFolder(join(root, "node_modules"))) {
      problem(configPath, "packOptions.ignore does not exclude node_modules/");
    }
  }
  // a file of the compiled project shown as its source when it is a plain copy
  const source = (path) => {
    if (opened || !inside(build, path)) return path;
    const src = join(root, relative(build, path));
    try { if (readFileSync(src).equals(readFileSync(path))) return src; } catch { /* no source */ }
    return path;
  };
  const at = (path, message, line) => problem(source(path), message, line);
  const jsonAt = (path, what) => {
    let text;
    try { text = readFileSync(path, "utf8"); } catch { at(path, `${what} is missing`); return undefined; }
    try { return JSON.parse(text.replace(/^\uFEFF/, "")); } catch (e) { at(path, `${what} is not valid JSON: ${e.message}`); return undefined; }
  };

  // ---- the build matches the sources DevTools compiles
  if (!opened) {
    const skip = (p) => p === build || ignoredFolder(p) || /(^|[/\\])(node_modules|\.git)$/.test(p)
      || ignores.some((r) => (r.type === "file" && resolve(root, r.value) === p) || (r.type === "suffix" && p.endsWith(r.value)));
    const copied = /\.(wxml|wxss|json|wxs)$/;
    const configFiles = new Set(["project.config.json", "project.private.config.json", "tsconfig.json", "package.json", "package-lock.json"]);
    const sources = walk(root, skip).filter((p) => !configFiles.has(relative(root, p)));
    let tsReported = false;
    for (const src of sources) {
      const rel = relative(root, src);
      if (copied.test(src) || (src.endsWith(".js") && !rel.startsWith("miniprogram_npm"))) {
        const out = join(build, rel);
        if (!isFile(out)) at(src, `not in ${show(build)}/: run npm run build`);
        else if (!src.endsWith(".js") && !readFileSync(src).equals(readFileSync(out))) problem(out, `differs from ${show(src)}: run npm run build`);
      } else if (src.endsWith(".ts") && !src.endsWith(".d.ts")) {
        if (!compilesTs && !tsReported) {
          tsReported = true;
          problem(configPath, `${show(src)} and the other TypeScript under miniprogramRoot: setting.useCompilerPlugins has no "typescript", so DevTools would not compile them`);
        }
        const out = join(build, rel.replace(/\.ts$/, ".js"));
        if (!isFile(out)) problem(src, `not compiled into ${show(out)}: run npm run build`);
        else if (statSync(src).mtimeMs > statSync(out).mtimeMs + 1000) problem(out, `older than ${show(src)}: run npm run build`);
      }
    }
  }

  // ---- app.json
  const appPath = join(build, "app.json");
  const app = jsonAt(appPath, "app.json");
  if (!isObject(app)) { if (app !== undefined) at(appPath, "app.json must be a JSON object"); return problems; }
  for (const key of Object.keys(app)) if (!APP_KEYS.has(key)) at(appPath, `unknown key "${key}"`);
  const pages = []; // { route, pkg }
  if (!Array.isArray(app.pages) || !app.pages.length) at(appPath, "pages must list at least one page");
  const addPages = (list, prefix, where) => {
    for (const page of Array.isArray(list) ? list : []) {
      if (typeof page !== "string" || !page) { at(appPath, `${where}: ${JSON.stringify(page)} is not a page path`); continue; }
      if (page.startsWith("/") || /\.(js|ts|wxml|json)$/.test(page)) { at(appPath, `${where}: "${page}" must be a path without a leading / or an extension`); continue; }
      const route = normalize(prefix + page).split(sep).join("/");
      if (pages.some((p) => p.route === route)) at(appPath, `${where}: "${page}" is listed twice`);
      else pages.push({ route, pkg: prefix || null });
    }
  };
  addPages(app.pages, "", "pages");
  const subpackages = app.subpackages ?? app.subPackages;
  if (app.subpackages && app.subPackages) at(appPath, "both subpackages and subPackages are set");
  const roots = [];
  if (subpackages !== undefined) {
    if (!Array.isArray(subpackages)) at(appPath, "subpackages must be an array");
    for (const [n, sp] of (Array.isArray(subpackages) ? subpackages : []).entries()) {
      const where = `subpackages[${n}]`;
      if (!isObject(sp) || typeof sp.root !== "string" || !sp.root) { at(appPath, `${where} needs a root`); continue; }
      const spRoot = sp.root.replace(/^\/+/, "").replace(/\/?$/, "/");
      if (!isDir(join(build, spRoot))) at(appPath, `${where}: root "${sp.root}" is not a directory`);
      if (roots.some((r) => spRoot.startsWith(r) || r.startsWith(spRoot))) at(appPath, `${where}: root "${sp.root}" overlaps another subpackage`);
      roots.push(spRoot);
      if (!Array.isArray(sp.pages) || !sp.pages.length) at(appPath, `${where}: pages must list at least one page`);
      addPages(sp.pages, spRoot, where);
      for (const key of Object.keys(sp)) if (!["root", "name", "pages", "independent", "plugins", "entry", "componentFramework", "renderer", "rendererOptions"].includes(key)) at(appPath, `${where}: unknown key "${key}"`);
    }
    for (const p of pages) if (!p.pkg && roots.some((r) => p.route.startsWith(r))) at(appPath, `main package page "${p.route}" lies inside a subpackage root`);
  }
  const pageRoutes = new Set(pages.map((p) => p.route));
  if (app.entryPagePath !== undefined && !pageRoutes.has(app.entryPagePath)) at(appPath, `entryPagePath "${app.entryPagePath}" is not a page`);
  if (app.window !== undefined) checkConfig(app.window, WINDOW_KEYS, appPath, "window: ", at);
  if (app.lazyCodeLoading !== undefined && app.lazyCodeLoading !== "requiredComponents") {
    at(appPath, `lazyCodeLoading ${JSON.stringify(app.lazyCodeLoading)} is not valid (only "requiredComponents")`);
  }
  if (app.style !== undefined && app.style !== "v2") at(appPath, `style ${JSON.stringify(app.style)} is not valid (only "v2")`);

  // tabBar
  if (app.tabBar !== undefined) {
    const tb = app.tabBar;
    if (!isObject(tb)) at(appPath, "tabBar must be an object");
    else {
      for (const key of Object.keys(tb)) if (!TABBAR_KEYS.has(key)) at(appPath, `tabBar: unknown key "${key}"`);
      for (const key of ["color", "selectedColor"]) if (!HEX.test(tb[key] ?? "")) at(appPath, `tabBar.${key} ${JSON.stringify(tb[key])} must be a hex colour`);
      if (tb.backgroundColor !== undefined && !HEX.test(tb.backgroundColor)) at(appPath, `tabBar.backgroundColor ${JSON.stringify(tb.backgroundColor)} must be a hex colour`);
      if (tb.borderStyle !== undefined && !["black", "white"].includes(tb.borderStyle)) at(appPath, `tabBar.borderStyle must be "black" or "white"`);
      if (tb.position !== undefined && !["bottom", "top"].includes(tb.position)) at(appPath, `tabBar.position must be "bottom" or "top"`);
      if (tb.custom === true && !isFile(join(build, "custom-tab-bar", "index.js"))) at(appPath, "tabBar.custom is set but custom-tab-bar/index is missing");
      const list = Array.isArray(tb.list) ? tb.list : [];
      if (list.length < 2 || list.length > 5) at(appPath, `tabBar.list must have 2 to 5 items (has ${list.length})`);
      const seen = new Set();
      for (const [n, item] of list.entries()) {
        const where = `tabBar.list[${n}]`;
        if (!isObject(item)) { at(appPath, `${where} must be an object`); continue; }
        for (const key of Object.keys(item)) if (!TABBAR_ITEM_KEYS.has(key)) at(appPath, `${where}: unknown key "${key}"`);
        const page = pages.find((p) => p.route === item.pagePath);
        if (!page) at(appPath, `${where}: pagePath ${JSON.stringify(item.pagePath)} is not a page in pages`);
        else if (page.pkg) at(appPath, `${where}: pagePath "${item.pagePath}" is in a subpackage; tab pages must be in the main package`);
        if (seen.has(item.pagePath)) at(appPath, `${where}: pagePath "${item.pagePath}" is a tab twice`);
        seen.add(item.pagePath);
        if (typeof item.text !== "string" || !item.text) at(appPath, `${where}: text is missing`);
        for (const key of ["iconPath", "selectedIconPath"]) {
          if (item[key] === undefined) continue;
          if (tb.position === "top") at(appPath, `${where}: ${key} is not shown when position is "top"`);
          else if (!isFile(join(build, String(item[key]).replace(/^\/+/, "")))) at(appPath, `${where}: ${key} "${item[key]}" does not exist`);
        }
      }
    }
  }

  // sitemap
  if (typeof app.sitemapLocation !== "string") at(appPath, "sitemapLocation is not set");
  else {
    const sitemapPath = join(build, app.sitemapLocation.replace(/^\/+/, ""));
    if (!isFile(sitemapPath)) at(appPath, `sitemapLocation "${app.sitemapLocation}" does not exist`);
    else {
      const sitemap = jsonAt(sitemapPath, "the sitemap");
      if (sitemap !== undefined && (!isObject(sitemap) || !Array.isArray(sitemap.rules))) at(sitemapPath, "the sitemap must have a rules array");
      for (const [n, rule] of (Array.isArray(sitemap?.rules) ? sitemap.rules : []).entries()) {
        if (!isObject(rule) || !["allow", "disallow"].includes(rule.action ?? "allow")) at(sitemapPath, `rules[${n}]: action must be "allow" or "disallow"`);
        else if (typeof rule.page !== "string" || (rule.page !== "*" && !pageRoutes.has(rule.page))) at(sitemapPath, `rules[${n}]: page ${JSON.stringify(rule.page)} is not "*" or a page`);
      }
    }
  }

  // preloadRule
  if (isObject(app.preloadRule)) {
    for (const [page, rule] of Object.entries(app.preloadRule)) {
      if (!pageRoutes.has(page)) at(appPath, `preloadRule: "${page}" is not a page`);
      for (const pkg of Array.isArray(rule?.packages) ? rule.packages : []) {
        const known = (Array.isArray(subpackages) ? subpackages : []).some((sp) => pkg === "__APP__" || sp?.name === pkg || sp?.root === pkg || `${sp?.root}/` === pkg);
        if (!known) at(appPath, `preloadRule["${page}"]: package "${pkg}" is not a subpackage`);
      }
    }
  }

  // requiredPrivateInfos
  const privateInfos = app.requiredPrivateInfos;
  if (privateInfos !== undefined) {
    if (!Array.isArray(privateInfos)) at(appPath, "requiredPrivateInfos must be an array");
    else {
      for (const name of privateInfos) if (!PRIVATE_INFOS.includes(name)) at(appPath, `requiredPrivateInfos: unknown ${JSON.stringify(name)}`);
      if (privateInfos.includes("getLocation") && privateInfos.includes("getFuzzyLocation")) at(appPath, "requiredPrivateInfos may not hold both getLocation and getFuzzyLocation");
    }
  }

  // ---- pages and components
  const sandbox = new Sandbox(build);
  const appJs = join(build, "app.js");
  if (!isFile(appJs)) at(appJs, "app.js is missing (App() is never called)");
  else {
    try { sandbox.load(appJs); } catch (e) { at(appJs, `throws when loaded: ${e.message}`); }
    if (!(sandbox.registrations.get(appJs) ?? []).some((r) => r.kind === "App")) at(appJs, "does not call App()");
  }
  const globalComponents = resolveComponents(app.usingComponents, appPath, build, at);
  const wxmlChecked = new Set();
  const queue = [];
  const seenComponents = new Set();
  for (const page of pages) queue.push({ base: join(build, page.route), kind: "page" });
  while (queue.length) {
    const { base, kind } = queue.shift();
    const name = show(base);
    const js = `${base}.js`, wxml = `${base}.wxml`, json = `${base}.json`;
    const missing = [js, wxml, json].filter((p) => !isFile(p));
    for (const p of missing) at(p, `the ${kind} ${name} has no ${p.slice(base.length)}`);
    let cfg = {};
    if (isFile(json)) {
      const parsed = jsonAt(json, `the ${kind}'s JSON`);
      if (parsed !== undefined && !isObject(parsed)) at(json, "must be a JSON object");
      else if (parsed !== undefined) cfg = parsed;
      if (kind === "page") checkConfig(cfg, PAGE_KEYS, json, "", at);
      else {
        checkConfig(cfg, COMPONENT_KEYS, json, "", at);
        if (cfg.component !== true) at(json, `is used as a component but has no "component": true`);
      }
    }
    const local = resolveComponents(cfg.usingComponents, json, build, at);
    for (const c of local.values()) if (c.base && !seenComponents.has(c.base)) { seenComponents.add(c.base); queue.push({ base: c.base, kind: "component" }); }
    for (const c of globalComponents.values()) if (c.base && !seenComponents.has(c.base)) { seenComponents.add(c.base); queue.push({ base: c.base, kind: "component" }); }
    const generics = isObject(cfg.componentGenerics) ? Object.keys(cfg.componentGenerics) : [];

    // the definition
    let methods = null, registeredBy = null;
    if (isFile(js)) {
      try {
        sandbox.load(js);
        const regs = sandbox.registrations.get(js) ?? [];
        const expected = kind === "page" ? ["Page", "Component"] : ["Component"];
        const own = regs.filter((r) => expected.includes(r.kind));
        if (!own.length) at(js, kind === "page" ? "does not call Page() or Component(): the page is not registered" : "does not call Component()");
        else if (own.length > 1) at(js, `registers ${own.length} definitions`);
        for (const r of regs) if (!expected.includes(r.kind)) at(js, `calls ${r.kind}() in a ${kind}`);
        if (own.length) {
          const { kind: how, def } = own[0];
          registeredBy = how;
          methods = new Set(how === "Page"
            ? Object.keys(def).filter((k) => typeof def[k] === "function")
            : Object.keys(isObject(def.methods) ? def.methods : {}).filter((k) => typeof def.methods[k] === "function"));
          for (const m of behaviourMethods(def)) methods.add(m);
          if (how === "Component") checkProperties(def, methods, js, at);
        }
      } catch (e) {
        at(js, `throws when loaded: ${e.message}`);
      }
    }

    // the template
    if (isFile(wxml)) {
      const files = templateFiles(wxml, build, at, wxmlChecked);
      for (const { path, tree } of files) {
        for (const el of elements(tree)) {
          if (!BUILTIN_TAGS.has(el.tag) && !local.has(el.tag) && !globalComponents.has(el.tag) && !generics.includes(el.tag)) {
            at(path, `<${el.tag}> is neither a WXML component nor declared in usingComponents of ${show(json)}`, el.line);
          }
          for (const a of el.attrs) {
            const m = EVENT_ATTR.exec(a.name);
            if (!m) continue;
            const handler = (a.value ?? "").trim();
            if (!handler) { at(path, `${a.name} on <${el.tag}> names no handler`, a.line); continue; }
            if (handler.includes("{{")) continue; // chosen at run time
            if (!IDENT.test(handler)) at(path, `${a.name}="${handler}" on <${el.tag}> is not a method name`, a.line);
            else if (methods && !methods.has(handler)) {
              at(path, `${a.name}="${handler}" on <${el.tag}>: ${show(js)} ${registeredBy === "Page" ? "defines no function" : "has no method"} ${handler}${registeredBy === "Page" ? " on its Page({...})" : " in its Component methods"}`, a.line);
            }
          }
        }
      }
    }
  }

  // every template and style of the package is compiled, reachable or not (a copy left in build/ by an earlier
  // build of a file since removed is not part of what DevTools opens)
  for (const file of walk(build)) {
    if (!opened && !inside(join(build, "miniprogram_npm"), file) && !isFile(join(root, relative(build, file)))) continue;
    if (file.endsWith(".wxml") && !wxmlChecked.has(file)) templateFiles(file, build, at, wxmlChecked);
    if (file.endsWith(".wxss")) checkWxssImports(file, build, at);
  }

  // every route the code and templates name is a page; tab pages are reached by switchTab only
  const tabs = new Set((Array.isArray(app.tabBar?.list) ? app.tabBar.list : []).map((i) => i?.pagePath));
  const prefixes = ["pages/", ...roots].map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const routeLiteral = new RegExp(`(["'\`])/((?:${prefixes.join("|")})[^"'\`?#$\\s]*)`, "g");
  const lineOf = (text, index) => text.slice(0, index).split("\n").length;
  const checkRoutes = (file, text, how, line) => {
    for (const m of text.matchAll(routeLiteral)) {
      const route = m[2].replace(/\/$/, "");
      if (!pageRoutes.has(route)) at(file, `${how} "/${route}", which is not a page in app.json`, line ?? lineOf(text, m.index));
    }
  };
  for (const file of sandbox.cache.keys()) {
    if (inside(join(build, "miniprogram_npm"), file)) continue;
    const code = readFileSync(file, "utf8");
    checkRoutes(file, code, "names the route");
    for (const m of code.matchAll(/\bwx\.(navigateTo|redirectTo|switchTab|reLaunch)\(\s*\{\s*url:\s*(["'`])\/([^"'`?#$]+)/g)) {
      const [, api, , route] = m;
      if (!pageRoutes.has(route)) continue;
      if ((api === "navigateTo" || api === "redirectTo") && tabs.has(route)) at(file, `wx.${api} to the tab page "/${route}" fails: use wx.switchTab`, lineOf(code, m.index));
      if (api === "switchTab" && !tabs.has(route)) at(file, `wx.switchTab to "/${route}" fails: it is not a tab page`, lineOf(code, m.index));
    }
  }
  for (const file of wxmlChecked) {
    const tree = parseWxml(readFileSync(file, "utf8"), () => {});
    for (const el of elements(tree)) {
      for (const a of el.attrs) {
        if (a.value === null || !/^\/?(pages\/|[\w-]+\/)/.test(a.value)) continue;
        checkRoutes(file, `"${a.value}"`, `${a.name} on <${el.tag}> names the route`, a.line);
      }
      if (el.tag === "navigator") {
        const url = attr(el, "url")?.value ?? "";
        const route = /^\/([^?#{]+)/.exec(url)?.[1];
        const type = attr(el, "open-type")?.value ?? "navigate";
        if (route && pageRoutes.has(route)) {
          if (["navigate", "redirect"].includes(type) && tabs.has(route)) at(file, `<navigator url="${url}"> opens a tab page: it needs open-type="switchTab"`, el.line);
          if (type === "switchTab" && !tabs.has(route)) at(file, `<navigator open-type="switchTab" url="${url}">: not a tab page`, el.line);
        }
      }
    }
  }

  // location APIs used by the code must be declared
  const used = new Set();
  for (const file of sandbox.cache.keys()) {
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/\bwx\.(\w+)\s*\(/g)) used.add(m[1]);
  }
  for (const api of PRIVATE_INFOS) {
    if (!used.has(api)) continue;
    if (!Array.isArray(privateInfos) || !privateInfos.includes(api)) at(appPath, `the code calls wx.${api} but requiredPrivateInfos does not declare "${api}"`);
    if (LOCATION_INFOS.has(api) && !(typeof app.permission?.["scope.userLocation"]?.desc === "string" && app.permission["scope.userLocation"].desc.trim())) {
      at(appPath, `the code calls wx.${api} but permission["scope.userLocation"].desc is not set`);
    }
  }
  return problems;
}

const PROPERTY_TYPES = new Set([String, Number, Boolean, Object, Array, null]);
/** Component properties: a type (String, Number, Boolean, Object, Array, null) or { type, value, optionalTypes,
 * observer }, a string observer naming a method. */
function checkProperties(def, methods, js, at) {
  if (def.properties === undefined) return;
  if (!isObject(def.properties)) { at(js, "properties must be an object"); return; }
  for (const [name, spec] of Object.entries(def.properties)) {
    if (PROPERTY_TYPES.has(spec)) continue;
    if (!isObject(spec)) { at(js, `property ${name}: ${typeof spec === "function" ? spec.name || "that function" : JSON.stringify(spec)} is not a property type (String, Number, Boolean, Object, Array or null)`); continue; }
    for (const key of Object.keys(spec)) if (!["type", "value", "optionalTypes", "observer"].includes(key)) at(js, `property ${name}: unknown key "${key}"`);
    if (spec.type !== undefined && !PROPERTY_TYPES.has(spec.type)) at(js, `property ${name}: type is not String, Number, Boolean, Object, Array or null`);
    for (const t of Array.isArray(spec.optionalTypes) ? spec.optionalTypes : []) if (!PROPERTY_TYPES.has(t)) at(js, `property ${name}: optionalTypes holds something that is not a property type`);
    if (typeof spec.observer === "string" && !methods.has(spec.observer)) at(js, `property ${name}: observer "${spec.observer}" is not a method`);
  }
}

function checkConfig(cfg, keys, path, prefix, at) {
  if (!isObject(cfg)) { at(path, `${prefix || "the configuration "}must be an object`); return; }
  for (const key of Object.keys(cfg)) if (!keys.has(key)) at(path, `${prefix}unknown key "${key}"`);
  const is = (key, ok, expected) => { if (cfg[key] !== undefined && !ok(cfg[key])) at(path, `${prefix}${key} ${JSON.stringify(cfg[key])} must be ${expected}`); };
  const bool = (v) => typeof v === "boolean";
  is("navigationBarTitleText", (v) => typeof v === "string", "a string");
  is("navigationBarTextStyle", (v) => ["white", "black"].includes(v), `"white" or "black"`);
  is("navigationBarBackgroundColor", (v) => HEX.test(v), "a hex colour");
  is("backgroundColor", (v) => HEX.test(v), "a hex colour");
  is("backgroundColorTop", (v) => HEX.test(v), "a hex colour");
  is("backgroundColorBottom", (v) => HEX.test(v), "a hex colour");
  is("backgroundTextStyle", (v) => ["dark", "light"].includes(v), `"dark" or "light"`);
  is("navigationStyle", (v) => ["default", "custom"].includes(v), `"default" or "custom"`);
  is("enablePullDownRefresh", bool, "true or false");
  is("disableScroll", bool, "true or false");
  is("onReachBottomDistance", (v) => typeof v === "number" && v >= 0, "a number of px");
  is("pageOrientation", (v) => ["portrait", "landscape", "auto"].includes(v), `"portrait", "landscape" or "auto"`);
  is("component", bool, "true or false");
  is("styleIsolation", (v) => STYLE_ISOLATION.includes(v), STYLE_ISOLATION.map((s) => `"${s}"`).join(", "));
  is("usingComponents", (v) => isObject(v) && Object.values(v).every((x) => typeof x === "string"), "an object of tag → path");
}

/** usingComponents → Map(tag → { base }) with each path resolved to a component of the package. */
function resolveComponents(using, jsonPath, build, at) {
  const out = new Map();
  if (!isObject(using)) return out;
  for (const [tag, path] of Object.entries(using)) {
    if (!/^[a-z_][a-z0-9_-]*$/.test(tag) || tag.startsWith("wx-")) at(jsonPath, `usingComponents: "${tag}" is not a valid tag (lower-case letters, digits, - and _, not wx-)`);
    if (typeof path !== "string" || !path) { at(jsonPath, `usingComponents["${tag}"] must be a path`); continue; }
    if (path.startsWith("plugin://") || path.startsWith("plugin-private://")) { out.set(tag, {}); continue; }
    const from = dirname(jsonPath);
    const bases = path.startsWith("/") ? [join(build, path)] : path.startsWith(".") ? [resolve(from, path)]
      : [resolve(from, path), ...ancestors(from, build).map((d) => join(d, "miniprogram_npm", path))];
    let base = null;
    for (const b of bases) {
      if (!inside(build, b)) continue;
      if (isFile(`${b}.json`)) { base = b; break; }
      if (isFile(join(b, "index.json"))) { base = join(b, "index"); break; }
    }
    if (!base) { at(jsonPath, `usingComponents["${tag}"]: "${path}" is not a component (no ${path}.json)`); out.set(tag, {}); continue; }
    out.set(tag, { base });
  }
  return out;
}

function ancestors(dir, root) {
  const out = [];
  for (let d = dir; inside(root, d); d = dirname(d)) { out.push(d); if (d === root) break; }
  return out;
}

/** The WXML file and those it imports or includes, each parsed and checked once for well-formedness. */
function templateFiles(wxml, build, at, checked, seen = new Set()) {
  if (seen.has(wxml)) return [];
  seen.add(wxml);
  const text = readFileSync(wxml, "utf8");
  const first = !checked.has(wxml);
  checked.add(wxml);
  const report = first ? (line, message) => at(wxml, message, line) : () => {};
  const tree = parseWxml(text, report);
  if (first) checkDirectives(tree, report);
  const files = [{ path: wxml, tree }];
  const templates = new Set();
  for (const el of elements(tree)) {
    if (el.tag === "template" && attr(el, "name")) templates.add(attr(el, "name").value);
  }
  for (const el of elements(tree)) {
    if (el.tag === "import" || el.tag === "include" || el.tag === "wxs") {
      const src = attr(el, "src")?.value;
      if (el.tag === "wxs" && !attr(el, "module")?.value) report(el.line, "<wxs> needs a module name");
      if (!src) { if (el.tag !== "wxs") report(el.line, `<${el.tag}> needs a src`); continue; }
      const target = src.startsWith("/") ? join(build, src) : resolve(dirname(wxml), src);
      const ext = el.tag === "wxs" ? ".wxs" : ".wxml";
      const file = isFile(target) ? target : isFile(target + ext) ? target + ext : null;
      if (!file) { report(el.line, `<${el.tag} src="${src}">: no such file`); continue; }
      if (el.tag === "wxs") continue;
      const nested = templateFiles(file, build, at, checked, seen);
      if (el.tag === "import") for (const { tree: t } of nested) for (const e of elements(t)) if (e.tag === "template" && attr(e, "name")) templates.add(attr(e, "name").value);
      files.push(...nested);
    }
  }
  for (const el of elements(tree)) {
    const is = el.tag === "template" ? attr(el, "is")?.value : undefined;
    if (is !== undefined && !is.includes("{{") && !templates.has(is)) report(el.line, `<template is="${is}">: no template of that name is defined or imported`);
  }
  return files;
}

function checkWxssImports(wxss, build, at) {
  const text = readFileSync(wxss, "utf8");
  for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']([^"']+)["']/g)) {
    const target = m[1].startsWith("/") ? join(build, m[1]) : resolve(dirname(wxss), m[1]);
    if (!isFile(target) && !isFile(`${target}.wxss`)) at(wxss, `@import "${m[1]}": no such file`);
  }
}

export function formatProblems(problems) {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = resolve(process.argv[2] ?? join(import.meta.dirname, ".."));
  const problems = checkProject(dir);
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`project check: ${problems.length} problem${problems.length > 1 ? "s" : ""}`);
    process.exit(1);
  }
  console.log("project check: no problems");
}
