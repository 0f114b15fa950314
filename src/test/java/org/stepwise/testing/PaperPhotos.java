package org.stepwise.testing;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes pictures that look like phone photos of a digit written in pen on
 * paper: 600 x 800, off-white paper lit unevenly (brighter in one corner, a
 * soft shadow along one side), faint paper grain and sensor noise, blue-black
 * ink of uneven pressure with round pen ends, slightly out of focus, saved as
 * JPEG. The classify command's tests read
 * the copies kept in {@code src/test/resources/org/stepwise/cli/photos}; run
 * {@link #main} to make them again (same seed, same files).
 */
public final class PaperPhotos {

    /** Photo size, portrait, as a phone takes them. */
    public static final int WIDTH = 600;
    public static final int HEIGHT = 800;

    /**
     * Handwriting-like strokes in a unit box (x right, y down), one
     * {@link Path2D} per digit, written as a person would: curves, not
     * straight segments, and a "4" lifted once.
     */
    static final Map<Integer, Path2D> DIGITS = Map.of(
            2, path(p -> {
                p.moveTo(0.15, 0.30);
                p.curveTo(0.20, 0.00, 0.85, -0.02, 0.80, 0.30);
                p.curveTo(0.76, 0.52, 0.35, 0.74, 0.10, 0.96);
                p.curveTo(0.40, 0.93, 0.70, 0.92, 0.92, 0.94);
            }),
            3, path(p -> {
                p.moveTo(0.15, 0.16);
                p.curveTo(0.35, -0.04, 0.86, 0.00, 0.80, 0.25);
                p.curveTo(0.76, 0.43, 0.50, 0.47, 0.38, 0.47);
                p.curveTo(0.96, 0.46, 0.96, 0.96, 0.50, 0.96);
                p.curveTo(0.32, 0.97, 0.16, 0.90, 0.10, 0.82);
            }),
            4, path(p -> {
                p.moveTo(0.52, 0.04);
                p.curveTo(0.38, 0.25, 0.22, 0.45, 0.08, 0.66);
                p.curveTo(0.35, 0.65, 0.65, 0.64, 0.92, 0.63);
                p.moveTo(0.68, 0.28);
                p.curveTo(0.67, 0.50, 0.66, 0.75, 0.64, 0.98);
            }),
            7, path(p -> {
                p.moveTo(0.08, 0.12);
                p.curveTo(0.35, 0.09, 0.65, 0.10, 0.90, 0.08);
                p.curveTo(0.70, 0.35, 0.52, 0.62, 0.40, 0.97);
            }),
            9, path(p -> {
                p.moveTo(0.80, 0.24);
                p.curveTo(0.74, -0.02, 0.18, 0.00, 0.20, 0.30);
                p.curveTo(0.22, 0.56, 0.76, 0.50, 0.80, 0.24);
                p.curveTo(0.82, 0.50, 0.76, 0.78, 0.66, 0.98);
            }));

    private PaperPhotos() {
    }

    /** Writes paper-&lt;digit&gt;.jpg for each digit into the folder given (default: the test resources). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/stepwise/cli/photos");
        Files.createDirectories(folder);
        for (int digit : new int[] {2, 3, 4, 7, 9}) {
            writeJpeg(photo(digit, new SplittableRandom(digit)), folder.resolve("paper-" + digit + ".jpg"));
        }
    }

    /** One photo of a digit, its placement, tilt, pen and light drawn from {@code random}. */
    public static BufferedImage photo(int digit, SplittableRandom random) {
        Path2D shape = DIGITS.get(digit);
        if (shape == null) {
            throw new IllegalArgumentException("no handwriting for " + digit + "; have " + DIGITS.keySet());
        }
        float[] mask = inkMask(shape, random);
        Light light = new Light(random);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        double[] paper = {0.94, 0.92, 0.86};
        double[] ink = {0.10, 0.12, 0.24};
        double pressurePhase = random.nextDouble(0, 2 * Math.PI);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double lit = light.at(x, y);
                // The pen presses harder in some places than others.
                double pressure = 0.84 + 0.12 * Math.sin(x * 0.013 + y * 0.021 + pressurePhase);
                double m = pressure * mask[y * WIDTH + x];
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double tone = (paper[c] * (1 - m) + ink[c] * m) * lit + random.nextGaussian() * 0.018;
                    rgb = rgb << 8 | (int) Math.round(255 * Math.min(1.0, Math.max(0.0, tone)));
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** The pen's coverage of each pixel, 0..1, drawn with anti-aliasing. */
    private static float[] inkMask(Path2D shape, SplittableRandom random) {
        double height = random.nextDouble(330, 480);
        double width = height * random.nextDouble(0.62, 0.78);
        double left = random.nextDouble(40, WIDTH - width - 40);
        double top = random.nextDouble(60, HEIGHT - height - 60);
        AffineTransform place = new AffineTransform();
        place.rotate(Math.toRadians(random.nextDouble(-8, 8)), left + width / 2, top + height / 2);
        place.translate(left, top);
        place.scale(width, height);

        BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(java.awt.Color.WHITE);
        g.setStroke(new BasicStroke((float) random.nextDouble(7, 13), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(place.createTransformedShape(shape));
        g.dispose();

        // A 3 x 3 mean: the photo is a little out of focus.
        float[] mask = new float[WIDTH * HEIGHT];
        for (int y = 1; y < HEIGHT - 1; y++) {
            for (int x = 1; x < WIDTH - 1; x++) {
                float sum = 0f;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += canvas.getRaster().getSample(x + dx, y + dy, 0);
                    }
                }
                mask[y * WIDTH + x] = sum / (9 * 255f);
            }
        }
        return mask;
    }

    /** Uneven light: a slope from one corner, a soft shadow along one side, faint paper grain. */
    private static final class Light {

        private final double slopeX;
        private final double slopeY;
        private final double shadowEdge;
        private final boolean shadowOnLeft;
        private final double grainPhase;

        Light(SplittableRandom random) {
            slopeX = random.nextDouble(-0.18, 0.18);
            slopeY = random.nextDouble(-0.18, 0.18);
            shadowEdge = random.nextDouble(60, 160);
            shadowOnLeft = random.nextBoolean();
            grainPhase = random.nextDouble(0, 2 * Math.PI);
        }

        double at(int x, int y) {
            double u = (double) x / WIDTH - 0.5;
            double v = (double) y / HEIGHT - 0.5;
            double slope = 0.9 + slopeX * u + slopeY * v;
            double fromSide = shadowOnLeft ? x : WIDTH - 1 - x;
            double shadow = 1.0 - 0.22 / (1.0 + Math.exp((fromSide - shadowEdge) / 25.0));
            double grain = 1.0 + 0.012 * Math.sin(x * 0.05 + grainPhase) * Math.sin(y * 0.037 - grainPhase);
            return slope * shadow * grain;
        }
    }

    private static Path2D path(java.util.function.Consumer<Path2D> strokes) {
        Path2D path = new Path2D.Double();
        strokes.accept(path);
        return path;
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0.85f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            writer.dispose();
        }
    }
}
