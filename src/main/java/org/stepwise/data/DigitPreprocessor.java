package org.stepwise.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.stepwise.data.PreparedDigit.Polarity;

/**
 * Prepares a drawn, photographed or loaded digit the way MNIST's digits were
 * prepared, so that a network trained on MNIST reads it as it would read a
 * test image.
 *
 * <p>MNIST's authors fitted each digit into a 20x20 box keeping its aspect
 * ratio, with anti-aliasing, then placed it in a 28x28 field so that its
 * centre of mass fell on the field's centre. {@link #prepare} does the same
 * to a picture of any size:
 * <ol>
 * <li><b>Polarity.</b> The median tone of the picture's outermost ring of
 * pixels is the background: light means dark ink, dark means light ink. No
 * setting is needed, and a canvas, a photo of paper and MNIST itself are all
 * read right.</li>
 * <li><b>Ink.</b> Each pixel's ink is its contrast with the background near
 * it. The background is measured in a grid of up to 8 x 8 cells (the 95th
 * percentile towards the background tone in each cell, then the most
 * background-like of each cell's 3 x 3 neighbourhood, interpolated
 * bilinearly), so an unevenly lit photo has no ink where the paper is only
 * darker. A uniform canvas gives exactly its own tone everywhere.</li>
 * <li><b>Strength.</b> The strongest ink, as the largest 3 x 3 mean (so a
 * lone noisy pixel does not count), becomes full ink; below
 * {@value #MIN_CONTRAST} of contrast the picture counts as empty. Ink
 * weaker than the threshold (default {@value #DEFAULT_INK_THRESHOLD} of the
 * strongest) is noise and becomes 0; the rest is stretched to 0..1.</li>
 * <li><b>Specks.</b> Pieces of ink (8-connected) with less than
 * {@value #SPECK_SHARE} of the largest piece's ink are dust or noise and are
 * dropped, so they cannot stretch the box; a digit drawn in several strokes
 * keeps them all.</li>
 * <li><b>Stroke width.</b> Strokes that would end up thinner than
 * {@value #MIN_STROKE} pixels in the box (a fine pen on a large page, a
 * one-pixel brush) are grown evenly until they would not: MNIST's own
 * strokes measure 1.7 to 4.5 pixels (5th to 99th percentile), and a network
 * trained on them misreads hairlines. Thicker strokes are left alone.</li>
 * <li><b>Box.</b> The ink's bounding box is scaled, by area averaging so
 * that thin strokes stay continuous grey lines instead of breaking up, until
 * its longer side is 20 pixels.</li>
 * <li><b>Field.</b> The box is placed in 28 x 28 with its centre of mass on
 * pixel (14, 14), in pixel-index coordinates, rounded to whole pixels as
 * MNIST's own digits are (their mean centre of mass is (14.00, 14.01)),
 * and stretched so its strongest pixel is 1, as in MNIST.</li>
 * </ol>
 *
 * <p>Instances are immutable and may be shared between threads.
 *
 * @implNote A digit whose centre of mass lies far from its box's middle (a
 *     "7" with a long bar) is placed as near the centre as the field allows,
 *     never cut off; MNIST's digits all fit, so this changes none of them.
 */
public final class DigitPreprocessor {

    /** The side of the square field a prepared digit fills. */
    public static final int FIELD = MnistDataset.ROWS;

    /** The longer side of a prepared digit's ink, in pixels of the field. */
    public static final int BOX = 20;

    /** Where the centre of mass goes, in pixel indices of the field (row and column). */
    public static final int CENTER = 14;

    /** The share of the strongest ink below which a pixel counts as background. */
    public static final double DEFAULT_INK_THRESHOLD = 0.25;

    /** The least contrast, on the 0..1 brightness scale, that counts as ink at all. */
    public static final double MIN_CONTRAST = 0.12;

    /**
     * The thinnest stroke, in pixels of the 20-pixel box, left as drawn; about
     * MNIST's 25th percentile, measured as twice the ink over the outline's
     * length.
     */
    public static final double MIN_STROKE = 2.0;

    /** A piece of ink with less than this share of the largest piece's ink is a speck. */
    public static final double SPECK_SHARE = 0.05;

    static final String EMPTY_HINT =
            "No digit found: the picture is blank. Draw or load one digit, dark on light or light on dark.";
    static final String EDGE_HINT = "The digit touches the edge of the picture and may be cut off.";

    private static final int GRID = 8;
    private static final int MIN_CELL = 4;
    private static final double BACKGROUND_PERCENTILE = 0.95;

    private final double inkThreshold;

    /** A preprocessor with the default ink threshold. */
    public DigitPreprocessor() {
        this(DEFAULT_INK_THRESHOLD);
    }

    /**
     * @param inkThreshold the share of the strongest ink, in [0, 1), below
     *                     which a pixel is treated as noise
     * @throws IllegalArgumentException if the threshold is outside [0, 1)
     */
    public DigitPreprocessor(double inkThreshold) {
        if (!(inkThreshold >= 0.0 && inkThreshold < 1.0)) {
            throw new IllegalArgumentException(
                    "the ink threshold must be in [0, 1), got " + inkThreshold);
        }
        this.inkThreshold = inkThreshold;
    }

    /** The share of the strongest ink below which a pixel counts as background. */
    public double inkThreshold() {
        return inkThreshold;
    }

    /**
     * Prepares one picture of one digit.
     *
     * @param image any size, brightness 0 (black) to 1 (white)
     * @return the 28x28 input, or an empty result with a hint when the
     *         picture holds no ink
     */
    public PreparedDigit prepare(GrayImage image) {
        Plane picture = new Plane(image.width(), image.height(), image.brightness());
        Polarity polarity = polarity(picture);

        Plane ink = contrast(picture, polarity);
        double peak = peak(ink);
        if (peak < MIN_CONTRAST) {
            return PreparedDigit.empty(polarity, EMPTY_HINT);
        }

        clean(ink, peak);
        removeSpecks(ink);
        int[] bounds = bounds(ink);
        Plane cropped = ink.crop(bounds[0], bounds[1], bounds[2], bounds[3]);
        Plane box = fitIntoBox(thickenThinStrokes(cropped));
        double[] field = placeInField(box);

        boolean touchesEdge = bounds[0] == 0 || bounds[1] == 0
                || bounds[0] + bounds[2] == ink.width || bounds[1] + bounds[3] == ink.height;
        return PreparedDigit.of(field, polarity, touchesEdge ? EDGE_HINT : "");
    }

    /** Light border means dark ink; ties count as light, the commoner case. */
    static Polarity polarity(Plane picture) {
        double[] ring = picture.border();
        Arrays.sort(ring);
        double median = ring.length % 2 == 1 ? ring[ring.length / 2]
                : 0.5 * (ring[ring.length / 2 - 1] + ring[ring.length / 2]);
        return median >= 0.5 ? Polarity.DARK_ON_LIGHT : Polarity.LIGHT_ON_DARK;
    }

    /** Each pixel's contrast with the background near it, towards the ink's tone, at least 0. */
    private static Plane contrast(Plane picture, Polarity polarity) {
        boolean darkInk = polarity == Polarity.DARK_ON_LIGHT;
        Plane background = Background.estimate(picture, darkInk);

        double[] ink = new double[picture.values.length];
        for (int i = 0; i < ink.length; i++) {
            double difference = picture.values[i] - background.values[i];
            ink[i] = Math.max(0.0, darkInk ? -difference : difference);
        }
        return new Plane(picture.width, picture.height, ink);
    }

    /** The largest mean over 3 x 3 pixels, pixels outside the picture counting as 0. */
    private static double peak(Plane ink) {
        int w = ink.width;
        int h = ink.height;
        double[] rows = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = ink.values[y * w + x];
                sum += x > 0 ? ink.values[y * w + x - 1] : 0.0;
                sum += x < w - 1 ? ink.values[y * w + x + 1] : 0.0;
                rows[y * w + x] = sum;
            }
        }

        double peak = 0.0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = rows[y * w + x];
                sum += y > 0 ? rows[(y - 1) * w + x] : 0.0;
                sum += y < h - 1 ? rows[(y + 1) * w + x] : 0.0;
                peak = Math.max(peak, sum / 9.0);
            }
        }
        return peak;
    }

    /** In place: ink / peak, less the threshold, stretched back to 0..1. */
    private void clean(Plane ink, double peak) {
        double[] v = ink.values;
        for (int i = 0; i < v.length; i++) {
            double share = v[i] / peak;
            v[i] = Math.min(1.0, Math.max(0.0, (share - inkThreshold) / (1.0 - inkThreshold)));
        }
    }

    /** In place: zeroes every 8-connected piece of ink far smaller than the largest. */
    private static void removeSpecks(Plane ink) {
        int[] piece = new int[ink.values.length];
        List<Double> masses = new ArrayList<>();
        masses.add(0.0);
        int[] stack = new int[ink.values.length];
        for (int start = 0; start < piece.length; start++) {
            if (ink.values[start] > 0.0 && piece[start] == 0) {
                masses.add(fillPiece(ink, start, masses.size(), piece, stack));
            }
        }

        double largest = masses.stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
        for (int i = 0; i < piece.length; i++) {
            if (piece[i] != 0 && masses.get(piece[i]) < SPECK_SHARE * largest) {
                ink.values[i] = 0.0;
            }
        }
    }

    /** Labels the piece holding {@code start} as {@code label}; returns its ink. */
    private static double fillPiece(Plane ink, int start, int label, int[] piece, int[] stack) {
        int w = ink.width;
        int h = ink.height;
        double mass = 0.0;
        int top = 0;
        stack[top++] = start;
        piece[start] = label;
        while (top > 0) {
            int p = stack[--top];
            mass += ink.values[p];
            int x = p % w;
            int y = p / w;
            for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
                for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                    int n = ny * w + nx;
                    if (ink.values[n] > 0.0 && piece[n] == 0) {
                        piece[n] = label;
                        stack[top++] = n;
                    }
                }
            }
        }
        return mass;
    }

    /** {x, y, width, height} of the pixels with any ink; the picture has some. */
    private static int[] bounds(Plane ink) {
        int minX = ink.width;
        int minY = ink.height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < ink.height; y++) {
            for (int x = 0; x < ink.width; x++) {
                if (ink.values[y * ink.width + x] > 0.0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            throw new IllegalStateException("found no ink after measuring a contrast above "
                    + MIN_CONTRAST + "; the threshold step lost every pixel");
        }
        return new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }

    /**
     * The ink grown evenly on every side when its strokes would be thinner
     * than {@link #MIN_STROKE} after scaling, cropped again to its new
     * bounds; otherwise the ink itself.
     */
    static Plane thickenThinStrokes(Plane ink) {
        double width = strokeWidth(ink);
        int longer = Math.max(ink.width, ink.height);
        if (!(width * BOX / longer < MIN_STROKE)) {
            return ink;
        }

        // Growing by g widens the strokes and the box alike: (w + g) / (L + g) = MIN_STROKE / BOX.
        double ratio = MIN_STROKE / BOX;
        double growth = (ratio * longer - width) / (1.0 - ratio);
        double radius = growth / 2.0;
        Plane grown = dilate(ink.padded((int) Math.ceil(radius) + 1), radius);
        int[] bounds = bounds(grown);
        return grown.crop(bounds[0], bounds[1], bounds[2], bounds[3]);
    }

    /**
     * The mean stroke width in pixels: twice the ink's sum over the length of
     * its outline, the outline measured as the sum of the ink's gradient
     * magnitudes (forward differences, 0 outside). Exact for a long straight
     * bar; a one-pixel line measures 0.97, MNIST's median digit 2.4.
     */
    static double strokeWidth(Plane ink) {
        double area = 0.0;
        double outline = 0.0;
        for (int y = 0; y < ink.height; y++) {
            for (int x = 0; x < ink.width; x++) {
                double v = ink.values[y * ink.width + x];
                double right = x + 1 < ink.width ? ink.values[y * ink.width + x + 1] : 0.0;
                double below = y + 1 < ink.height ? ink.values[(y + 1) * ink.width + x] : 0.0;
                area += v;
                outline += Math.hypot(right - v, below - v);
            }
        }
        // Ink at the first row or column has an edge towards the outside, which
        // forward differences do not see; count it as the last row's is counted.
        for (int x = 0; x < ink.width; x++) {
            outline += ink.values[x];
        }
        for (int y = 0; y < ink.height; y++) {
            outline += ink.values[y * ink.width];
        }
        return outline > 0.0 ? 2.0 * area / outline : 0.0;
    }

    /**
     * Grows the ink by {@code radius} pixels: each pixel takes at least the
     * share of a pixel that a disc of that radius around the nearest solid
     * ink (at least half strength) would cover. Distances are chamfer
     * distances with steps 1 and sqrt(2), within 8% of Euclidean.
     */
    private static Plane dilate(Plane ink, double radius) {
        int w = ink.width;
        int h = ink.height;
        double[] distance = new double[w * h];
        for (int i = 0; i < distance.length; i++) {
            distance[i] = ink.values[i] >= 0.5 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        double diagonal = Math.sqrt(2.0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = distance[y * w + x];
                if (x > 0) {
                    d = Math.min(d, distance[y * w + x - 1] + 1.0);
                }
                if (y > 0) {
                    d = Math.min(d, distance[(y - 1) * w + x] + 1.0);
                    d = x > 0 ? Math.min(d, distance[(y - 1) * w + x - 1] + diagonal) : d;
                    d = x < w - 1 ? Math.min(d, distance[(y - 1) * w + x + 1] + diagonal) : d;
                }
                distance[y * w + x] = d;
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                double d = distance[y * w + x];
                if (x < w - 1) {
                    d = Math.min(d, distance[y * w + x + 1] + 1.0);
                }
                if (y < h - 1) {
                    d = Math.min(d, distance[(y + 1) * w + x] + 1.0);
                    d = x < w - 1 ? Math.min(d, distance[(y + 1) * w + x + 1] + diagonal) : d;
                    d = x > 0 ? Math.min(d, distance[(y + 1) * w + x - 1] + diagonal) : d;
                }
                distance[y * w + x] = d;
            }
        }

        double[] grown = new double[w * h];
        for (int i = 0; i < grown.length; i++) {
            double cover = Math.min(1.0, Math.max(0.0, radius + 0.5 - distance[i]));
            grown[i] = Math.max(ink.values[i], cover);
        }
        return new Plane(w, h, grown);
    }

    /** Scales by area averaging so that the longer side is {@link #BOX}, keeping the aspect ratio. */
    static Plane fitIntoBox(Plane ink) {
        int longer = Math.max(ink.width, ink.height);
        int width = Math.max(1, (int) Math.round((double) ink.width * BOX / longer));
        int height = Math.max(1, (int) Math.round((double) ink.height * BOX / longer));

        Plane across = new Plane(width, ink.height, new double[width * ink.height]);
        for (int y = 0; y < ink.height; y++) {
            areaAverage(ink.values, y * ink.width, 1, ink.width, across.values, y * width, 1, width);
        }
        Plane scaled = new Plane(width, height, new double[width * height]);
        for (int x = 0; x < width; x++) {
            areaAverage(across.values, x, width, ink.height, scaled.values, x, width, height);
        }
        return scaled;
    }

    /**
     * Resamples {@code n} values to {@code m}: output j is the mean of the
     * input over [j n / m, (j + 1) n / m), each input value standing for a
     * pixel one unit wide. Works for shrinking and for growing.
     */
    static void areaAverage(double[] in, int inOffset, int inStride, int n,
            double[] out, int outOffset, int outStride, int m) {
        double ratio = (double) n / m;
        for (int j = 0; j < m; j++) {
            double start = (double) j * n / m;
            double end = (double) (j + 1) * n / m;
            int first = (int) Math.floor(start);
            int last = Math.min(n - 1, (int) Math.ceil(end) - 1);
            double sum = 0.0;
            for (int i = first; i <= last; i++) {
                double overlap = Math.min(end, i + 1) - Math.max(start, i);
                if (overlap > 0.0) {
                    sum += overlap * in[inOffset + i * inStride];
                }
            }
            out[outOffset + j * outStride] = sum / ratio;
        }
    }

    /** Puts the box in the field, centre of mass on ({@link #CENTER}, {@link #CENTER}), peak 1. */
    private static double[] placeInField(Plane box) {
        double mass = 0.0;
        double columnMoment = 0.0;
        double rowMoment = 0.0;
        double strongest = 0.0;
        for (int y = 0; y < box.height; y++) {
            for (int x = 0; x < box.width; x++) {
                double v = box.values[y * box.width + x];
                mass += v;
                columnMoment += v * x;
                rowMoment += v * y;
                strongest = Math.max(strongest, v);
            }
        }

        int left = offset(columnMoment / mass, box.width);
        int top = offset(rowMoment / mass, box.height);
        double[] field = new double[FIELD * FIELD];
        for (int y = 0; y < box.height; y++) {
            for (int x = 0; x < box.width; x++) {
                field[(top + y) * FIELD + left + x] = box.values[y * box.width + x] / strongest;
            }
        }
        return field;
    }

    /** The box's first index in the field, rounded, kept so that the whole box fits. */
    private static int offset(double centerOfMass, int size) {
        long wanted = Math.round(CENTER - centerOfMass);
        return (int) Math.max(0, Math.min(FIELD - size, wanted));
    }

    /** A rectangle of values, row-major; the working form inside this class. */
    static final class Plane {

        final int width;
        final int height;
        final double[] values;

        Plane(int width, int height, double[] values) {
            if (values.length != width * height) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "expected %d values for %d x %d but found %d",
                        width * height, width, height, values.length));
            }
            this.width = width;
            this.height = height;
            this.values = values;
        }

        Plane crop(int x0, int y0, int w, int h) {
            double[] part = new double[w * h];
            for (int y = 0; y < h; y++) {
                System.arraycopy(values, (y0 + y) * width + x0, part, y * w, w);
            }
            return new Plane(w, h, part);
        }

        /** This plane inside a border of {@code margin} zeros on every side. */
        Plane padded(int margin) {
            int w = width + 2 * margin;
            double[] part = new double[w * (height + 2 * margin)];
            for (int y = 0; y < height; y++) {
                System.arraycopy(values, y * width, part, (y + margin) * w + margin, width);
            }
            return new Plane(w, height + 2 * margin, part);
        }

        /** The outermost ring of pixels, each once; the whole picture when it is that thin. */
        double[] border() {
            if (width <= 2 || height <= 2) {
                return values.clone();
            }
            double[] ring = new double[2 * width + 2 * (height - 2)];
            int n = 0;
            for (int x = 0; x < width; x++) {
                ring[n++] = values[x];
                ring[n++] = values[(height - 1) * width + x];
            }
            for (int y = 1; y < height - 1; y++) {
                ring[n++] = values[y * width];
                ring[n++] = values[y * width + width - 1];
            }
            return ring;
        }
    }

    /** The background tone near each pixel, from a coarse grid of cells. */
    private static final class Background {

        private Background() {
        }

        static Plane estimate(Plane picture, boolean darkInk) {
            int cellsX = Math.max(1, Math.min(GRID, picture.width / MIN_CELL));
            int cellsY = Math.max(1, Math.min(GRID, picture.height / MIN_CELL));
            double[] cells = cellTones(picture, cellsX, cellsY, darkInk);
            double[] tones = mostBackgroundNeighbour(cells, cellsX, cellsY, darkInk);

            double[] columnsAt = new double[picture.width];
            for (int x = 0; x < picture.width; x++) {
                columnsAt[x] = cellCoordinate(x, picture.width, cellsX);
            }
            double[] values = new double[picture.values.length];
            for (int y = 0; y < picture.height; y++) {
                double row = cellCoordinate(y, picture.height, cellsY);
                for (int x = 0; x < picture.width; x++) {
                    values[y * picture.width + x] = interpolate(tones, cellsX, cellsY, columnsAt[x], row);
                }
            }
            return new Plane(picture.width, picture.height, values);
        }

        /** Each cell's tone: the percentile of its pixels nearest the background's side. */
        private static double[] cellTones(Plane picture, int cellsX, int cellsY, boolean darkInk) {
            double[] tones = new double[cellsX * cellsY];
            for (int cy = 0; cy < cellsY; cy++) {
                int y0 = cy * picture.height / cellsY;
                int y1 = (cy + 1) * picture.height / cellsY;
                for (int cx = 0; cx < cellsX; cx++) {
                    int x0 = cx * picture.width / cellsX;
                    int x1 = (cx + 1) * picture.width / cellsX;
                    double[] cell = picture.crop(x0, y0, x1 - x0, y1 - y0).values;
                    Arrays.sort(cell);
                    double share = darkInk ? BACKGROUND_PERCENTILE : 1.0 - BACKGROUND_PERCENTILE;
                    tones[cy * cellsX + cx] = cell[(int) Math.round(share * (cell.length - 1))];
                }
            }
            return tones;
        }

        /**
         * The lightest (dark ink) or darkest (light ink) tone among each
         * cell and its neighbours, so a cell filled by a thick stroke takes
         * the paper's tone from beside it.
         */
        private static double[] mostBackgroundNeighbour(double[] cells, int cellsX, int cellsY,
                boolean darkInk) {
            double[] tones = new double[cells.length];
            for (int cy = 0; cy < cellsY; cy++) {
                for (int cx = 0; cx < cellsX; cx++) {
                    double best = cells[cy * cellsX + cx];
                    for (int ny = Math.max(0, cy - 1); ny <= Math.min(cellsY - 1, cy + 1); ny++) {
                        for (int nx = Math.max(0, cx - 1); nx <= Math.min(cellsX - 1, cx + 1); nx++) {
                            double tone = cells[ny * cellsX + nx];
                            best = darkInk ? Math.max(best, tone) : Math.min(best, tone);
                        }
                    }
                    tones[cy * cellsX + cx] = best;
                }
            }
            return tones;
        }

        /**
         * Where pixel {@code p} lies among the cell centres, as a cell index
         * with a fraction, clamped to the first and last centre.
         */
        private static double cellCoordinate(int p, int size, int cells) {
            double coordinate = (p + 0.5) * cells / size - 0.5;
            return Math.max(0.0, Math.min(cells - 1, coordinate));
        }

        /** Bilinear between cell tones; equal tones give exactly that tone. */
        private static double interpolate(double[] tones, int cellsX, int cellsY, double column,
                double row) {
            int x0 = Math.min((int) column, cellsX - 1);
            int y0 = Math.min((int) row, cellsY - 1);
            int x1 = Math.min(x0 + 1, cellsX - 1);
            int y1 = Math.min(y0 + 1, cellsY - 1);
            double fx = column - x0;
            double fy = row - y0;
            double top = lerp(tones[y0 * cellsX + x0], tones[y0 * cellsX + x1], fx);
            double bottom = lerp(tones[y1 * cellsX + x0], tones[y1 * cellsX + x1], fx);
            return lerp(top, bottom, fy);
        }

        // a + f (b - a) rather than (1 - f) a + f b: exact when a == b.
        private static double lerp(double a, double b, double f) {
            return a + f * (b - a);
        }
    }
}
