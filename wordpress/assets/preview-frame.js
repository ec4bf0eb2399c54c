/**
 * Inside the editor's preview frame: tells the editor how tall the widget is, whenever that
 * changes, so the frame fits it. The message holds a number and nothing else.
 */
(function () {
  'use strict';
  var last = -1;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ recoveryWidgetsHeight: height }, '*');
    // Where the editor's canvas is itself a frame (the site editor), the block's code runs
    // in the top window: tell it too. It checks that the message comes from its own frame.
    if (top !== parent) top.postMessage({ recoveryWidgetsHeight: height }, '*');
  }
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
  report();
})();
