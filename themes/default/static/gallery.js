// Opens a gallery's photos in a viewer on the page, with the previous and next
// photo a key or a swipe away. Without this script (or without <dialog>), a
// photo's link opens the picture itself, as it does from a USB stick too.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || typeof HTMLDialogElement !== "function") return;
  var labels = script.dataset;
  var links = [];
  var at = 0;
  var dialog = document.createElement("dialog");
  dialog.className = "viewer";
  dialog.setAttribute("aria-label", labels.title || "");
  var figure = document.createElement("figure");
  var img = document.createElement("img");
  var caption = document.createElement("figcaption");
  figure.appendChild(img);
  figure.appendChild(caption);
  dialog.appendChild(figure);
  function button(cls, text, label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    b.textContent = text;
    b.setAttribute("aria-label", label || "");
    b.addEventListener("click", action);
    dialog.appendChild(b);
    return b;
  }
  var prev = button("viewer-prev", "\u2039", labels.prev, function () { show(at - 1); });
  var next = button("viewer-next", "\u203a", labels.next, function () { show(at + 1); });
  button("viewer-close", "\u00d7", labels.close, function () { dialog.close(); });
  document.body.appendChild(dialog);

  function show(i) {
    at = (i + links.length) % links.length;
    var a = links[at];
    var thumb = a.querySelector("img");
    var fig = a.closest("figure");
    var text = fig && fig.querySelector("figcaption");
    img.src = a.href;
    img.alt = thumb ? thumb.alt : "";
    caption.textContent = text ? text.textContent : "";
    caption.hidden = !caption.textContent;
    prev.hidden = next.hidden = links.length < 2;
  }

  document.querySelectorAll(".gallery a").forEach(function (a) {
    var i = links.push(a) - 1;
    a.addEventListener("click", function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      show(i);
      dialog.showModal();
    });
  });
  dialog.addEventListener("keydown", function (e) {
    if (e.key === "ArrowLeft") show(at - 1);
    else if (e.key === "ArrowRight") show(at + 1);
  });
  // A click on the dark space round the photo closes the viewer.
  dialog.addEventListener("click", function (e) {
    if (e.target === dialog || e.target === figure) dialog.close();
  });
  var startX = null;
  dialog.addEventListener("touchstart", function (e) { startX = e.touches[0].clientX; }, { passive: true });
  dialog.addEventListener("touchend", function (e) {
    if (startX === null) return;
    var dx = e.changedTouches[0].clientX - startX;
    startX = null;
    if (Math.abs(dx) > 50) show(dx < 0 ? at + 1 : at - 1);
  });
  dialog.addEventListener("close", function () {
    var a = links[at];
    if (a) a.focus();
  });
})();
