// VGPT's one-paragraph welcome on the landing page, under the logo and above the three starters.
// Plain text (no HTML), re-added whenever the landing page is shown again.
(function () {
  var TEXT =
    "VGPT writes and reviews read-only T-SQL for Trimble Viewpoint Vista, checked against your own " +
    "documentation. Ask a question in business words and watch the draft being written; paste a legacy " +
    "query for a review with carets under each problem and a corrected query; or ask which table holds " +
    "something. Every query it shows has passed the validator, and it never connects to your SQL Server.";

  function place() {
    var screen = document.getElementById("welcome-screen");
    if (!screen || document.getElementById("vgpt-welcome")) return;
    var p = document.createElement("p");
    p.id = "vgpt-welcome";
    p.textContent = TEXT;
    p.style.cssText = "max-width:46rem;text-align:center;line-height:1.5;opacity:0.85;margin:0 1rem 0.5rem";
    var starters = document.getElementById("starters");
    if (starters && starters.parentNode === screen) screen.insertBefore(p, starters);
    else if (screen.firstChild) screen.insertBefore(p, screen.firstChild.nextSibling);
    else screen.appendChild(p);
  }

  new MutationObserver(place).observe(document.documentElement, { childList: true, subtree: true });
  place();
})();
