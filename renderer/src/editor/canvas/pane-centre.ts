/** The middle of the editor's canvas on screen (of the window when there is none). */
export function paneCentre(): { x: number; y: number } {
  const pane = document.querySelector('.journey-canvas')?.getBoundingClientRect();
  if (!pane) return { x: window.innerWidth / 2, y: window.innerHeight / 2 };
  return { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
}
