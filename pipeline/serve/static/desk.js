// The desk's script: Korean labels on Datasette's pages, the highlight tooltips of the
// article view, and landing on a figure's sentence from a link (#f123).
(function () {
  "use strict";
  document.documentElement.lang = "ko";

  // Datasette's own page chrome is English; the words a reader meets first, in Korean.
  const LABELS = {
    "Search:": "검색:", "Apply": "적용", "Apply filters": "필터 적용", "Suggested facets:": "추천 묶음:",
    "Advanced export": "내보내기", "View and edit SQL": "SQL 보기·고치기", "Run SQL": "SQL 실행",
    "Next page": "다음 쪽", "Remove this filter": "필터 지우기", "Sort": "정렬",
    "Sort descending": "내림차순", "Facet by this": "이 열로 묶기", "Hide this column": "이 열 숨기기",
    "Show all columns": "모든 열 보기", "Powered by": "제공:",
  };
  function translate(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const text = node.nodeValue.trim();
      if (LABELS[text]) node.nodeValue = node.nodeValue.replace(text, LABELS[text]);
    }
    for (const input of root.querySelectorAll("input[type=submit]")) {
      if (LABELS[input.value]) input.value = LABELS[input.value];
    }
  }

  function tipFor(mark) {
    const tip = document.getElementById("tip");
    if (!tip) return;
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    tip.style.left = window.scrollX + box.left + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
    mark.setAttribute("aria-describedby", "tip");
  }
  function hideTip() {
    const tip = document.getElementById("tip");
    if (tip) tip.hidden = true;
  }

  function land() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^[fp]\d+$/.test(id)) return;
    const mark = document.getElementById(id);
    if (!mark) return;
    for (const old of document.querySelectorAll(".current")) old.classList.remove("current");
    mark.classList.add("current");
    const sentence = mark.closest(".sent");
    if (sentence) sentence.classList.add("current");
    mark.focus({ preventScroll: true });
    (sentence || mark).scrollIntoView({ block: "center" });
    tipFor(mark);
  }

  document.addEventListener("DOMContentLoaded", function () {
    translate(document.body);
    for (const mark of document.querySelectorAll("mark.hl[data-tip]")) {
      mark.addEventListener("mouseenter", () => tipFor(mark));
      mark.addEventListener("focus", () => tipFor(mark));
      mark.addEventListener("mouseleave", hideTip);
      mark.addEventListener("blur", hideTip);
    }
    land();
  });
  window.addEventListener("hashchange", land);
})();
