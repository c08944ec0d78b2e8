// Search over past briefings: loads search.json (one record per bullet, made by `brief site`)
// from this site and shows the bullets that contain every word typed. No other request.
"use strict";
(function () {
  const form = document.querySelector("form.search");
  const input = document.getElementById("q");
  const results = document.getElementById("results");
  if (!form || !input || !results) return;
  const root = form.dataset.root || "";
  let records = null;
  form.addEventListener("submit", (event) => event.preventDefault());
  async function load() {
    if (records === null) {
      const response = await fetch(root + "search.json");
      records = response.ok ? await response.json() : [];
    }
    return records;
  }
  function show(query, found) {
    results.replaceChildren();
    if (!query) return;
    const head = document.createElement("p");
    head.textContent = found.length + (found.length === 1 ? " bullet" : " bullets") + " for \u201c" + query + "\u201d";
    const list = document.createElement("ol");
    for (const record of found.slice(0, 50)) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = root + record.u;
      link.textContent = record.x;
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = record.d + " \u00b7 " + record.t;
      item.append(link, where);
      list.append(item);
    }
    results.append(head, list);
  }
  async function search() {
    const query = input.value.trim();
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return show("", []);
    const all = await load();
    const found = all.filter((r) => {
      const text = (r.x + " " + r.t).toLowerCase();
      return words.every((w) => text.includes(w));
    });
    show(query, found);
  }
  input.addEventListener("input", () => { search(); });
})();
