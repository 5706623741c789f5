// The participant's page: join, send ideas, vote, see the map. Texts are only ever shown
// with textContent (never parsed as HTML); the map is an <img> (an SVG there runs no script).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  // The page's texts in the phone's language: the host puts them in as a JSON data block
  // (English -> translation; "{name}" marks a value). A text without one stays English.
  const TEXTS = (() => { try { return JSON.parse($("texts").textContent) || {}; }
                         catch (e) { return {}; } })();
  function t(text, values) {
    const found = Object.prototype.hasOwnProperty.call(TEXTS, text) ? String(TEXTS[text]) : text;
    return found.replace(/\{(\w+)\}/g, (all, name) =>
      values && name in values ? String(values[name]) : all);
  }
  function translatePage() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (text && Object.prototype.hasOwnProperty.call(TEXTS, text)) {
        node.nodeValue = node.nodeValue.replace(text, t(text));
      }
    }
    for (const name of ["placeholder", "aria-label", "alt"]) {
      for (const node of document.querySelectorAll("[" + name + "]")) {
        node.setAttribute(name, t(node.getAttribute(name)));
      }
    }
    document.title = t(document.title);
  }
  translatePage();
  const token = location.pathname.split("/")[1] || "";
  const storeKey = "mindmap-phone-" + token;
  const saved = (() => { try { return JSON.parse(localStorage.getItem(storeKey)) || {}; }
                         catch (e) { return {}; } })();
  const state = { ws: null, room: null, session: saved.session || "", name: saved.name || "",
                  joined: false, wantJoin: !!saved.session, mine: {}, left: null, seq: 0,
                  pending: {}, ended: false, tab: "ideas", mapVersion: -1 };
  window.mindmapPhone = state;           // for tests and the curious: read-only use

  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify({ session: state.session,
                                                          name: state.name })); }
    catch (e) { /* private mode: the session lasts as long as the page */ }
  }
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function send(data) {
    if (state.ws && state.ws.readyState === WebSocket.OPEN) {
      state.ws.send(JSON.stringify(data));
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ theme
  function applyTheme() {
    let theme = localStorage.getItem("mindmap-phone-theme");
    if (theme !== "light" && theme !== "dark") {
      theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }
    document.documentElement.dataset.theme = theme;
    loadMap(true);
  }
  $("theme").addEventListener("click", () => {
    const now = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    try { localStorage.setItem("mindmap-phone-theme", now); } catch (e) { /* ignore */ }
    applyTheme();
  });

  // ------------------------------------------------------------------ connection
  function connect() {
    const ws = new WebSocket("ws://" + location.host + "/" + token + "/ws");
    state.ws = ws;
    ws.onopen = () => {
      $("status").textContent = t("connected");
      $("status").classList.remove("off");
      if (state.wantJoin) send({ t: "join", name: state.name, session: state.session });
    };
    ws.onmessage = (event) => {
      let msg;
      try { msg = JSON.parse(event.data); } catch (e) { return; }
      if (msg && typeof msg === "object") handle(msg);
    };
    ws.onclose = () => {
      $("status").textContent = t("offline");
      $("status").classList.add("off");
      if (!state.ended) setTimeout(connect, 1500);
    };
  }

  function handle(msg) {
    switch (msg.t) {
      case "room": state.room = msg; showRoom(); break;
      case "welcome":
        state.session = String(msg.session || ""); state.name = String(msg.name || "");
        state.joined = true; state.wantJoin = true; save(); showScreens(); break;
      case "you":
        state.mine = msg.mine || {}; state.left = msg.left; showVoting(); break;
      case "ack": acked(msg); break;
      case "error":
        (state.joined ? $(state.tab === "vote" ? "vote-error" : "idea-error")
                      : $("join-error")).textContent = String(msg.text || "");
        break;
      case "bye":
        state.ended = true;
        document.querySelector("main").hidden = true;
        $("tabs").hidden = true;
        $("bye").hidden = false;
        $("bye").textContent = t("You have left the room: {reason}",
                                { reason: String(msg.reason || "") });
        if (state.ws) state.ws.close();
        break;
    }
  }

  // ------------------------------------------------------------------ screens
  function showScreens() {
    $("join-screen").hidden = state.joined;
    $("tabs").hidden = !state.joined;
    for (const name of ["ideas", "vote", "map"]) {
      $(name + "-screen").hidden = !state.joined || state.tab !== name;
    }
    for (const button of document.querySelectorAll("nav button")) {
      button.classList.toggle("active", button.dataset.tab === state.tab);
    }
    if (state.tab === "map") loadMap(false);
  }
  for (const button of document.querySelectorAll("nav button")) {
    button.addEventListener("click", () => { state.tab = button.dataset.tab; showScreens(); });
  }

  function showRoom() {
    const room = state.room;
    const title = String(room.title || t("Workshop"));
    $("title").textContent = title;
    document.title = title;
    $("anon-row").hidden = !room.anonymous;
    const where = $("where");
    where.textContent = "";
    if (room.locked) {
      where.append(t("The facilitator has paused input."));
    } else if (room.where === "map" && room.target) {
      // the branch's name in bold, where the sentence of the language puts it
      const [before, after] = t("Your ideas go on the map under {branch}").split("{branch}");
      where.append(before || "", el("strong", "", String(room.target)), after || "");
    } else {
      where.append(t("Your ideas go to the facilitator's inbox."));
    }
    $("send").disabled = !!room.locked;
    showVoting();
    if (room.map !== state.mapVersion && state.tab === "map") loadMap(false);
  }

  // ------------------------------------------------------------------ joining
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const anonymous = $("anon").checked && state.room && state.room.anonymous;
    const name = anonymous ? "" : $("name").value.trim();
    if (!name && !anonymous) { $("join-error").textContent = t("Please give a name"); return; }
    state.name = name;
    state.wantJoin = true;
    $("join-error").textContent = "";
    send({ t: "join", name: name, session: state.session });
  });
  $("name").value = state.name;

  // ------------------------------------------------------------------ ideas
  const idea = $("idea");
  idea.addEventListener("input", () => { $("count").textContent = idea.value.length + " / 280"; });
  idea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      $("idea-form").requestSubmit();
    }
  });
  $("idea-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = idea.value.trim();
    if (!text) return;
    const n = ++state.seq;
    if (!send({ t: "idea", text: text, n: n })) {
      $("idea-error").textContent = t("Offline: your idea was not sent");
      return;
    }
    $("idea-error").textContent = "";
    const item = el("li", "", text);
    const note = el("span", "state", t("sending..."));
    item.append(note);
    $("sent").prepend(item);
    state.pending[n] = { note: note, item: item, sent: performance.now() };
    idea.value = "";
    $("count").textContent = "0 / 280";
  });
  function acked(msg) {
    const entry = state.pending[msg.n];
    if (!entry) return;
    delete state.pending[msg.n];
    entry.note.textContent = String(msg.text || t(msg.ok ? "sent" : "not sent"));
    entry.item.classList.toggle("refused", !msg.ok);
    entry.ms = performance.now() - entry.sent;
  }

  // ------------------------------------------------------------------ voting
  function showVoting() {
    const room = state.room;
    const voting = room && room.voting;
    const list = $("vote-list");
    list.textContent = "";
    $("dots").textContent = "";
    if (!voting) {
      $("vote-head").textContent = t("No voting round right now.");
      return;
    }
    $("vote-head").textContent = voting.hidden
      ? t("Place your dots. The results are shown at the end.")
      : t("Place your dots on the ideas you favour.");
    const total = Number(voting.dots) || 0;
    const left = state.left === null || state.left === undefined ? total : Number(state.left);
    const dots = $("dots");
    for (let i = 0; i < total; i++) dots.append(el("span", i < total - left ? "dot used" : "dot"));
    dots.append(document.createTextNode(left === 1 ? t("1 dot left")
                                                  : t("{n} dots left", { n: left })));
    for (const entry of voting.ideas || []) {
      const id = String(entry.id);
      const mine = Number(state.mine[id] || 0);
      const row = el("li");
      row.dataset.node = id;
      const text = el("span", "text", String(entry.text));
      text.style.paddingLeft = Math.min(4, Number(entry.depth) || 0) * 0.8 + "rem";
      if (entry.votes !== null && entry.votes !== undefined) {
        text.append(el("span", "tally", entry.votes === 1 ? t("1 vote")
                                                        : t("{n} votes", { n: entry.votes })));
      }
      const minus = el("button", "minus", "\u2212");
      minus.type = "button";
      minus.setAttribute("aria-label", t("Take a dot back"));
      minus.disabled = mine <= 0;
      minus.addEventListener("click", () => send({ t: "vote", node: id, d: -1 }));
      const plus = el("button", "plus", "+");
      plus.type = "button";
      plus.setAttribute("aria-label", t("Place a dot"));
      plus.disabled = left <= 0;
      plus.addEventListener("click", () => send({ t: "vote", node: id, d: 1 }));
      row.append(text, minus, el("span", "mine", String(mine)), plus);
      list.append(row);
    }
  }

  // ------------------------------------------------------------------ the map
  const view = $("mapview");
  const img = $("map");
  const tf = { x: 0, y: 0, s: 1, fitted: false };
  function draw() { img.style.transform = `translate(${tf.x}px, ${tf.y}px) scale(${tf.s})`; }
  function fit() {
    const w = img.naturalWidth, h = img.naturalHeight;
    if (!w || !h || !view.clientWidth) return;
    tf.s = Math.min(view.clientWidth / w, view.clientHeight / h);
    tf.x = (view.clientWidth - w * tf.s) / 2;
    tf.y = (view.clientHeight - h * tf.s) / 2;
    tf.fitted = true;
    draw();
  }
  function zoomAt(factor, cx, cy) {
    const s = Math.max(0.05, Math.min(8, tf.s * factor));
    tf.x = cx - (cx - tf.x) * (s / tf.s);
    tf.y = cy - (cy - tf.y) * (s / tf.s);
    tf.s = s;
    draw();
  }
  function loadMap(force) {
    const room = state.room;
    if (!room || !state.joined || (!force && room.map === state.mapVersion)) return;
    if (!room.map) return;
    state.mapVersion = room.map;
    const theme = document.documentElement.dataset.theme === "dark" ? "dark" : "light";
    img.src = "map.svg?theme=" + theme + "&v=" + encodeURIComponent(room.map);
  }
  img.addEventListener("load", () => { if (!tf.fitted) fit(); else draw(); });
  $("zoom-fit").addEventListener("click", fit);
  $("zoom-in").addEventListener("click", () =>
    zoomAt(1.25, view.clientWidth / 2, view.clientHeight / 2));
  $("zoom-out").addEventListener("click", () =>
    zoomAt(0.8, view.clientWidth / 2, view.clientHeight / 2));
  const pointers = new Map();
  let pinch = null;
  view.addEventListener("pointerdown", (e) => {
    view.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  });
  view.addEventListener("pointermove", (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const now = { x: e.clientX, y: e.clientY };
    pointers.set(e.pointerId, now);
    if (pointers.size === 1) {
      tf.x += now.x - last.x; tf.y += now.y - last.y; draw();
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      const rect = view.getBoundingClientRect();
      const mid = { x: (a.x + b.x) / 2 - rect.left, y: (a.y + b.y) / 2 - rect.top };
      if (pinch) {
        tf.x += mid.x - pinch.mid.x; tf.y += mid.y - pinch.mid.y;
        zoomAt(dist / pinch.dist, mid.x, mid.y);
      }
      pinch = { dist: dist || 1, mid: mid };
    }
  });
  const lift = (e) => { pointers.delete(e.pointerId); pinch = null; };
  view.addEventListener("pointerup", lift);
  view.addEventListener("pointercancel", lift);
  view.addEventListener("wheel", (e) => {
    e.preventDefault();
    const rect = view.getBoundingClientRect();
    zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - rect.left, e.clientY - rect.top);
  }, { passive: false });

  applyTheme();
  showScreens();
  connect();
})();
