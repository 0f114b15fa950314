package org.stepwise.testing;

import java.util.SplittableRandom;

import org.stepwise.data.GrayImage;
import org.stepwise.data.MnistDataset;

/**
 * Digits drawn by the tests themselves, into grey pictures (brightness 0..1,
 * {@code [y][x]}): thick polylines as a mouse draws them, and MNIST test
 * digits redrawn on a large canvas the ways people write.
 */
public final class DrawnDigits {

    /** A "7": a bar and a long down-stroke, in a unit box (x right, y down). */
    public static final double[] SEVEN = {0.10, 0.08, 0.90, 0.08, 0.42, 0.95};

    /** A "2": a hook, a diagonal and a base line, in a unit box. */
    public static final double[] TWO = {0.15, 0.30, 0.25, 0.12, 0.45, 0.04, 0.68, 0.08, 0.80, 0.25,
        0.74, 0.45, 0.45, 0.70, 0.12, 0.94, 0.90, 0.94};

    /** A "1": one slightly slanted down-stroke, as most of MNIST's ones are. */
    public static final double[] ONE = {0.55, 0.04, 0.45, 0.96};

    private DrawnDigits() {
    }

    /** A canvas of one tone. */
    public static double[][] canvas(int width, int height, double background) {
        double[][] rows = new double[height][width];
        for (double[] row : rows) {
            java.util.Arrays.fill(row, background);
        }
        return rows;
    }

    /**
     * Draws a polyline given in a unit box, scaled to {@code size} pixels and
     * moved to ({@code left}, {@code top}), with round ends and joins and
     * anti-aliased edges: each pixel takes the share of it within
     * {@code strokeWidth / 2} of the line.
     */
    public static void stroke(double[][] canvas, double[] unitPoints, double left, double top, double size,
            double strokeWidth, double ink) {
        double[] points = new double[unitPoints.length];
        for (int i = 0; i < points.length; i += 2) {
            points[i] = left + unitPoints[i] * size;
            points[i + 1] = top + unitPoints[i + 1] * size;
        }
        double half = strokeWidth / 2.0;
        int height = canvas.length;
        int width = canvas[0].length;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double distance = distanceToPolyline(points, x + 0.5, y + 0.5);
                double cover = Math.min(1.0, Math.max(0.0, half + 0.5 - distance));
                if (cover > 0.0) {
                    canvas[y][x] += cover * (ink - canvas[y][x]);
                }
            }
        }
    }

    /** A white canvas with one dark polyline digit on it. */
    public static GrayImage darkOnWhite(int width, int height, double[] unitPoints, double left, double top,
            double size, double strokeWidth) {
        double[][] rows = canvas(width, height, 1.0);
        stroke(rows, unitPoints, left, top, size, strokeWidth, 0.0);
        return GrayImage.of(rows);
    }

    private static double distanceToPolyline(double[] p, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 3 < p.length; i += 2) {
            best = Math.min(best, distanceToSegment(p[i], p[i + 1], p[i + 2], p[i + 3], x, y));
        }
        return best;
    }

    private static double distanceToSegment(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0.0 ? 0.0 : ((x - ax) * dx + (y - ay) * dy) / lengthSquared;
        t = Math.max(0.0, Math.min(1.0, t));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }

    /** How one MNIST digit is redrawn on the canvas. */
    public record Redrawing(double scale, double degrees, double centerX, double centerY, double strokeChange,
            boolean darkOnLight) {
    }

    /**
     * A random redrawing for a canvas of the given side: the digit 3.5 to 9
     * canvas pixels per MNIST pixel (a 70 to 180 pixel tall digit on 280),
     * tilted up to 10 degrees either way, anywhere it fits, its strokes up to
     * one MNIST pixel thicker or 0.4 thinner on each side, in either polarity.
     */
    public static Redrawing randomRedrawing(SplittableRandom random, int side) {
        double scale = random.nextDouble(3.5, 9.0);
        double degrees = random.nextDouble(-10.0, 10.0);
        double reach = 14.0 * scale * 1.2;
        double centerX = random.nextDouble(reach, Math.max(reach + 1, side - reach));
        double centerY = random.nextDouble(reach, Math.max(reach + 1, side - reach));
        double strokeChange = random.nextDouble(-0.4, 1.0);
        return new Redrawing(scale, degrees, centerX, centerY, strokeChange, random.nextBoolean());
    }

    /**
     * An MNIST digit redrawn on a square canvas: scaled up with bilinear
     * sampling, rotated, moved, its strokes grown or shrunk by a square max or
     * min filter of {@code |strokeChange| * scale} canvas pixels, in the given
     * polarity.
     */
    public static GrayImage redraw(MnistDataset data, int index, Redrawing how, int side) {
        double[] digit = new double[MnistDataset.PIXEL_COUNT];
        data.copyImage(index, digit, 0, 1);
        double cos = Math.cos(Math.toRadians(how.degrees()));
        double sin = Math.sin(Math.toRadians(how.degrees()));

        double[] ink = new double[side * side];
        for (int v = 0; v < side; v++) {
            for (int u = 0; u < side; u++) {
                double du = (u + 0.5 - how.centerX()) / how.scale();
                double dv = (v + 0.5 - how.centerY()) / how.scale();
                double x = cos * du + sin * dv + 13.5;
                double y = -sin * du + cos * dv + 13.5;
                ink[v * side + u] = bilinear(digit, x, y);
            }
        }
        int radius = (int) Math.round(Math.abs(how.strokeChange()) * how.scale());
        ink = morph(ink, side, radius, how.strokeChange() > 0);

        double[] brightness = new double[ink.length];
        for (int i = 0; i < ink.length; i++) {
            brightness[i] = how.darkOnLight() ? 1.0 - ink[i] : ink[i];
        }
        return new GrayImage(side, side, brightness);
    }

    private static double bilinear(double[] digit, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (1 - fy) * ((1 - fx) * at(digit, x0, y0) + fx * at(digit, x0 + 1, y0))
                + fy * ((1 - fx) * at(digit, x0, y0 + 1) + fx * at(digit, x0 + 1, y0 + 1));
    }

    private static double at(double[] digit, int x, int y) {
        return x < 0 || y < 0 || x > 27 || y > 27 ? 0.0 : digit[y * 28 + x];
    }

    /** A separable square max (grow) or min (shrink) filter of the given radius. */
    private static double[] morph(double[] values, int side, int radius, boolean grow) {
        if (radius == 0) {
            return values;
        }
        double[] across = new double[values.length];
        double[] result = new double[values.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                across[y * side + x] = extreme(values, side, x, y, radius, 1, 0, grow);
            }
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                result[y * side + x] = extreme(across, side, x, y, radius, 0, 1, grow);
            }
        }
        return result;
    }

    private static double extreme(double[] values, int side, int x, int y, int radius, int stepX, int stepY,
            boolean grow) {
        double best = grow ? 0.0 : 1.0;
        for (int k = -radius; k <= radius; k++) {
            int nx = x + k * stepX;
            int ny = y + k * stepY;
            double v = nx < 0 || ny < 0 || nx >= side || ny >= side ? 0.0 : values[ny * side + nx];
            best = grow ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }
}
