// 区市两会检索: enhances the server-rendered page. Without this script every link and form still works.
(() => {
  "use strict";
  document.documentElement.classList.add("js");

  // ---- wide tables and charts: their hint to scroll sideways only where they do not fit ----
  function markFitting() {
    for (const box of document.querySelectorAll(".scroll")) box.classList.toggle("fits", box.scrollWidth <= box.clientWidth);
  }
  markFitting();
  window.addEventListener("resize", markFitting);
  const input = document.getElementById("q");
  const form = input?.form;
  const results = document.getElementById("results");
  const list = document.getElementById("suggestions");

  // ---- results: fetched from /results (the same server renderer), state kept in the URL ----
  let inflight = null;
  let typingEntry = false; // whether the current history entry was pushed by this burst of typing
  let shown = new URLSearchParams(location.search).toString(); // the search the results are of

  function stateFromPage(query) {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    const facets = document.getElementById("facet-form");
    if (facets) {
      for (const box of facets.querySelectorAll("input[type=checkbox]:checked")) params.append(box.name, box.value);
      // Kept from the address as hidden fields: the order and the page size.
      for (const name of ["sort", "size"]) {
        const kept = facets.querySelector(`input[name=${name}]`);
        if (kept) params.set(name, kept.value);
      }
    }
    return params;
  }

  // A facet's box in the results, the folds around it (the drawer, the places above) opened so it can take focus.
  function focusFacet(name, value) {
    const box = [...results.querySelectorAll("#facet-form input[type=checkbox]")].find((other) => other.name === name && other.value === value);
    for (let fold = box?.closest("details"); fold; fold = fold.parentElement.closest("details")) fold.open = true;
    box?.focus();
  }

  async function show(params, history) {
    if (!results) return;
    inflight?.abort();
    inflight = new AbortController();
    const query = params.toString();
    shown = query;
    try {
      const response = await fetch("/results" + (query ? "?" + query : ""), { signal: inflight.signal });
      results.innerHTML = await response.text();
    } catch (error) {
      if (error.name === "AbortError") return;
      results.innerHTML = '<section class="hits"><p class="notice" role="status">检索失败，请检查网络后重试。</p></section>';
      return;
    }
    const url = "/" + (query ? "?" + query : "");
    if (history === "push") window.history.pushState(null, "", url);
    else if (history === "replace") window.history.replaceState(null, "", url);
    document.title = (params.get("q") ? params.get("q") + " · " : "") + "区市两会检索";
  }

  // While an input method composes (r → ren → ren'gong …) the box holds letters, not the query: both
  // the results and the suggestions wait for what it commits, which compositionend announces.
  function onTyped(handler) {
    input.addEventListener("input", (event) => { if (!event.isComposing) handler(); });
    input.addEventListener("compositionend", handler);
  }

  if (results && input) {
    let timer = 0;
    onTyped(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const params = stateFromPage(input.value.trim());
        params.delete("page");
        show(params, typingEntry ? "replace" : "push");
        typingEntry = true;
      }, 250);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      hideSuggestions();
      show(stateFromPage(input.value.trim()), typingEntry ? "replace" : "push");
      typingEntry = false;
    });
    results.addEventListener("change", (event) => {
      const box = event.target;
      if (!box.matches("#facet-form input[type=checkbox]")) return;
      typingEntry = false;
      // The results are replaced, this box with them: focus goes to its successor, not to <body>.
      show(stateFromPage(input.value.trim()), "push").then(() => focusFacet(box.name, box.value));
    });
    results.addEventListener("click", (event) => {
      // An SVG link (the year trend's points) has no origin or search of its own: read its href.
      const link = event.target.closest("a[href]");
      const url = link && new URL(link.getAttribute("href"), location.href);
      if (!url || url.origin !== location.origin || url.pathname !== "/" || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      typingEntry = false;
      const params = new URLSearchParams(url.search);
      input.value = params.get("q") || "";
      show(params, "push").then(() => results.querySelector("h2 a, .summary")?.scrollIntoView({ block: "nearest" }));
    });
    window.addEventListener("popstate", () => {
      const params = new URLSearchParams(location.search);
      // Following the skip link (#results) pops state too, but is no other search: the results and focus stay.
      if (params.toString() === shown) return;
      input.value = params.get("q") || "";
      typingEntry = false;
      show(params, null);
    });
  }

  // ---- 复制引用: a result's or an article's citation copied with one click ----
  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button.copy-citation");
    if (!button) return;
    const text = button.dataset.citation;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard API outside a secure context (http on another host): copy the selected text instead.
      const scratch = Object.assign(document.createElement("textarea"), { value: text });
      document.body.append(scratch);
      scratch.select();
      document.execCommand("copy");
      scratch.remove();
    }
    button.textContent = "已复制";
    // Said by the box's status region, which was there before the change: a region born with its text is not announced.
    const status = button.parentElement.querySelector("[role=status]");
    if (status) status.textContent = "已复制引用";
    setTimeout(() => { button.textContent = "复制引用"; if (status) status.textContent = ""; }, 2000);
  });

  // ---- suggestions: a combobox over /api/suggest, usable from the keyboard ----
  let options = [];
  let active = -1;
  let suggestTimer = 0;

  function hideSuggestions() {
    if (!list) return;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    active = index;
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", options[index].id);
    else input.removeAttribute("aria-activedescendant");
  }

  function choose(index) {
    input.value = options[index].dataset.text;
    hideSuggestions();
    form.requestSubmit();
  }

  if (input && list) {
    onTyped(() => {
      clearTimeout(suggestTimer);
      const prefix = input.value.trim();
      if (!prefix) return hideSuggestions();
      suggestTimer = setTimeout(async () => {
        try {
          const response = await fetch("/api/suggest?q=" + encodeURIComponent(prefix));
          const body = await response.json();
          if (input.value.trim() !== prefix) return; // a slower answer for an earlier prefix: drop it
          list.replaceChildren(...body.suggestions.map((suggestion, i) => {
            const item = document.createElement("li");
            item.id = "suggestion-" + i;
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", "false");
            item.dataset.text = suggestion.text;
            item.textContent = suggestion.text;
            const kind = document.createElement("span");
            kind.className = "kind";
            kind.textContent = suggestion.kind === "title" ? "标题" : "词语";
            item.append(kind);
            item.addEventListener("mousedown", (event) => { event.preventDefault(); choose(i); });
            return item;
          }));
          options = [...list.children];
          // Lower-case letters typed without an input method (yshj, laoshan) are pinyin the list reads as
          // Chinese: its first reading is highlighted, so Enter searches 营商环境 rather than the letters.
          // Capitals (GDP, CPI) are what they say, and Enter searches them.
          highlight(options.length > 0 && /^[a-z'\u2019 ]+$/.test(prefix) && !/^[a-z]/i.test(options[0].dataset.text) ? 0 : -1);
          list.hidden = options.length === 0;
          input.setAttribute("aria-expanded", String(options.length > 0));
        } catch { hideSuggestions(); }
      }, 150);
    });
    input.addEventListener("keydown", (event) => {
      if (event.isComposing || list.hidden || options.length === 0) return; // Enter that commits an input method's letters is not ours
      if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % options.length); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight((active - 1 + options.length) % options.length); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(active); }
      // The list open, Escape closes it and nothing else: a search box's own Escape would also empty it.
      else if (event.key === "Escape") { event.preventDefault(); hideSuggestions(); }
    });
    input.addEventListener("blur", () => setTimeout(hideSuggestions, 100));
  }
})();
