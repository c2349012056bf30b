// Draws the who-met-whom network from the JSON behind #cy (data-src).
// Loaded as a file (no inline script), so the page's CSP stays strict.
(function () {
  function colour(aff) {
    var h = 0;
    for (var i = 0; i < (aff || "").length; i++) h = (h * 31 + aff.charCodeAt(i)) % 360;
    return aff ? "hsl(" + h + ",55%,50%)" : "#8893a6";
  }
  function draw() {
    var el = document.getElementById("cy");
    if (!el || !window.cytoscape) return;
    fetch(el.dataset.src, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (net) {
        var els = [];
        (net.nodes || []).forEach(function (n) {
          els.push({ data: { id: n.id, label: n.name, size: 14 + 6 * Math.sqrt(n.meetings), colour: colour(n.affiliation || n.id) } });
        });
        (net.edges || []).forEach(function (e, i) {
          els.push({ data: { id: "e" + i, source: e.source, target: e.target, width: 1 + 2 * Math.sqrt(e.meetings), meetings: e.meetings } });
        });
        var cy = window.cytoscape({
          container: el, elements: els,
          style: [
            { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "data(colour)", "font-size": 10 } },
            { selector: "edge", style: { width: "data(width)", "line-color": "#b7c0cf" } }
          ],
          layout: { name: "cose", animate: false }
        });
        var count = document.getElementById("cy-count");
        if (count && net.total_edges !== undefined) {
          // The API sends the strongest links only (?edges=, 300 unless told).
          var shown = (net.edges || []).length;
          count.textContent = shown < net.total_edges
            ? "The " + shown + " strongest of " + net.total_edges + " links (" + (net.nodes || []).length + " of " + net.total_nodes + " actors) among the newest 2,000 meetings that pass the filters."
            : net.total_edges + " links between " + net.total_nodes + " actors among the newest 2,000 meetings that pass the filters.";
        }
        el.dataset.nodes = String(cy.nodes().length);
        el.dataset.edges = String(cy.edges().length);
        cy.on("tap", "node", function (ev) { window.location.href = "/actors/" + encodeURIComponent(ev.target.id()); });
        cy.on("tap", "edge", function (ev) {
          var d = ev.target.data();
          window.location.href = "/meetings?actor=" + encodeURIComponent(d.source) + "&with=" + encodeURIComponent(d.target);
        });
        window.parleyNetwork = cy;
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw); else draw();
  document.addEventListener("htmx:afterSettle", function () {
    var el = document.getElementById("cy");
    if (el && el.dataset.nodes === "0") draw();
  });
})();
