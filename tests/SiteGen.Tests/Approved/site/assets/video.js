// A video is a link until the reader clicks it: only then is the player asked for, from the
// address the page names (youtube-nocookie.com or player.vimeo.com, the frames the site allows).
document.addEventListener('click', (event) => {
  const link = event.target.closest('figure.video > a.video-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const figure = link.parentElement;
  const player = figure.dataset.player;
  if (!player || !/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(player)) return;
  event.preventDefault();
  const frame = document.createElement('iframe');
  frame.src = player;
  frame.title = link.querySelector('.video-title').textContent;
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.className = 'video-player';
  figure.replaceChild(frame, link);
  figure.classList.add('playing');
  frame.focus();
});
