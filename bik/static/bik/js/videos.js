/* Video gallery — click to play third-party videos.
   The page holds no frame and requests nothing from YouTube or Vimeo until the visitor presses the play
   button; only then is the player frame created. Without this file the visitor gets a plain link to the
   video on the provider's site. No dependencies, no inline styles. */
(function () {
  "use strict";

  function play(placeholder) {
    var url = placeholder.getAttribute("data-embed-url");
    if (!url) return;
    var frame = document.createElement("iframe");
    frame.src = url;
    frame.title = placeholder.getAttribute("data-embed-title") || "";
    frame.setAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.className = "video-frame__player";
    placeholder.replaceChildren(frame);
    placeholder.classList.remove("video-consent");
    placeholder.removeAttribute("data-video-embed");
    if (window.bikAnalytics) window.bikAnalytics.send(placeholder.getAttribute("data-analytics-video"));
    frame.focus();
  }

  // Videos served by the platform: the first play of each counts once (bik/analytics, no identifier).
  document.querySelectorAll("video[data-analytics-video]").forEach(function (video) {
    video.addEventListener("play", function () {
      if (window.bikAnalytics) window.bikAnalytics.send(video.getAttribute("data-analytics-video"));
    }, { once: true });
  });

  document.querySelectorAll("[data-video-embed]").forEach(function (placeholder) {
    var button = placeholder.querySelector("[data-video-play]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () { play(placeholder); });
  });
})();
