/**
 * The drawing pad and what the network reads in it.
 *
 * <p>{@link org.stepwise.ui.canvas.DrawingPadView} takes strokes and, at most
 * once per frame, {@link org.stepwise.ui.canvas.CanvasDigitReader} turns the
 * pad into 784 inputs; {@link org.stepwise.ui.canvas.DigitReadingViewModel}
 * reads them with the newest network snapshot and
 * {@link org.stepwise.ui.canvas.OutputBarsView} shows the digit and the ten
 * outputs.
 */
package org.stepwise.ui.canvas;
