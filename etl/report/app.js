// The report page: a country picker, five charts per country, an overview of one year.
// Every plotted point carries its source (sentence, report, page, file) as customdata.
"use strict";

const DATA = JSON.parse(document.getElementById("tipwh-data").textContent);
const LABELS = {
  victims_identified: "identified (all forms)",
  victims_identified_sex: "identified, sex trafficking",
  victims_identified_labor: "identified, labor trafficking",
  victims_identified_foreign: "identified, foreign nationals",
  victims_assisted_ngo: "assisted by NGOs",
  hotline_calls: "hotline calls",
  investigations: "investigations",
  prosecutions: "prosecutions",
  prosecutions_sex: "prosecutions, sex trafficking",
  prosecutions_labor: "prosecutions, labor trafficking",
  convictions: "convictions",
  convictions_sex: "convictions, sex trafficking",
  convictions_labor: "convictions, labor trafficking",
};
const LAYOUT = { margin: { l: 70, r: 20, t: 40, b: 40 }, hovermode: "closest",
                 legend: { orientation: "h", y: -0.15 }, xaxis: { dtick: 1, title: "year" } };
const CONFIG = { displaylogo: false, responsive: true };

function wrap(text, width) {
  const words = String(text || "").split(/\s+/);
  const lines = [];
  let line = "";
  for (const word of words) {
    if ((line + " " + word).length > width && line) { lines.push(line); line = word; }
    else { line = line ? line + " " + word : word; }
  }
  if (line) lines.push(line);
  return lines.join("<br>");
}

function source(row) {
  return { sentence: row.sentence, report_year: row.report_year, page: row.page,
           source_path: row.source_paths ? row.source_paths.join(", ") : row.source_path };
}

function pageText(page) { return page === null || page === undefined ? "page n/a" : "page " + page; }

function hoverText(src) {
  return wrap(src.sentence || "", 80) + "<br><i>" + src.report_year + " TIP Report, " +
    pageText(src.page) + "</i>";
}

function groupBy(rows, key) {
  const groups = new Map();
  for (const row of rows) {
    const k = key(row);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(row);
  }
  return groups;
}

// A missing year breaks the line (a null point) rather than drawing across it.
function withGaps(rows) {
  const out = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && row.year > last.year + 1) out.push({ year: last.year + 1, gap: true });
    out.push(row);
  }
  return out;
}

function trace(name, rows, y, extra) {
  rows = withGaps(rows);
  const sources = rows.map(r => (r.gap ? null : source(r)));
  return Object.assign({
    type: "scatter", mode: "lines+markers", name: name,
    x: rows.map(r => r.year), y: rows.map(r => (r.gap ? null : y(r))),
    customdata: sources, text: sources.map(s => (s ? hoverText(s) : "")),
    hovertemplate: "<b>%{y:,}</b> (%{x})<br>%{text}<extra>" + name + "</extra>",
  }, extra || {});
}

function countTraces(rows) {
  return [...groupBy(rows, r => r.metric)].map(
    ([metric, group]) => Object.assign(trace(LABELS[metric] || metric, group, r => r.value),
                                       { meta: metric,
                                         visible: metric === "hotline_calls" ? "legendonly" : true }));
}

function showSource(src, pinned) {
  const box = document.getElementById("source");
  box.innerHTML = "";
  const sentence = document.createElement("div");
  sentence.className = "sentence";
  sentence.textContent = "\u201c" + (src.sentence || "") + "\u201d";
  const where = document.createElement("div");
  where.className = "muted";
  where.textContent = src.report_year + " TIP Report, " + pageText(src.page) + " \u2014 " +
    (src.source_path || "") + (pinned ? "" : " (click the point to keep it)");
  box.append(sentence, where);
  box.dataset.pinned = pinned ? "true" : "false";
}

function plot(id, traces, title, yaxis) {
  const el = document.getElementById(id);
  const layout = Object.assign({}, LAYOUT, { title: { text: title }, yaxis: yaxis || {} });
  if (!traces.length) {
    layout.annotations = [{ text: "no figures", showarrow: false, xref: "paper", yref: "paper",
                            x: 0.5, y: 0.5 }];
  }
  Plotly.react(el, traces, layout, CONFIG);
  if (!el.dataset.wired) {
    el.on("plotly_click", ev => showSource(ev.points[0].customdata, true));
    el.on("plotly_hover", ev => {
      if (document.getElementById("source").dataset.pinned !== "true") {
        showSource(ev.points[0].customdata, false);
      }
    });
    el.dataset.wired = "1";
  }
}

function drawCountry(iso3) {
  const country = DATA.countries[iso3];
  document.getElementById("country-title").textContent = country.name + " (" + iso3 + ")";
  plot("chart-victims", countTraces(country.victims), "Victims");
  plot("chart-law-enforcement", countTraces(country.law_enforcement),
       "Investigations, prosecutions, convictions");
  const funding = groupBy(country.funding, r => r.purpose + " (" + r.currency + ")");
  const local = [...funding].map(([name, rows]) => Object.assign(
    trace(name, rows, r => r.amount_local), { type: "bar", mode: undefined, textposition: "none" }));
  plot("chart-funding-local", local, "Funding in local currency");
  const usd = [];
  const base = DATA.constant_dollar_year;
  for (const [name, rows] of funding) {
    const visible = rows[0].purpose === "victim_assistance" ? true : "legendonly";
    usd.push(trace(name + ": printed USD", rows, r => r.amount_usd_reported, { visible }));
    usd.push(trace(name + ": USD at the year's average rate", rows,
                   r => r.amount_usd_at_average_rate, { visible }));
    usd.push(trace(name + ": constant " + base + " USD", rows, r => r.amount_usd_constant,
                   { visible, line: { dash: "dot" } }));
  }
  plot("chart-funding-usd", usd, "Funding in US dollars");
  const tiers = country.tiers.filter(r => r.tier_order !== null);
  plot("chart-tiers", tiers.length ? [Object.assign(
    trace("tier", tiers.map(r => Object.assign({}, r, { year: r.report_year,
      sentence: r.tier + " in the " + r.report_year + " report" })), r => r.tier_order),
    { line: { shape: "hv" }, hovertemplate: "%{text}<extra></extra>" })] : [],
  "Tier by report year", {
    autorange: "reversed", tickvals: DATA.tiers.map(t => t.tier_order),
    ticktext: DATA.tiers.map(t => t.tier),
  });
}

const OVERVIEW_COLUMNS = [
  ["country_name", "country"], ["tier", "tier"], ["victims_identified", "victims identified"],
  ["investigations", "investigations"], ["prosecutions", "prosecutions"],
  ["convictions", "convictions"], ["funding_local", "funding (local)"],
  ["funding_currency", "currency"], ["funding_usd_at_average_rate", "funding (USD, average rate)"],
];

function drawOverview(year) {
  const table = document.getElementById("overview");
  const head = document.createElement("tr");
  for (const [, label] of OVERVIEW_COLUMNS) {
    const th = document.createElement("th");
    th.textContent = label;
    head.append(th);
  }
  table.tHead.replaceChildren(head);
  const rows = DATA.overview.filter(r => r.year === year).map(r => {
    const tr = document.createElement("tr");
    tr.className = "country-row";
    tr.dataset.country = r.country_iso3;
    for (const [key] of OVERVIEW_COLUMNS) {
      const td = document.createElement("td");
      const value = r[key];
      td.textContent = value === null ? "" : typeof value === "number" ? value.toLocaleString("en-US") : value;
      if (typeof value !== "number") td.className = "text";
      tr.append(td);
    }
    tr.addEventListener("click", () => selectCountry(r.country_iso3));
    return tr;
  });
  table.tBodies[0].replaceChildren(...rows);
}

function selectCountry(iso3) {
  document.getElementById("country-picker").value = iso3;
  drawCountry(iso3);
}

function init() {
  document.getElementById("generated").textContent = "built " + DATA.generated_at;
  const picker = document.getElementById("country-picker");
  for (const [iso3, country] of Object.entries(DATA.countries)) {
    picker.append(new Option(country.name + " (" + iso3 + ")", iso3));
  }
  picker.addEventListener("change", () => drawCountry(picker.value));
  const years = [...new Set(DATA.overview.map(r => r.year))].sort((a, b) => b - a);
  const yearPicker = document.getElementById("year-picker");
  for (const year of years) yearPicker.append(new Option(String(year), String(year)));
  yearPicker.addEventListener("change", () => drawOverview(Number(yearPicker.value)));
  const withFigures = years.find(y => DATA.overview.some(r => r.year === y && r.victims_identified !== null));
  if (withFigures !== undefined) yearPicker.value = String(withFigures);
  drawOverview(Number(yearPicker.value));
  if (picker.options.length) selectCountry(picker.options[0].value);
}

init();
