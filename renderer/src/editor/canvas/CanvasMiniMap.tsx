import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { Map as MapIcon } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { getNodeKind } from '../../../../shared/model/index';
import type { FlowNode } from '../nodes/flow-types';
import { useCanvasPreferences } from './canvas-preferences';

const WIDTH = 144;
const HEIGHT = 96;
const PADDING = 40;
/** Below this canvas size the map would hide steps: it starts folded away until the user opens it. */
const ROOMY = { width: 1000, height: 560 };
const GROUP_COLORS: Record<string, string> = { entry: '#38d9a9', message: '#4dabf7', flow: '#9775fa', exit: '#adb5bd' };
const NOTE_COLOR = '#ffe066';

interface Bounds {
  x: number;
  y: number;
  scale: number;
}

const selectNodes = (state: ReactFlowState) => state.nodes as FlowNode[];
const selectViewport = (state: ReactFlowState) => ({
  x: state.transform[0],
  y: state.transform[1],
  zoom: state.transform[2],
  width: state.width,
  height: state.height,
});

function colorOf(node: FlowNode): string {
  if (node.type === 'stickyNote' || !node.type) return NOTE_COLOR;
  return GROUP_COLORS[getNodeKind(node.type).group]!;
}

/** The minimap with its show/hide switch, in the canvas's bottom-right corner. */
export function CanvasMiniMap() {
  const chosen = useCanvasPreferences((s) => s.minimapOpen);
  const setOpen = useCanvasPreferences((s) => s.setMinimapOpen);
  const roomy = useStore((s) => s.width >= ROOMY.width && s.height >= ROOMY.height);
  const open = chosen ?? roomy;
  return (
    <Panel position="bottom-right" className="canvas-minimap-panel">
      {open && <MiniMapDrawing />}
      <button
        type="button"
        className="canvas-minimap-toggle"
        aria-label={open ? 'Hide minimap' : 'Show minimap'}
        title={open ? 'Hide minimap' : 'Show minimap'}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <MapIcon size={16} aria-hidden="true" />
      </button>
    </Panel>
  );
}

/**
 * An overview of the whole journey. The steps are painted once into a <canvas> whenever they change;
 * following the viewport only moves one rectangle, so panning a large journey costs nothing here
 * (an SVG minimap repaints every step on every frame).
 */
function MiniMapDrawing() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const nodes = useStore(selectNodes);
  const viewport = useStore(useShallow(selectViewport));
  const flow = useReactFlow();

  const bounds = useMemo<Bounds>(() => {
    if (!nodes.length) return { x: 0, y: 0, scale: 1 };
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      const width = node.measured?.width ?? 240;
      const height = node.measured?.height ?? 96;
      minX = Math.min(minX, node.position.x);
      minY = Math.min(minY, node.position.y);
      maxX = Math.max(maxX, node.position.x + width);
      maxY = Math.max(maxY, node.position.y + height);
    }
    const scale = Math.min(WIDTH / (maxX - minX + 2 * PADDING), HEIGHT / (maxY - minY + 2 * PADDING));
    // Centre the drawing in the map.
    const x = minX - PADDING - (WIDTH / scale - (maxX - minX + 2 * PADDING)) / 2;
    const y = minY - PADDING - (HEIGHT / scale - (maxY - minY + 2 * PADDING)) / 2;
    return { x, y, scale };
  }, [nodes]);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = WIDTH * ratio;
    element.height = HEIGHT * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    for (const node of nodes) {
      context.fillStyle = colorOf(node);
      const width = Math.max(2, (node.measured?.width ?? 240) * bounds.scale);
      const height = Math.max(2, (node.measured?.height ?? 96) * bounds.scale);
      context.fillRect(
        (node.position.x - bounds.x) * bounds.scale,
        (node.position.y - bounds.y) * bounds.scale,
        width,
        height,
      );
    }
  }, [nodes, bounds]);

  // The visible part of the canvas, in map coordinates.
  const view = {
    left: (-viewport.x / viewport.zoom - bounds.x) * bounds.scale,
    top: (-viewport.y / viewport.zoom - bounds.y) * bounds.scale,
    width: (viewport.width / viewport.zoom) * bounds.scale,
    height: (viewport.height / viewport.zoom) * bounds.scale,
  };

  function centreOn(event: PointerEvent<HTMLDivElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left) / bounds.scale + bounds.x;
    const y = (event.clientY - rect.top) / bounds.scale + bounds.y;
    void flow.setCenter(x, y, { zoom: viewport.zoom });
  }

  return (
    <div
      className="canvas-minimap"
      role="img"
      aria-label="Minimap: click or drag to move the view"
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        centreOn(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) centreOn(event);
      }}
    >
      <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
      <div
        className="canvas-minimap-view"
        style={{ transform: `translate(${view.left}px, ${view.top}px)`, width: view.width, height: view.height }}
      />
    </div>
  );
}
