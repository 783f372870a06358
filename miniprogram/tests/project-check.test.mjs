// The project check (scripts/project-check.mjs), standing in for "opens in WeChat DevTools without errors": the
// real build has no problems, and each rule fails on a small broken project written to a temporary directory.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkProject, formatProblems } from "../scripts/project-check.mjs";

const HERE = resolve(import.meta.dirname, "..");
const SCRIPT = join(HERE, "scripts", "project-check.mjs");
const temps = [];
afterAll(() => { for (const dir of temps) rmSync(dir, { recursive: true, force: true }); });

const json = (v) => JSON.stringify(v, null, 2);
/** A small valid project DevTools opens in build/ (miniprogramRoot), changed by `edit(files)`. */
function project(edit = () => {}) {
  const files = {
    "project.config.json": json({ appid: "wx0123456789abcdef", compileType: "miniprogram", miniprogramRoot: "build/" }),
    "build/app.json": json({
      pages: ["pages/home/home", "pages/list/list"],
      tabBar: { color: "#666666", selectedColor: "#d9001b", list: [
        { pagePath: "pages/home/home", text: "首页" }, { pagePath: "pages/list/list", text: "列表" }] },
      sitemapLocation: "sitemap.json",
      lazyCodeLoading: "requiredComponents",
    }),
    "build/app.js": "App({ onLaunch() {} });",
    "build/sitemap.json": json({ rules: [{ action: "allow", page: "*" }] }),
    "build/pages/home/home.js": `const { label } = require("../../lib/label");
Component({ data: { items: [] }, methods: { onTap() { return label; }, onPick() {} } });`,
    "build/pages/home/home.wxml": `<view class="home" bindtap="onTap">
  <card wx:for="{{items}}" wx:key="id" title="{{item.name}}" bind:pick="onPick"></card>
  <text wx:if="{{items.length > 0}}">{{items.length}} 项</text>
  <text wx:else>暂无</text>
  <input value="{{ {a: 1}.a }}" bindinput="onTap"/>
</view>`,
    "build/pages/home/home.json": json({ navigationBarTitleText: "首页", usingComponents: { card: "/components/card/card" } }),
    "build/pages/home/home.wxss": ".home { color: red; }",
    "build/pages/list/list.js": "Page({ data: {}, onGo() {} });",
    "build/pages/list/list.wxml": `<view catchtap="onGo">列表</view>`,
    "build/pages/list/list.json": json({ navigationBarTitleText: "列表", enablePullDownRefresh: true }),
    "build/components/card/card.js": `Component({ properties: { title: String }, methods: { onTap() { this.triggerEvent("pick"); } } });`,
    "build/components/card/card.wxml": `<view bindtap="onTap">{{title}}<slot/></view>`,
    "build/components/card/card.json": json({ component: true }),
    "build/lib/label.js": `exports.label = "x";`,
  };
  edit(files);
  const dir = mkdtempSync(join(tmpdir(), "mpcheck-"));
  temps.push(dir);
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
/** The TypeScript sources beside build/, as DevTools' compiler plugin would compile them. */
function withSources(files) {
  for (const path of Object.keys(files)) {
    if (!path.startsWith("build/")) continue;
    const src = path.slice("build/".length);
    files[src.endsWith(".js") ? src.replace(/\.js$/, ".ts") : src] = files[path];
  }
}
const problems = (edit) => formatProblems(checkProject(project(edit)));
const change = (files, path, from, to) => {
  if (!files[path].includes(from)) throw new Error(`${path} has no ${from}`);
  files[path] = files[path].replace(from, to);
};

describe("the real project", () => {
  it("has no problems (as built by npm run build)", () => {
    expect(formatProblems(checkProject(HERE))).toBe("");
  });
});

describe("the fixture", () => {
  it("is a valid project", () => {
    expect(problems()).toBe("");
  });
  it("fails the command line with each problem and its file", () => {
    const dir = project((f) => { delete f["build/pages/list/list.wxml"]; });
    const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("build/pages/list/list.wxml: the page build/pages/list/list has no .wxml");
    expect(spawnSync(process.execPath, [SCRIPT, project()], { encoding: "utf8" }).status).toBe(0);
  });
});

describe("project.config.json", () => {
  it("must be JSON", () => {
    expect(problems((f) => { f["project.config.json"] = "{ appid: 1 }"; })).toMatch(/project\.config\.json: project\.config\.json is not valid JSON/);
  });
  it("wants compileType miniprogram and an appid", () => {
    const out = problems((f) => { f["project.config.json"] = json({ compileType: "plugin", miniprogramRoot: "build/" }); });
    expect(out).toMatch(/compileType is "plugin", expected "miniprogram"/);
    expect(out).toMatch(/appid undefined is not a mini-program appid/);
  });
  it("wants miniprogramRoot at a directory holding app.json", () => {
    expect(problems((f) => { change(f, "project.config.json", `"build/"`, `"dist/"`); })).toMatch(/miniprogramRoot "dist\/" is not a directory/);
    expect(problems((f) => { change(f, "project.config.json", `"build/"`, `"./"`); withSources(f); }))
      .toMatch(/packOptions\.ignore does not exclude build\//);
  });
  it("wants the TypeScript compiler plugin when DevTools compiles the sources", () => {
    const out = problems((f) => {
      f["project.config.json"] = json({ appid: "wx0123456789abcdef", compileType: "miniprogram", miniprogramRoot: "./",
        packOptions: { ignore: [{ type: "folder", value: "build" }] } });
      withSources(f);
      f["pages/home/home.wxml"] += "\n<text>changed since the build</text>";
    });
    expect(out).toMatch(/project\.config\.json: app\.ts and the other TypeScript under miniprogramRoot: setting\.useCompilerPlugins has no "typescript"/);
    expect(out.match(/useCompilerPlugins/g)).toHaveLength(1);
    expect(out).toMatch(/build\/pages\/home\/home\.wxml: differs from pages\/home\/home\.wxml: run npm run build/);
  });
});

describe("app.json", () => {
  it("wants every page's .js, .wxml and .json", () => {
    const out = problems((f) => { delete f["build/pages/home/home.js"]; delete f["build/pages/list/list.json"]; });
    expect(out).toMatch(/build\/pages\/home\/home\.js: the page build\/pages\/home\/home has no \.js/);
    expect(out).toMatch(/build\/pages\/list\/list\.json: the page build\/pages\/list\/list has no \.json/);
  });
  it("wants tab bar pages to be pages", () => {
    expect(problems((f) => { change(f, "build/app.json", `"pagePath": "pages/list/list"`, `"pagePath": "pages/lists/list"`); }))
      .toMatch(/build\/app\.json: tabBar\.list\[1\]: pagePath "pages\/lists\/list" is not a page in pages/);
  });
  it("wants the sitemap, a valid lazyCodeLoading and known keys", () => {
    const out = problems((f) => {
      delete f["build/sitemap.json"];
      change(f, "build/app.json", `"requiredComponents"`, `"lazy"`);
      change(f, "build/app.json", `"pages": [`, `"pagez": 1, "pages": [`);
    });
    expect(out).toMatch(/sitemapLocation "sitemap\.json" does not exist/);
    expect(out).toMatch(/lazyCodeLoading "lazy" is not valid/);
    expect(out).toMatch(/unknown key "pagez"/);
  });
  it("wants usingComponents to resolve to a component", () => {
    const out = problems((f) => {
      change(f, "build/pages/home/home.json", "/components/card/card", "/components/kard/card");
    });
    expect(out).toMatch(/build\/pages\/home\/home\.json: usingComponents\["card"\]: "\/components\/kard\/card" is not a component/);
    expect(problems((f) => { f["build/components/card/card.json"] = json({}); }))
      .toMatch(/build\/components\/card\/card\.json: is used as a component but has no "component": true/);
  });
  it("checks subpackages' pages", () => {
    expect(problems((f) => { change(f, "build/app.json", `"sitemapLocation"`, `"subpackages": [{ "root": "lib", "pages": ["more/more"] }], "sitemapLocation"`); }))
      .toMatch(/the page build\/lib\/more\/more has no \.js/);
  });
  it("wants location APIs declared", () => {
    expect(problems((f) => { f["build/lib/label.js"] += "\nexports.where = () => wx.getLocation({ type: 'gcj02' });"; }))
      .toMatch(/the code calls wx\.getLocation but requiredPrivateInfos does not declare "getLocation"/);
  });
});

describe("page and component JSON", () => {
  it("must be JSON with known keys of the right type", () => {
    expect(problems((f) => { f["build/pages/list/list.json"] = `{ "navigationBarTitleText": "列表", }`; }))
      .toMatch(/build\/pages\/list\/list\.json: the page's JSON is not valid JSON/);
    const out = problems((f) => { f["build/pages/list/list.json"] = json({ navigationBarTitle: "列表", enablePullDownRefresh: "yes" }); });
    expect(out).toMatch(/list\.json: unknown key "navigationBarTitle"/);
    expect(out).toMatch(/enablePullDownRefresh "yes" must be true or false/);
    expect(problems((f) => { f["build/components/card/card.json"] = json({ component: true, navigationBarTitleText: "x" }); }))
      .toMatch(/card\.json: unknown key "navigationBarTitleText"/);
  });
});

describe("WXML", () => {
  it("wants components used as tags declared", () => {
    expect(problems((f) => { change(f, "build/pages/list/list.wxml", "列表", "<badge count=\"1\"/>列表"); }))
      .toMatch(/build\/pages\/list\/list\.wxml:1: <badge> is neither a WXML component nor declared in usingComponents of build\/pages\/list\/list\.json/);
  });
  it("wants event handlers that exist", () => {
    const out = problems((f) => {
      change(f, "build/pages/home/home.wxml", `bind:pick="onPick"`, `bind:pick="onPicked"`);
      change(f, "build/pages/list/list.wxml", `catchtap="onGo"`, `catchtap="go"`);
      change(f, "build/components/card/card.wxml", `bindtap="onTap"`, `capture-bind:tap="onTouch"`);
    });
    expect(out).toMatch(/home\.wxml:2: bind:pick="onPicked" on <card>: build\/pages\/home\/home\.js has no method onPicked/);
    expect(out).toMatch(/list\.wxml:1: catchtap="go" on <view>: build\/pages\/list\/list\.js defines no function go/);
    expect(out).toMatch(/card\.wxml:1: capture-bind:tap="onTouch" on <view>: .* has no method onTouch/);
  });
  it("wants tags balanced", () => {
    const out = problems((f) => { change(f, "build/pages/home/home.wxml", "</card>", ""); });
    expect(out).toMatch(/home\.wxml:2: <card> is never closed/);
    expect(problems((f) => { change(f, "build/pages/list/list.wxml", "</view>", "</text>"); }))
      .toMatch(/list\.wxml:1: closing tag <\/text> has no matching <text>/);
  });
  it("wants attribute quotes and {{ }} balanced", () => {
    expect(problems((f) => { change(f, "build/pages/list/list.wxml", `catchtap="onGo"`, `catchtap="onGo`); }))
      .toMatch(/list\.wxml:1: the value of catchtap in <view> has no closing "/);
    expect(problems((f) => { change(f, "build/pages/list/list.wxml", `catchtap="onGo"`, `class=big catchtap="onGo"`); }))
      .toMatch(/the value of class in <view> must be quoted/);
    expect(problems((f) => { change(f, "build/pages/home/home.wxml", "{{items.length}} 项", "{{items.length 项"); }))
      .toMatch(/home\.wxml:3: text: '\{\{' without a closing '\}\}'/);
    expect(problems((f) => { change(f, "build/pages/home/home.wxml", `title="{{item.name}}"`, `title="{{item.name}"`); }))
      .toMatch(/title of <card>: unbalanced '\}'/);
  });
  it("wants imported and included templates, wxs and styles to exist", () => {
    const out = problems((f) => {
      change(f, "build/pages/list/list.wxml", "<view", `<import src="/templates/row.wxml"/><wxs module="fmt" src="./fmt.wxs"></wxs><template is="row"/><view`);
      f["build/pages/list/list.wxss"] = `@import "../../styles/common.wxss";`;
    });
    expect(out).toMatch(/list\.wxml:1: <import src="\/templates\/row\.wxml">: no such file/);
    expect(out).toMatch(/list\.wxml:1: <wxs src="\.\/fmt\.wxs">: no such file/);
    expect(out).toMatch(/list\.wxml:1: <template is="row">: no template of that name is defined or imported/);
    expect(out).toMatch(/list\.wxss: @import "\.\.\/\.\.\/styles\/common\.wxss": no such file/);
    expect(problems((f) => {
      change(f, "build/pages/list/list.wxml", "<view", `<import src="/templates/row.wxml"/><template is="row" data="{{ {n: 1} }}"/><view`);
      f["build/templates/row.wxml"] = `<template name="row"><view bindtap="onGo">{{n}}</view></template>`;
    })).toBe("");
  });
  it("checks wx:for and wx:if", () => {
    const out = problems((f) => {
      change(f, "build/pages/home/home.wxml", `wx:for="{{items}}" wx:key="id"`, `wx:for="items" wx:key="{{item.id}}"`);
      change(f, "build/pages/home/home.wxml", `<text wx:if="{{items.length > 0}}">{{items.length}} 项</text>`, "");
      change(f, "build/pages/list/list.wxml", `<view`, `<view wx:iff="{{a}}"`);
    });
    expect(out).toMatch(/wx:for="items" on <card> must be one \{\{ \}\} expression/);
    expect(out).toMatch(/wx:key="\{\{item\.id\}\}" on <card> must name a property of the item or \*this/);
    expect(out).toMatch(/wx:else on <text> does not follow an element with wx:if or wx:elif/);
    expect(out).toMatch(/unknown directive wx:iff on <view>/);
  });
});

describe("routes", () => {
  it("must be pages, tab pages reached by switchTab only", () => {
    const out = problems((f) => {
      f["build/lib/label.js"] += `\nexports.go = (id) => { wx.navigateTo({ url: \`/pages/detail/detail?id=\${id}\` }); wx.navigateTo({ url: "/pages/list/list" }); };
exports.home = () => wx.switchTab({ url: "/pages/home/home" });`;
      change(f, "build/pages/list/list.wxml", "列表", `<navigator url="/pages/home/home">首页</navigator><view data-url="/pages/missing/missing"/>`);
    });
    expect(out).toMatch(/build\/lib\/label\.js:2: names the route "\/pages\/detail\/detail", which is not a page in app\.json/);
    expect(out).toMatch(/label\.js:2: wx\.navigateTo to the tab page "\/pages\/list\/list" fails: use wx\.switchTab/);
    expect(out).not.toMatch(/switchTab to "\/pages\/home\/home"/);
    expect(out).toMatch(/list\.wxml:1: <navigator url="\/pages\/home\/home"> opens a tab page: it needs open-type="switchTab"/);
    expect(out).toMatch(/list\.wxml:1: data-url on <view> names the route "\/pages\/missing\/missing"/);
  });
});

describe("the compiled JavaScript", () => {
  it("must register its page or component and load", () => {
    expect(problems((f) => { f["build/pages/list/list.js"] = "const x = 1;"; }))
      .toMatch(/list\.js: does not call Page\(\) or Component\(\): the page is not registered/);
    const out = problems((f) => { change(f, "build/components/card/card.js", "title: String", `title: Date, count: { type: Number, value: 0, obsever: "x" }, size: { type: String, observer: "onSize" }`); });
    expect(out).toMatch(/card\.js: property title: Date is not a property type/);
    expect(out).toMatch(/card\.js: property count: unknown key "obsever"/);
    expect(out).toMatch(/card\.js: property size: observer "onSize" is not a method/);
    expect(problems((f) => { change(f, "build/pages/home/home.js", `"../../lib/label"`, `"../../lib/labels"`); }))
      .toMatch(/home\.js: throws when loaded: module '\.\.\/\.\.\/lib\/labels' is not defined/);
  });
});
