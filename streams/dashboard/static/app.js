// voc-stream dashboard: renders the fixed panels of /dashboard/api/panels and the
// customer page of /dashboard/api/customer. Data is always set as text (never
// parsed as HTML). No SQL is ever sent from here.
"use strict";

(function () {
  const main = document.getElementById("main");
  const status = document.getElementById("status");
  const LAYOUT = {
    overview: "wide", nps_daily: "", sentiment: "", irritants: "", accounts_at_risk: "",
    at_risk: "wide", alerts: "wide", voice_per_stage: "wide", value_at_risk_by_segment: "",
    value_at_risk_by_stage: "",
  };
  const NUMERIC = /^(U?Int|Float|Decimal|Nullable\((U?Int|Float|Decimal))/;
  const charts = {};

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) node.appendChild(child);
    return node;
  }

  function show(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map(show).join(", ");
    if (typeof value === "object") return JSON.stringify(value);
    if (typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) {
      return value.slice(0, 10) + " " + value.slice(11, 16);
    }
    return String(value);
  }

  function customerLink(id) {
    const a = el("a", { href: "/dashboard/customer?" + new URLSearchParams({ id }).toString(),
                        text: id, "data-customer": id });
    return a;
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  async function getJSON(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = (body && body.error) || ("HTTP " + response.status);
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function panelSection(id, title, description, layout) {
    let section = document.querySelector(`section[data-panel="${id}"]`);
    if (!section) {
      section = el("section", { class: "panel " + (layout || ""), "data-panel": id }, [
        el("h2", { text: title }),
        el("p", { class: "desc", text: description || "" }),
        el("div", { class: "body" }),
      ]);
      main.appendChild(section);
    }
    return section;
  }

  function table(result, customerColumn, options) {
    const opts = options || {};
    const numeric = result.columns.map((_, i) => NUMERIC.test((result.types || [])[i] || ""));
    const head = el("tr", {}, result.columns.map((c) => el("th", { text: c })));
    const rows = result.rows.map((row) => el("tr", {}, row.map((value, i) => {
      const column = result.columns[i];
      const cell = el("td", { "data-col": column });
      if (numeric[i]) cell.classList.add("num");
      if (column === customerColumn && value) cell.appendChild(customerLink(String(value)));
      else cell.textContent = show(value);
      if (typeof value === "number" && (column === "avg_sentiment" || column === "sentiment")) {
        cell.classList.add(value > 0.1 ? "pos" : value < -0.1 ? "neg" : "mid");
      }
      if (column === "severity") cell.classList.add("sev-" + value);
      if (column === "explanation" || column === "text" || column === "reasons") cell.classList.add("text");
      return cell;
    })));
    return el("table", { "data-rows": String(result.rows.length), ...(opts.attrs || {}) },
              [el("thead", {}, [head]), el("tbody", {}, rows)]);
  }

  function stat(result) {
    const row = result.rows[0] || [];
    return el("div", { class: "stats" }, result.columns.map((c, i) => el("div", { class: "stat", "data-stat": c }, [
      el("div", { class: "value", text: show(row[i]) }),
      el("div", { class: "label", text: c.replace(/_/g, " ") }),
    ])));
  }

  function timeseries(id, result, body) {
    const times = result.rows.map((r) => Date.parse(r[0]) / 1000);
    const series = result.columns.slice(1).map((_, i) => result.rows.map((r) => r[i + 1]));
    const data = [times, ...series];
    const colors = { promoters: "#1a7f37", passives: "#98a2b3", detractors: "#c4320a", nps: "#1f5fbf" };
    if (!charts[id]) {
      const holder = el("div", { class: "chart" });
      body.appendChild(holder);
      const width = Math.max(320, body.clientWidth - 4);
      charts[id] = new uPlot({
        width, height: 240,
        scales: { x: { time: true }, nps: { range: [-100, 100] } },
        axes: [{}, { label: "answers" }, { scale: "nps", side: 1, label: "NPS", grid: { show: false } }],
        series: [{}, ...result.columns.slice(1).map((name) => ({
          label: name, stroke: colors[name] || "#555", width: name === "nps" ? 2 : 1.5,
          scale: name === "nps" ? "nps" : "y",
        }))],
      }, data, holder);
      body.appendChild(el("p", { class: "caption" }));
    } else {
      charts[id].setData(data);
    }
    const last = result.rows[result.rows.length - 1];
    const caption = body.querySelector(".caption");
    caption.textContent = "";
    if (last) {
      caption.appendChild(document.createTextNode("Latest day " + show(last[0]).slice(0, 10) + ": "));
      result.columns.slice(1).forEach((name, i) => {
        caption.appendChild(el("span", { "data-latest": name, text: name + " " + show(last[i + 1]) }));
        if (i < result.columns.length - 2) caption.appendChild(document.createTextNode(" · "));
      });
    }
  }

  function renderPanel(id, meta, result) {
    const section = panelSection(id, meta.title, meta.description, LAYOUT[id]);
    const body = section.querySelector(".body");
    if (result.error) {
      body.textContent = "";
      body.appendChild(el("p", { class: "error", text: result.error }));
      section.dataset.state = "error";
      section.dataset.rows = "0";
      return;
    }
    section.dataset.rows = String(result.rows.length);
    section.dataset.state = result.rows.length ? "ok" : "empty";
    if (meta.kind === "timeseries") {
      if (!result.rows.length) { body.textContent = "no data yet"; return; }
      timeseries(id, result, body);
      return;
    }
    body.textContent = "";
    if (!result.rows.length) {
      body.appendChild(el("p", { class: "empty", text: "no rows yet" }));
      return;
    }
    body.appendChild(meta.kind === "stat" ? stat(result) : table(result, meta.customer_column));
  }

  async function refreshDashboard() {
    try {
      const answer = await getJSON("/dashboard/api/panels");
      for (const [id, result] of Object.entries(answer.panels)) renderPanel(id, answer.meta[id], result);
      document.body.dataset.loaded = "dashboard";
      document.body.dataset.refreshedAt = answer.refreshed_at;
      setStatus("refreshed " + answer.refreshed_at.replace("T", " ") + " UTC (" + answer.seconds + " s)");
      return answer.refresh_ms || 5000;
    } catch (error) {
      setStatus(error.status === 401 ? error.message : "cannot refresh: " + error.message, true);
      return 5000;
    }
  }

  function kv(pairs) {
    const list = el("dl", { class: "kv" });
    for (const [k, v] of pairs) {
      list.appendChild(el("dt", { text: k }));
      list.appendChild(el("dd", { "data-field": k, text: show(v) }));
    }
    return list;
  }

  function chips(counts) {
    const entries = Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
    if (!entries.length) return el("p", { class: "empty", text: "none" });
    return el("div", { class: "chips" }, entries.map(([name, n]) => el("span", { text: name + " ×" + n })));
  }

  function section(id, title, children, layout) {
    const s = el("section", { class: "panel " + (layout || ""), "data-panel": id }, [
      el("h2", { text: title }), el("div", { class: "body" }, children),
    ]);
    main.appendChild(s);
    return s;
  }

  async function renderCustomer(id) {
    let answer;
    try {
      answer = await getJSON("/dashboard/api/customer?" + new URLSearchParams({ id }).toString());
    } catch (error) {
      setStatus(error.message, true);
      return;
    }
    document.title = "Customer " + id + " · voc-stream";
    const m = answer.model_view || {};
    main.textContent = "";
    section("customer", "Customer " + id, [
      kv([
        ["churn risk", m.churn_risk], ["journey stage", m.journey_stage], ["account", m.account_id],
        ["plan", m.plan], ["language", m.language], ["NPS / CSAT / CES (latest)",
          [m.scores && m.scores.nps, m.scores && m.scores.csat, m.scores && m.scores.ces].map(show).join(" / ")],
        ["sentiment trend", m.sentiment_trend], ["contacts", m.contact_count],
        ["first seen", m.first_seen], ["last seen", m.last_seen], ["order value", m.order_value_total],
        ["engagement segment", m.engagement_segment], ["value (tier)",
          show(m.customer_value) + " (" + show(m.value_tier) + ")"],
        ["value at risk", m.value_at_risk], ["last touchpoint stage", m.last_touchpoint_stage],
        ["identifiers", m.identifiers],
      ]),
    ], "third");
    if (m.merged_into) {
      const note = el("p", { class: "caption", "data-merged-into": m.merged_into, text: "Merged into " });
      note.appendChild(customerLink(m.merged_into));
      note.appendChild(document.createTextNode(": their touchpoints are shown there."));
      document.querySelector('section[data-panel="customer"] .body').appendChild(note);
    }
    const factors = (m.risk_factors || []).map((f) => [f.factor, f.points, f.reason, f.evidence]);
    section("risk_factors", "Risk factors", [factors.length
      ? table({ columns: ["factor", "points", "reason", "evidence"], types: ["String", "Int32", "String", "String"], rows: factors })
      : el("p", { class: "empty", text: "no risk factor" })], "twothirds");
    section("problems", "Problems (topics and intents)", [chips(m.problems && m.problems.topics), chips(m.problems && m.problems.intents)], "third");
    section("alternatives", "Alternatives mentioned", [chips(m.alternatives)], "third");
    section("criteria", "Choice criteria", [chips(m.criteria)], "third");
    const d = m.difficulties || {};
    section("difficulties", "Difficulties", [chips(d.irritants), kv([["open issues", d.open_issues], ["repeat contacts", d.repeat_contacts]])], "third");
    section("customer_alerts", "Alerts", [answer.alerts.rows.length ? table(answer.alerts) : el("p", { class: "empty", text: "no alert" })], "twothirds");
    section("merges", "Identity merges", [answer.merges.rows.length ? table(answer.merges, "survivor") : el("p", { class: "empty", text: "no merge" })], "");
    section("timeline", "Timeline (latest first)", [table(answer.timeline)], "wide");
    document.body.dataset.loaded = "customer";
    setStatus(answer.timeline.rows.length + " touchpoints");
  }

  async function loop() {
    const wait = await refreshDashboard();
    setTimeout(loop, wait);
  }

  if (location.pathname === "/dashboard/customer") {
    renderCustomer(new URLSearchParams(location.search).get("id") || "");
  } else {
    loop();
  }
})();
