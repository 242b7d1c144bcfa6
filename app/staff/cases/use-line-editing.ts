'use client';
import { useCallback, useRef, useState } from 'react';
import type { TerraDraw } from 'terra-draw';
import type { LngLat } from '@/lib/trajectory/types';
import { lineFeature } from './line-drawing';

/**
 * The drawing layer of the case editor: drawing a new movement line, or reshaping one movement with its
 * vertices as handles. `onProblem` hears why a line cannot be put on the layer.
 */
export function useLineEditing(onProblem: (reason: string | undefined) => void) {
  const drawRef = useRef<TerraDraw | null>(null);
  const [isDrawingLine, setIsDrawingLine] = useState(false);
  // The movement whose line is on the drawing layer; a ref too, for terra-draw's callback.
  const [reshapingKey, setReshapingKey] = useState<number | null>(null);
  const reshapingKeyRef = useRef<number | null>(null);
  // The click that finishes a line reaches the map after terra-draw has handed the line over: it must not also add a place.
  const lineFinishedAt = useRef(0);

  const setReshaping = useCallback((key: number | null) => {
    reshapingKeyRef.current = key;
    setReshapingKey(key);
  }, []);

  const startLine = () => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    setReshaping(null);
    draw.setMode('linestring');
    setIsDrawingLine(true);
  };

  /** Puts a movement's line on the drawing layer, selected, so its vertices can be dragged, added and deleted. */
  const startReshape = (key: number, lngLats: LngLat[]) => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    setIsDrawingLine(false);
    draw.setMode('select');
    const [added] = draw.addFeatures([lineFeature(lngLats)]);
    if (!added?.valid) {
      draw.setMode('static');
      onProblem(added?.reason);
      return;
    }
    setReshaping(key);
    draw.selectFeature(added.id as string);
  };

  /** Ends drawing or reshaping: the drawing layer is emptied (the movements are in the draft already). */
  const stopLine = useCallback(() => {
    const draw = drawRef.current;
    if (draw) {
      draw.clear();
      draw.setMode('static');
    }
    setIsDrawingLine(false);
    setReshaping(null);
  }, [setReshaping]);

  const markLineFinished = useCallback(() => {
    lineFinishedAt.current = performance.now();
    setIsDrawingLine(false);
  }, []);
  const isJustAfterLine = useCallback(() => performance.now() - lineFinishedAt.current < 500, []);

  const onDrawReady = useCallback((draw: TerraDraw | null) => {
    drawRef.current = draw;
  }, []);

  return { onDrawReady, isDrawingLine, reshapingKey, reshapingKeyRef, startLine, startReshape, stopLine, markLineFinished, isJustAfterLine };
}
