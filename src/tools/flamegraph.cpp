// The flame graph page (see flamegraph.h): the tree as JSON between a page
// head (style) and a script that lays the tree out, root on top, each frame
// as wide as its samples, its children left to right widest first.
#include "tools/flamegraph.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>

#include "tools/profile_table.h"

namespace taipan {

namespace {

constexpr const char* kPageHead = R"PAGE(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Taipan profile: TITLE</title>
<style>
body{margin:0;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;background:#fbfbfb;color:#222}
header{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:10px;align-items:center;padding:8px 12px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:15px;margin:0;font-weight:600}
#search{width:280px;padding:3px 6px}
#status{color:#555;flex-basis:100%}
#graph{position:relative;margin:8px 12px}
.frame{position:absolute;height:17px;box-sizing:border-box;border-right:1px solid #fbfbfb;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;padding:0 3px;font:11px/17px ui-monospace,Menlo,Consolas,monospace;cursor:pointer}
.frame.above{opacity:.5}
.frame.match{background:#c74ad6!important;color:#fff}
.frame:hover{filter:brightness(1.12)}
#tip{position:fixed;z-index:3;display:none;pointer-events:none;max-width:560px;padding:6px 8px;border-radius:4px;background:#222;color:#fff;font-size:12px;white-space:pre-wrap}
footer{margin:8px 12px;color:#777;font-size:12px}
</style>
</head>
<body>
<header><h1>TITLE</h1><input id="search" type="search" placeholder="Search functions or files (regular expression)"><button id="reset">Reset zoom</button><span id="status"></span></header>
<div id="graph"></div>
<div id="tip"></div>
<footer>Click a frame to zoom into it, a dimmed frame above to zoom out, Esc or Reset for the whole program. Orange: your code; yellow: the standard library; grey: threads and waits.</footer>
<script type="application/json" id="profile-data">)PAGE";

constexpr const char* kPageTail = R"PAGE(</script>
<script>
"use strict";
const P = JSON.parse(document.getElementById("profile-data").textContent);
const F = P.functions;  // [kind, name, file, short file, line]; kind 2 is Python code, 3 a wait
const ROW = 18;
function build(a, parent) {
  const n = {f: a[0], v: a[1], s: a[2], p: parent, c: []};
  for (const x of a[3]) n.c.push(build(x, n));
  return n;
}
const root = build(P.tree, null);
const graph = document.getElementById("graph");
const tip = document.getElementById("tip");
const search = document.getElementById("search");
const status = document.getElementById("status");
let zoom = root;
let matcher = null;

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
function color(n) {
  const f = F[n.f];
  if (f[0] !== 2) return f[0] === 3 ? "#dcdce4" : "#c6cad2";
  const h = hash(f[1]);
  const hue = f[2].startsWith("/usr/lib/") ? 46 + h % 14 : 6 + h % 30;
  return "hsl(" + hue + "," + (65 + (h >>> 8) % 25) + "%," + (58 + (h >>> 16) % 14) + "%)";
}
function duration(v) {
  const t = v * P.interval_us / 1000;
  return t >= 1000 ? (t / 1000).toFixed(2) + " s" : t.toFixed(t < 10 ? 1 : 0) + " ms";
}
function pct(v, w) { return w ? (100 * v / w).toFixed(1) + "%" : "0%"; }
function label(n) {  // a module body is named by its file
  const f = F[n.f];
  return f[0] === 2 && f[1] === "<module>" ? "<module> " + f[3] : f[1];
}
function matches(n) {
  if (!matcher) return false;
  const f = F[n.f];
  return matcher.test(f[1]) || (f[0] === 2 && matcher.test(f[3]));
}
function matchedSamples(n) {
  if (matches(n)) return n.v;
  let s = 0;
  for (const c of n.c) s += matchedSamples(c);
  return s;
}
function box(n, x, w, row, above) {
  const e = document.createElement("div");
  e.className = "frame" + (above ? " above" : "") + (matches(n) ? " match" : "");
  e.style.cssText = "left:" + x + "px;top:" + row * ROW + "px;width:" + w + "px;background:" + color(n);
  if (w > 28) e.textContent = label(n);
  e.node = n;
  return e;
}
function render() {
  const width = graph.clientWidth;
  const page = document.createDocumentFragment();
  const path = [];
  for (let a = zoom.p; a; a = a.p) path.unshift(a);
  path.forEach((a, i) => page.appendChild(box(a, 0, width, i, true)));
  let rows = path.length;
  const scale = width / Math.max(zoom.v, 1);
  const lay = (n, x, row) => {
    const w = n.v * scale;
    if (w < 0.6) return;
    rows = Math.max(rows, row + 1);
    page.appendChild(box(n, x, w, row, false));
    let cx = x;
    for (const c of n.c) {
      lay(c, cx, row + 1);
      cx += c.v * scale;
    }
  };
  lay(zoom, 0, path.length);
  graph.textContent = "";
  graph.style.height = rows * ROW + "px";
  graph.appendChild(page);
  let text = root.v + " samples, one per " + P.interval_us + " \u00b5s of " + P.clock + " time over " +
             P.seconds.toFixed(2) + " s";
  if (zoom !== root) text += " \u2014 zoomed on " + label(zoom) + ": " + pct(zoom.v, root.v);
  if (matcher) text += " \u2014 search matched " + pct(matchedSamples(root), root.v) + " of samples";
  status.textContent = text;
}
function setSearch(q) {
  matcher = null;
  if (q) {
    try { matcher = new RegExp(q, "i"); }
    catch (e) { matcher = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"); }
  }
  render();
}
graph.addEventListener("click", ev => {
  if (ev.target.node) { zoom = ev.target.node; render(); }
});
graph.addEventListener("mousemove", ev => {
  const n = ev.target.node;
  if (!n) { tip.style.display = "none"; return; }
  const f = F[n.f];
  let text = label(n);
  if (f[0] === 2) text += "\n" + f[3] + ":" + f[4];
  text += "\ntotal: " + n.v + " samples, " + duration(n.v) + " (" + pct(n.v, root.v) + " of all";
  if (zoom !== root) text += ", " + pct(n.v, zoom.v) + " of the zoomed frame";
  text += ")\nself: " + n.s + " samples (" + pct(n.s, root.v) + " of all)";
  tip.textContent = text;
  tip.style.display = "block";
  tip.style.left = Math.max(0, Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8)) + "px";
  const below = ev.clientY + 18 + tip.offsetHeight <= window.innerHeight;
  tip.style.top = (below ? ev.clientY + 18 : ev.clientY - tip.offsetHeight - 10) + "px";
});
graph.addEventListener("mouseleave", () => { tip.style.display = "none"; });
search.addEventListener("input", () => setSearch(search.value.trim()));
document.getElementById("reset").addEventListener("click", () => { zoom = root; render(); });
document.addEventListener("keydown", ev => {
  if (ev.key === "Escape") { zoom = root; render(); }
});
window.addEventListener("resize", render);
// A search can come with the address: page.html#search=name
search.value = new URLSearchParams(location.hash.slice(1)).get("search") || "";
setSearch(search.value.trim());
</script>
</body>
</html>
)PAGE";

// `s` as a JSON string that is safe inside a <script> element.
void json_string(std::string* out, const std::string& s) {
  *out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      *out += '\\';
      *out += static_cast<char>(c);
    } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      *out += escape;
    } else {
      *out += static_cast<char>(c);
    }
  }
  *out += '"';
}

std::string html_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

// [function, total, self, [children, widest first]]
void json_node(std::string* out, const ProfileTree& tree, uint32_t index) {
  const ProfileNode& n = tree.nodes[index];
  *out += '[' + std::to_string(n.function) + ',' + std::to_string(n.total) + ',' + std::to_string(n.self) + ",[";
  std::vector<uint32_t> children = n.children;
  std::stable_sort(children.begin(), children.end(),
                   [&](uint32_t a, uint32_t b) { return tree.nodes[a].total > tree.nodes[b].total; });
  for (size_t i = 0; i < children.size(); ++i) {
    if (i > 0) *out += ',';
    json_node(out, tree, children[i]);
  }
  *out += "]]";
}

std::string json_profile(const ProfileTree& tree) {
  std::string out = "{\"interval_us\":" + std::to_string(tree.interval_us);
  out += tree.wall_clock ? ",\"clock\":\"wall\"" : ",\"clock\":\"CPU\"";
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.3f", tree.seconds);
  out += ",\"seconds\":" + std::string(seconds) + ",\"functions\":[";
  for (size_t i = 0; i < tree.functions.size(); ++i) {
    const ProfileFunction& f = tree.functions[i];
    out += (i > 0 ? ",[" : "[") + std::to_string(static_cast<int>(f.kind)) + ',';
    json_string(&out, f.name);
    out += ',';
    json_string(&out, f.file);
    out += ',';
    json_string(&out, profile_short_file(f.file));
    out += ',' + std::to_string(f.line) + ']';
  }
  out += "],\"tree\":";
  json_node(&out, tree, 0);
  return out + "}";
}

void replace_all(std::string* s, const std::string& from, const std::string& to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

}  // namespace

bool write_flamegraph(const ProfileTree& tree, const std::string& title, const std::string& path) {
  std::string page = kPageHead;
  replace_all(&page, "TITLE", html_text(title));
  page += json_profile(tree);
  page += kPageTail;
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return false;
  file << page;
  file.close();
  if (!file && errno == 0) errno = EIO;
  return static_cast<bool>(file);
}

}  // namespace taipan
