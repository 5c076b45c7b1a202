// Served after the error collector when a test asks for the MP3 path: the engine answers '' for Ogg
// (as Safari without Ogg does), so the game's sound library must choose each sound's MP3.
(function () {
  var canPlayType = HTMLMediaElement.prototype.canPlayType;
  HTMLMediaElement.prototype.canPlayType = function (type) {
    return /ogg|vorbis|opus/i.test(String(type)) ? '' : canPlayType.call(this, type);
  };
})();
